package org.saywho.internal.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.saywho.Span;
import org.saywho.Speaker;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.Gender;
import org.saywho.internal.lexicon.Words;
import org.jspecify.annotations.Nullable;

/**
 * The article's entities with their name indexes: full name, last name and first name for people,
 * full name for organisations and unnamed sources. Links a name to the entity it continues ("Trump"
 * after "President Donald Trump"; "Hillary" to "Hillary Clinton") or creates one.
 */
final class EntityTable {

  private final Tokens t;
  private final List<EntityDraft> entities = new ArrayList<>();
  private final Map<String, EntityDraft> byKey = new HashMap<>();
  private final Map<String, List<EntityDraft>> byLast = new HashMap<>();
  private final Map<String, List<EntityDraft>> byFirst = new HashMap<>();
  private final Map<EntityDraft, String> firstNames = new HashMap<>();

  EntityTable(Tokens t) {
    this.t = t;
  }

  List<EntityDraft> entities() {
    return entities;
  }

  /** Links a name mention to its entity, creating one when the name is new. */
  EntityDraft link(NameMention m) {
    List<String> words = new ArrayList<>();
    for (int i = m.first(); i <= m.last(); i++) {
      boolean joined = i > m.first() && i < m.last() && t.word(i).equals("-") && t.end(i - 1) == t.start(i)
          && t.end(i) == t.start(i + 1);
      if (joined) {
        // "Holtz-Eakin" is one surname, whether or not the tokenizer cut it at its hyphen
        words.set(words.size() - 1, words.get(words.size() - 1) + "-" + key(t.lower(++i)));
      } else if (i == m.first() || !Words.isNameSuffix(t.lower(i))) {
        words.add(key(t.lower(i)));
      }
    }
    String key = String.join(" ", words);
    String text = withoutSentenceStop(t.text().substring(t.start(m.first()), t.end(m.last())));
    EntityDraft e;
    if (m.type() != Speaker.Type.PERSON) {
      e = byKey.get(key);
      if (e == null) {
        e = shorterFormOf(words, text);
      }
      if (e == null) {
        e = create(text, words.size(), true, m.type());
        byKey.put(key, e);
      }
    } else {
      e = linkPerson(words, key, text, m.gender());
    }
    e.addMention(Span.of(t.start(m.first()), t.end(m.last())), m.last());
    e.learnGender(m.evidence(), m.gender());
    if (m.roleFirst() >= 0) {
      e.addRole(t.text().substring(t.start(m.roleFirst()), t.end(m.roleLast())));
    }
    return e;
  }

  private EntityDraft linkPerson(List<String> words, String key, String text, Gender gender) {
    String last = words.get(words.size() - 1);
    EntityDraft e = byKey.get(key);
    if (e != null && e.type() == Speaker.Type.UNKNOWN && e.named()) {
      e.becomePerson();
    }
    if (e == null || e.type() != Speaker.Type.PERSON || !gender.compatible(e.gender())) {
      e = null;
      if (words.size() >= 2) {
        String first = words.get(0);
        e = latest(byLast.get(last), c -> c.type() == Speaker.Type.PERSON && gender.compatible(c.gender())
            && (firstNames.get(c) == null || firstNames.get(c).equals(first)));
      } else {
        e = latest(byLast.get(last), c -> c.type() == Speaker.Type.PERSON && gender.compatible(c.gender()));
        if (e == null) {
          List<EntityDraft> firsts = byFirst.getOrDefault(last, List.of());
          e = firsts.size() == 1 ? firsts.get(0) : null;
        }
      }
    }
    if (e == null) {
      e = create(text, words.size(), true, Speaker.Type.PERSON);
    } else if (words.size() > e.nameTokens()) {
      e.setName(text, words.size());
    }
    byKey.putIfAbsent(key, e);
    List<EntityDraft> sameLast = byLast.computeIfAbsent(last, k -> new ArrayList<>());
    if (!sameLast.contains(e)) {
      sameLast.add(e);
    }
    if (words.size() >= 2) {
      firstNames.putIfAbsent(e, words.get(0));
      List<EntityDraft> sameFirst = byFirst.computeIfAbsent(words.get(0), k -> new ArrayList<>());
      if (!sameFirst.contains(e)) {
        sameFirst.add(e);
      }
    }
    return e;
  }

