package org.saywho.internal.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.saywho.Speaker;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.Words;
import org.jspecify.annotations.Nullable;

/**
 * Resolves descriptions used as speakers: "the spokesman" to an earlier entity with that role, else
 * an unnamed source named by the description without its determiner and with names inside it in
 * their canonical form ("A spokesperson for Rubio" becomes "spokesperson for Marco Rubio").
 */
final class Nominals {

  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
  private static final Set<String> DROPPED = Set.of("a", "an", "the", "another", "this", "that", "these", "those", "one");

  private final Words words;
  private final Tokens t;
  private final EntityTable table;
  private final List<NameMention> names;
  private final int[] nameAt;
  private final EntityDraft[] entityOfName;

  Nominals(Words words, Tokens t, EntityTable table, List<NameMention> names) {
    this.words = words;
    this.t = t;
    this.table = table;
    this.names = names;
    this.nameAt = new int[t.size()];
    Arrays.fill(nameAt, -1);
    for (int k = 0; k < names.size(); k++) {
      for (int i = names.get(k).first(); i <= names.get(k).last(); i++) {
        nameAt[i] = k;
      }
    }
    this.entityOfName = new EntityDraft[names.size()];
  }

  /** Records the entity a name was linked to. */
  void record(NameMention m, EntityDraft e) {
    int k = nameAt[m.first()];
    if (k >= 0) {
      entityOfName[k] = e;
    }
  }

  /** Returns the name covering token {@code i}, or null. */
  @Nullable NameMention nameAt(int i) {
    return nameAt[i] < 0 ? null : names.get(nameAt[i]);
  }

  /** Returns the entity a name was linked to, or null when not yet linked. */
  EntityDraft entityOf(NameMention m) {
    return entityOfName[nameAt[m.first()]];
  }

  /** Resolves the description {@code [first, last]} with head {@code head}. */
  EntityDraft resolve(int first, int last, int head) {
    String w = t.lower(head);
    Speaker.Type type = typeOf(head);
    if (DEFINITE.contains(t.lower(first)) && type == Speaker.Type.PERSON) {
      EntityDraft e = withRole(w, first);
      if (e != null) {
        return e;
      }
    }
    return table.unnamed(describe(first, last), type);
  }

  private Speaker.Type typeOf(int head) {
    String w = t.lower(head);
    if (words.isPersonNoun(w) || words.isTitle(w)) {
      return Speaker.Type.PERSON;
    }
    if (words.isPeopleNoun(w)) {
      return Speaker.Type.GROUP;
    }
    if (words.isOrgWord(w)) {
      return Speaker.Type.ORGANIZATION;
    }
    if (words.isThing(w)) {
      return Speaker.Type.UNKNOWN;
    }
    return t.tag(head).equals("NNS") || t.tag(head).equals("NNPS") ? Speaker.Type.GROUP : Speaker.Type.UNKNOWN;
  }

  /** The latest entity mentioned before {@code before} with a role holding {@code word}. */
  private @Nullable EntityDraft withRole(String word, int before) {
    @Nullable EntityDraft best = null;
    for (EntityDraft e : table.entities()) {
      if (e.lastMention() >= before || best != null && e.lastMention() <= best.lastMention()) {
        continue;
      }
      for (String role : e.roles()) {
        if (Arrays.asList(role.toLowerCase(Locale.ROOT).split("\\s+")).contains(word)) {
          best = e;
          break;
        }
      }
    }
    return best;
  }

  /** The description's words without a leading determiner, with names in canonical form. */
  private String describe(int first, int last) {
    int f = first;
    while (f < last && DROPPED.contains(t.lower(f))) {
      f++;
    }
    StringBuilder out = new StringBuilder();
    int at = t.start(f);
    for (int i = f; i <= last; i++) {
      NameMention m = nameAt(i);
      if (m == null) {
        continue;
      }
      EntityDraft e = entityOfName[nameAt[i]];
      if (e != null && e.named() && m.first() >= f && m.last() <= last) {
        out.append(t.text(), at, t.start(m.first())).append(e.name());
        at = t.end(m.last());
        i = m.last();
      }
    }
    out.append(t.text(), at, t.end(last));
    return out.toString().replaceAll("\\s+", " ");
  }

  /** Returns the words {@code [first, last]} without a leading determiner. */
  static String withoutDeterminer(Tokens t, int first, int last) {
    int f = first;
    while (f < last && DROPPED.contains(t.lower(f))) {
      f++;
    }
    return t.text().substring(t.start(f), t.end(last)).replaceAll("\\s+", " ");
  }
}
