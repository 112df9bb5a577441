package org.saywho.internal.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.saywho.Span;
import org.saywho.Speaker;
import org.saywho.internal.doc.Entity;
import org.saywho.internal.lexicon.Gender;

/**
 * A person, organisation or group the article mentions, with its mentions merged, while the entity
 * resolver still learns about it; it becomes an immutable {@link Entity} when resolution ends.
 * Confined to one run of the resolver.
 */
final class EntityDraft {

  private static final Pattern WHITE_SPACE = Pattern.compile("(?U)\\s+");
  /** Characters with no width that pasted text carries inside words (zero-width space, joiners, soft hyphen, BOM). */
  private static final Pattern INVISIBLE = Pattern.compile("[\u00ad\u200b-\u200d\u2060\ufeff]");

  private final int id;
  private String name;
  private int nameTokens;
  private boolean named;
  private Speaker.Type type;
  private final GenderVotes genderVotes = new GenderVotes();
  private Gender gender = Gender.UNKNOWN;
  private final Set<String> roles = new LinkedHashSet<>();
  private final TreeSet<Span> mentions = new TreeSet<>();
  private int lastMention = -1;

  /**
   * Creates an entity.
   *
   * @param id its index in the document's entity list
   * @param name its name so far
   * @param nameTokens how many words the name has
   * @param named whether the name is a proper name (not a description like "officials")
   * @param type its type
   */
  public EntityDraft(int id, String name, int nameTokens, boolean named, Speaker.Type type) {
    this.id = id;
    this.name = spaced(name);
    this.nameTokens = nameTokens;
    this.named = named;
    this.type = type;
  }

  /** A name as one line: any run of white space, a no-break space or a line break included, is one space. */
  private static String spaced(String name) {
    return WHITE_SPACE.matcher(INVISIBLE.matcher(name).replaceAll("")).replaceAll(" ").strip();
  }

  /** Returns the index in the document's entity list. */
  public int id() {
    return id;
  }

  /** Returns the canonical name so far. */
  public String name() {
    return name;
  }

  /** Returns the number of words in the name. */
  public int nameTokens() {
    return nameTokens;
  }

  /** Replaces the name by a fuller form. */
  public void setName(String name, int tokens) {
    this.name = spaced(name);
    this.nameTokens = tokens;
  }

  /**
   * Gives an entity found by its description the proper name a later mention calls it by ("the top
   * British medical journal", then "the British Medical Journal"); the description becomes a role.
   */
  public void nameProperly(String properName, int tokens) {
    if (!named) {
      roles.add(name);
      name = spaced(properName);
      nameTokens = tokens;
      named = true;
    }
  }

  /** Returns whether the name is a proper name. */
  public boolean named() {
    return named;
  }

  /**
   * Makes a name of unknown type a person's, when a later mention shows whose it is ("Obama" in a
   * headline, then "President Obama").
   */
  public void becomePerson() {
    if (type != Speaker.Type.UNKNOWN || !named) {
      throw new IllegalStateException("only a name of unknown type becomes a person's");
    }
    type = Speaker.Type.PERSON;
  }

  /**
   * Makes a name the recogniser read as an organisation's a person's, when a later mention gives the
   * same full name a person's title or honorific ("Elon Musk said …", then "Tesla chief executive Elon
   * Musk").
   */
  public void becomePersonAfterAll() {
    if (type != Speaker.Type.ORGANIZATION || !named) {
      throw new IllegalStateException("only an organisation's name becomes a person's after all");
    }
    type = Speaker.Type.PERSON;
  }

  /**
   * Makes an entity of unknown type an organisation, when an apposition shows it is one ("Threshold,
   * the housing charity, said").
   */
  public void becomeOrganization() {
    if (type != Speaker.Type.UNKNOWN) {
      throw new IllegalStateException("only an entity of unknown type becomes an organisation");
    }
    type = Speaker.Type.ORGANIZATION;
  }

  /** Returns the type. */
  public Speaker.Type type() {
    return type;
  }

  /** Returns the gender the evidence so far supports. */
  public Gender gender() {
    return gender;
  }

  /** Returns whether the gender rests on the first name alone. */
  public boolean genderOnlyByFirstName() {
    return genderVotes.decide().evidence() == Speaker.GenderEvidence.FIRST_NAME;
  }

  /** Records a pronoun, in paragraph {@code paragraph}, that may refer to another person in reach. */
  public void learnWeakPronoun(Gender g, int paragraph) {
    if (type == Speaker.Type.PERSON) {
      genderVotes.addWeakPronoun(g, paragraph);
      gender = genderVotes.decide().gender();
    }
  }

  /**
   * Records a "his" or "her" in the person's own report ("… said about 60 per cent of her members"),
   * which decides only when nothing else does.
   */
  public void learnOwnPossessive(Gender g) {
    if (type == Speaker.Type.PERSON) {
      genderVotes.addOwnPossessive(g);
      gender = genderVotes.decide().gender();
    }
  }

  /** Records evidence of the gender; a non-person has none. */
  public void learnGender(Speaker.GenderEvidence kind, Gender g) {
    if (type == Speaker.Type.PERSON && g != Gender.UNKNOWN) {
      genderVotes.add(kind, g);
      gender = genderVotes.decide().gender();
    }
  }

  /**
   * Returns the roles in the order first seen, without one contained in another nor one differing from
   * an earlier one only in case ("Alberta Premier", then "Alberta premier").
   */
  public List<String> roles() {
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String r : roles) {
      String lower = r.toLowerCase(Locale.ROOT);
      boolean covered = roles.stream().anyMatch(o -> o.length() > r.length() && o.toLowerCase(Locale.ROOT).contains(lower));
      if (!covered && seen.add(lower)) {
        out.add(r);
      }
    }
    return out;
  }

  /** Adds a role. */
  public void addRole(String role) {
    if (!role.isBlank()) {
      roles.add(spaced(role));
    }
  }

  /** Returns the mentions in text order. */
  public List<Span> mentions() {
    return List.copyOf(mentions);
  }

  /**
   * Records a mention ending at token {@code lastToken}.
   *
   * @param span where it is
   * @param lastToken its last token
   */
  public void addMention(Span span, int lastToken) {
    mentions.add(span);
    lastMention = Math.max(lastMention, lastToken);
  }

  /** Returns where the earliest mention starts, or {@code Integer.MAX_VALUE} when none. */
  public int firstMentionStart() {
    return mentions.isEmpty() ? Integer.MAX_VALUE : mentions.first().start();
  }

  /** Takes over the mentions and roles of an entity found to be this one, and its description as a role. */
  public void absorb(EntityDraft other) {
    mentions.addAll(other.mentions);
    lastMention = Math.max(lastMention, other.lastMention);
    roles.addAll(other.roles);
    if (!other.named) {
      roles.add(other.name);
    }
  }

  /** Returns the last token of the latest mention, -1 when none. */
  public int lastMention() {
    return lastMention;
  }

  /** Returns the immutable entity with index {@code id} in the article's entity list. */
  Entity toEntity(int id) {
    GenderVotes.Decision d = genderVotes.decide();
    Speaker.Gender g = d.gender() == Gender.MALE ? Speaker.Gender.MALE : d.gender() == Gender.FEMALE ? Speaker.Gender.FEMALE : Speaker.Gender.UNKNOWN;
    return new Entity(id, name, type, named, g, d.evidence(), roles(), mentions());
  }
}
