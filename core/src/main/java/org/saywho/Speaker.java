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
 */
public record Speaker(String name, Type type, List<String> roles, List<Span> mentions) {

  /** What kind of entity a speaker is. */
  public enum Type {
    /** A named or unnamed individual. */
    PERSON,
    /** A company, agency, party, outlet or government. */
    ORGANIZATION,
    /** Several people referred to together ("officials", "critics"). */
    GROUP,
    /** Not determined. */
    UNKNOWN
  }

  /** Checks and copies the components. */
  public Speaker {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    roles = List.copyOf(roles);
    mentions = List.copyOf(mentions);
    if (name.isBlank()) {
      throw new IllegalArgumentException("a speaker has a name");
    }
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
