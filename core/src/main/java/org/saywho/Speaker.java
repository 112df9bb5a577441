package org.saywho;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A person, organisation or group quoted in the article, with every mention merged into one canonical
 * entity ("President Donald Trump", "Trump" and "He" are all {@code Donald Trump}).
 *
 * @param name the canonical name ("Dmitry Peskov"), or a description for an unnamed source
 *     ("spokesperson for Marco Rubio", "officials")
 * @param type what kind of speaker this is
 * @param roles titles and descriptions the article gives ("Kremlin spokesperson")
 * @param mentions where the article names or refers to the speaker, in text order
 * @param gender a person's gender as the article (or, failing that, the first name) shows it;
 *     UNKNOWN for non-persons and when the evidence is weak or conflicting
 * @param genderEvidence what decided the gender; NONE when it is UNKNOWN
 */
public record Speaker(String name, Type type, List<String> roles, List<Span> mentions, Gender gender,
    GenderEvidence genderEvidence) {

  /** What kind of entity a speaker is. */
  public enum Type {
    /** A named person, or one the article identifies by office ("the FBI director"). */
    PERSON,
    /** A company, agency, party, outlet, government, or a country or city that speaks. */
    ORGANIZATION,
    /** Unnamed people, one or several ("a source", "officials", "12 percent of voters"). */
    GROUP,
    /** Not a person or a body: a document, a poll with no producer named, a headline. */
    UNKNOWN
  }

  /** A person's gender. */
  public enum Gender {
    /** Female. */
    FEMALE,
    /** Male. */
    MALE,
    /** Not known: not a person, or no clear evidence. */
    UNKNOWN
  }

  /** What a gender was decided from, strongest first. */
  public enum GenderEvidence {
    /** An honorific on the person's own mention ("Mrs. Clinton", "Mr. Obama"). */
    HONORIFIC,
    /** A gendered noun describing the person ("spokeswoman", "congressman", "his wife"). */
    GENDERED_NOUN,
    /** The pronouns the article uses for the person ("he", "she"). */
    PRONOUN,
    /** The first name, from a shipped name table (CoreNLP's name-gender list, unisex names left out). */
    FIRST_NAME,
    /** No evidence: the gender is UNKNOWN. */
    NONE
  }

  /** Checks and copies the components. */
  public Speaker {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    roles = List.copyOf(roles);
    mentions = List.copyOf(mentions);
    Objects.requireNonNull(gender, "gender");
    Objects.requireNonNull(genderEvidence, "genderEvidence");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a speaker has a name");
    }
    if ((gender == Gender.UNKNOWN) != (genderEvidence == GenderEvidence.NONE)) {
      throw new IllegalArgumentException("a known gender has evidence, an unknown one has none: " + gender + ", " + genderEvidence);
    }
    if (type != Type.PERSON && gender != Gender.UNKNOWN) {
      throw new IllegalArgumentException("only a person has a gender: " + type + " " + name);
    }
  }

  /**
   * Creates a speaker of unknown gender.
   *
   * @param name the canonical name
   * @param type what kind of speaker this is
   * @param roles titles and descriptions
   * @param mentions where the article mentions it
   */
  public Speaker(String name, Type type, List<String> roles, List<Span> mentions) {
    this(name, type, roles, mentions, Gender.UNKNOWN, GenderEvidence.NONE);
  }

  /**
   * Returns whether {@code query} names this speaker: every word of the query (case-insensitive)
   * appears in the canonical name or in one of the roles. "Peskov", "Dmitry Peskov" and
   * "Kremlin spokesperson" all match Dmitry Peskov.
   *
   * @param query a name or part of one
   * @return true when the query matches
   */
  public boolean matches(String query) {
    Objects.requireNonNull(query, "query");
    List<String> wanted = words(query);
    if (wanted.isEmpty()) {
      return false;
    }
    Set<String> own = new HashSet<>(words(name));
    roles.forEach(role -> own.addAll(words(role)));
    return own.containsAll(wanted);
  }

  /** Splits {@code s} into lower-case words. */
  static List<String> words(String s) {
    String trimmed = s.trim().toLowerCase(Locale.ROOT);
    return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("\\s+"));
  }
}