  /**
   * The organisation an acronym or a shorter name stands for: "IMF" after "International Monetary
   * Fund" (the initials of its capitalised words), "Security Council" after "United Nations Security
   * Council" (the end of its name).
   */
  private @Nullable EntityDraft shorterFormOf(List<String> words, String text) {
    String acronym = text.replace(".", "");
    boolean isAcronym = words.size() == 1 && acronym.length() >= 2 && acronym.chars().allMatch(Character::isUpperCase);
    String tail = " " + String.join(" ", words);
    return latest(entities, e -> e.type() == Speaker.Type.ORGANIZATION && (isAcronym ? initials(e.name()).equals(acronym)
        : words.size() >= 2 && (" " + key(e.name().toLowerCase(Locale.ROOT))).endsWith(tail)));
  }

  /**
   * The organisation an acronym the recogniser did not mark stands for ("CNS" after "Christian News
   * Service"), or null.
   *
   * @param token the acronym's token
   */
  @Nullable EntityDraft acronymOf(int token) {
    String text = t.word(token);
    return shorterFormOf(List.of(key(t.lower(token))), text);
  }

  private static String initials(String name) {
    StringBuilder out = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        out.append(w.charAt(0));
      }
    }
    return out.toString();
  }

  /** The entity mentioned last before token {@code before} that passes {@code ok}, or null. */
  @Nullable EntityDraft latestBefore(int before, Predicate<EntityDraft> ok) {
    return latest(entities, e -> e.lastMention() < before && ok.test(e));
  }

  /** The entity of {@code list} mentioned last that passes {@code ok}, or null. */
  private static @Nullable EntityDraft latest(@Nullable List<EntityDraft> list, Predicate<EntityDraft> ok) {
    EntityDraft best = null;
    if (list != null) {
      for (EntityDraft c : list) {
        if (ok.test(c) && (best == null || c.lastMention() > best.lastMention())) {
          best = c;
        }
      }
    }
    return best;
  }

  /**
   * The person a transcript's speaker label names ("PENCE:", "WALLACE:"): the latest person with that
   * last name ("Mike Pence"), else a new person under the label.
   *
   * @param token the label's token
   */
  EntityDraft labelledPerson(int token) {
    String last = key(t.lower(token));
    EntityDraft e = personWithSurname(token);
    if (e == null) {
      e = byKey.get(last);
    }
    if (e == null || e.type() != Speaker.Type.PERSON) {
      e = create(t.word(token), 1, true, Speaker.Type.PERSON);
      byKey.put(last, e);
      byLast.computeIfAbsent(last, k -> new ArrayList<>()).add(e);
    }
    return e;
  }

  /**
   * The latest person whose surname the token is, or null: a capitalised word the tagger did not read
   * as a name ("Ditto said" after "Jessica Ditto").
   *
   * @param token the word's token
   */
  @Nullable EntityDraft personWithSurname(int token) {
    return latest(byLast.get(key(t.lower(token))), c -> c.type() == Speaker.Type.PERSON);
  }

  /**
   * The organisation a lone acronym speaker names ("RT reported", "The S.E.C. said"), when no longer
   * name in the article stands for it: the entity the article already calls so, else a new one.
   *
   * @param token the acronym's token
   */
  EntityDraft organizationCalled(int token) {
    String key = key(t.lower(token));
    EntityDraft e = byKey.get(key);
    if (e == null) {
      e = create(withoutSentenceStop(t.word(token)), 1, true, Speaker.Type.ORGANIZATION);
      byKey.put(key, e);
    }
    return e;
  }

  /** Returns the unnamed entity described by {@code description}, creating it when new. */
  EntityDraft unnamed(String description, Speaker.Type type) {
    String key = "#" + description.toLowerCase(Locale.ROOT);
    EntityDraft e = byKey.get(key);
    if (e == null) {
      e = create(description, description.split("\\s+").length, false, type);
      byKey.put(key, e);
    }
    return e;
  }

  private EntityDraft create(String name, int tokens, boolean named, Speaker.Type type) {
    EntityDraft e = new EntityDraft(entities.size(), name, tokens, named, type);
    entities.add(e);
    return e;
  }

  /** A name without the full stop of the sentence it ends ("said of RT."), not an abbreviation's ("S.E.C."). */
  private static String withoutSentenceStop(String name) {
    boolean oneDotAtTheEnd = name.length() > 2 && name.indexOf('.') == name.length() - 1
        && Character.isUpperCase(name.charAt(name.length() - 2));
    return oneDotAtTheEnd && name.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
        ? name.substring(0, name.length() - 1) : name;
  }

  private static String key(String lower) {
    return lower.replace(".", "").replace("’", "'");
  }
}
