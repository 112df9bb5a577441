package org.saywho.internal.attribution;

import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.WordSets;

/**
 * Finds noun phrases next to a given token from part-of-speech tags alone: a determiner or possessive,
 * modifiers, a noun head, and "of/for/to" attachments ("a spokesperson for Rubio", "U.S. Ambassador to
 * the UN Mike Waltz"). Tokens inside quote marks never belong to one.
 */
final class NounPhrases {

  static final int MAX_TOKENS = 16;
  private static final java.util.Set<String> PRONOUN_HEADS = WordSets.named("noun-phrases.pronoun-heads");
  private static final java.util.Set<String> LOCATIVE = WordSets.named("noun-phrases.locative");
  private static final java.util.Set<String> ATTACHING = WordSets.named("noun-phrases.attaching");
  /** Prepositions whose phrase follows a common noun as its head in a description ("workers in Alberta"). */
  private static final java.util.Set<String> COMMON_HEAD_PREPOSITIONS = WordSets.named("noun-phrases.common-head-prepositions");
  private static final java.util.Set<String> ADJECTIVES = WordSets.named("noun-phrases.adjectives");
  private static final java.util.Set<String> IN_TITLE_ENDS = WordSets.named("noun-phrases.in-title-ends");
  private static final java.util.Set<String> NAMING_PARTICIPLES = WordSets.named("noun-phrases.naming-participles");
  private static final java.util.Set<String> READERS = WordSets.named("reader-participles");

  private NounPhrases() {}

  /** Whether a capitalised pronoun-like word ends a name after a proper noun ("Hydro One", "Capital One"). */
  private static boolean namePart(Tokens t, int i) {
    return i > 0 && t.capitalized(i) && Grammar.proper(t, i - 1);
  }

  /**
   * Returns the first token of the noun phrase that ends at {@code end}, or -1 when none does.
   *
   * @param t the tokens
   * @param end the phrase's last token
   * @param lo the leftmost token the phrase may use
   * @return the start token or -1
   */
  static int startLeftOf(Tokens t, int end, int lo) {
    if (end < lo || t.quoted(end)) {
      return -1;
    }
    if (Grammar.subjectPronoun(t, end)) {
      return end;
    }
    if (end - 2 >= lo && t.tag(end).equals("CD") && (t.lower(end - 1).equals("in") || t.lower(end - 1).equals("of"))) {
      if (t.tag(end - 2).equals("CD")) {
        return end - 2; // "Two in three said"
      }
      return Grammar.noun(t, end - 2) ? startLeftOf(t, end - 2, lo) : -1; // "the mother of three replied"
    }
    if (end - 1 >= lo && t.tag(end).equals("CD") && Grammar.proper(t, end - 1)) {
      return startLeftOf(t, end - 1, lo); // "Vann R. Newkirk II"
    }
    if (PRONOUN_HEADS.contains(t.lower(end)) && (end == lo || !Grammar.determiner(t, end - 1) && !namePart(t, end))) {
      return end; // "Another said", "Several said"
    }
    if (t.word(end).equals(")")) {
      int open = matchingOpen(t, end, lo);
      if (open < 1 || !Grammar.proper(t, open - 1)) {
        return -1;
      }
      return startLeftOf(t, open - 1, lo); // "Rep. Bobby Scott (D-Va.) said"
    }
    if (!Grammar.noun(t, end)) {
      return -1;
    }
    int i = end;
    while (i - 1 >= lo && end - i + 1 < MAX_TOKENS) {
      int j = i - 1;
      if (t.quoted(j)) {
        break;
      }
      if (t.word(j).equals(")") && (Grammar.proper(t, i) || Grammar.noun(t, i))) {
        int open = matchingOpen(t, j, lo);
        if (open < 1 || !Grammar.noun(t, open - 1)) {
          break;
        }
        i = open - 1; // "Sen. Marco Rubio (R-Fla.)"
        continue;
      }
      if (Grammar.nominal(t, j)) {
        i = j;
      } else if (Grammar.determiner(t, j)) {
        i = j;
        if (j - 2 >= lo && Grammar.NP_PREPOSITIONS.contains(t.lower(j - 1)) && Grammar.noun(t, j - 2) && !t.quoted(j - 2)) {
          i = j - 1; // "the director of the European Centre": the attachment goes on
          continue;
        }
        break;
      } else if ((Grammar.NP_PREPOSITIONS.contains(t.lower(j)) || t.word(j).equals("&")
          || LOCATIVE.contains(t.lower(j)) && (Grammar.determiner(t, i) || Grammar.proper(t, i)))
          && j - 1 >= lo && Grammar.noun(t, j - 1) && !t.quoted(j - 1)) {
        i = j; // "a spokesperson for Rubio", "another delegate on the Cruz slate"
      } else if (j - 2 >= lo && ATTACHING.contains(t.lower(j)) && ADJECTIVES.contains(t.lower(j - 1)) && Grammar.noun(t, j - 2)) {
        i = j - 1; // "people close to the vice president", "a source familiar with the talks"
      } else if (t.lower(j).equals("and") && Grammar.nominal(t, i) && j - 1 >= lo && Grammar.noun(t, j - 1) && !t.quoted(j - 1)) {
        i = j; // "David Albright and Serena Kelleher-Vergantini", "senator and presidential candidate"
      } else {
        break;
      }
    }
    // A phrase cannot start with its attachment or a possessive marker.
    while (i < end && (Grammar.NP_PREPOSITIONS.contains(t.lower(i)) || t.tag(i).equals("POS") || t.tag(i).equals("HYPH"))) {
      i++;
    }
    return i;
  }

  /** The "(" matching the ")" at {@code close}, within a few tokens, or -1. */
  private static int matchingOpen(Tokens t, int close, int lo) {
    for (int k = close - 1; k >= Math.max(lo, close - 8); k--) {
      if (t.word(k).equals("(")) {
        return k;
      }
      if (t.quoted(k)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Returns the last token of the noun phrase that starts at {@code start}, or -1 when none does.
   *
   * @param t the tokens
   * @param start the phrase's first token
   * @param hi the rightmost token the phrase may use
   * @return the end token or -1
   */
  static int endRightOf(Tokens t, int start, int hi) {
    if (start > hi || t.quoted(start)) {
      return -1;
    }
    if (Grammar.subjectPronoun(t, start)) {
      return start;
    }
    int i = start;
    if (Grammar.determiner(t, i)) {
      i++;
    }
    int lastNoun = -1;
    while (i <= hi && i - start < MAX_TOKENS) {
      if (t.quoted(i)) {
        int title = quotedTitle(t, i, hi);
        if (title < 0) {
          break;
        }
        lastNoun = title;
        i = title + 1;
      } else if (Grammar.nominal(t, i)) {
        if (Grammar.noun(t, i)) {
          lastNoun = i;
        }
        i++;
      } else if (lastNoun == i - 1 && i + 1 <= hi && Grammar.NP_PREPOSITIONS.contains(t.lower(i))
          && (Grammar.determiner(t, i + 1) || Grammar.noun(t, i + 1) || Grammar.adjective(t, i + 1))) {
        i++;
      } else if (lastNoun == i - 1 && i + 1 <= hi && t.tag(i).equals("CC") && t.tagIs(i + 1, "NN") && !t.tagIs(i + 1, "NNP")) {
        i++; // "oil and gas worker Jane Doe"
      } else if (lastNoun == i - 1 && i + 1 <= hi && t.lower(i).equals("turned") && !t.capitalized(i - 1)
          && (Grammar.nominal(t, i + 1) || Grammar.adjective(t, i + 1))) {
        i++; // "oil and gas worker turned cycling advocate Jane Doe"
      } else if (lastNoun == i - 1 && i + 2 <= hi && ADJECTIVES.contains(t.lower(i)) && ATTACHING.contains(t.lower(i + 1))) {
        i += 2;
      } else if (lastNoun == i - 1 && inTitleBeforeAName(t, i, hi)) {
        i += 2; // "special agent in charge John Rivers"
      } else if (lastNoun == i - 1 && Grammar.determiner(t, i) && t.tag(i).equals("PRP$")) {
        break;
      } else {
        break;
      }
    }
    return lastNoun;
  }

  /**
   * Whether "in charge" or "in chief" at {@code i} ends a title that a name of two or more words
   * follows ("special agent in charge John Rivers"); not before a one-word name ("commander in chief
   * Wednesday").
   */
  private static boolean inTitleBeforeAName(Tokens t, int i, int hi) {
    return i + 3 <= hi && t.lower(i).equals("in") && IN_TITLE_ENDS.contains(t.lower(i + 1)) && !t.quoted(i + 1)
        && Grammar.proper(t, i + 2) && Grammar.proper(t, i + 3);
  }

  /**
   * Returns the closing mark of a short quoted title right after a possessive or determiner
   * ("ABC’s “This Week”"), or -1.
   */
  private static int quotedTitle(Tokens t, int open, int hi) {
    if (!Grammar.openingQuote(t, open) || open == 0 || !(t.tag(open - 1).equals("POS") || Grammar.determiner(t, open - 1))) {
      return -1;
    }
    for (int k = open + 1; k <= Math.min(hi, open + 8); k++) {
      if (Grammar.closingQuote(t, k)) {
        return k > open + 1 && Character.isUpperCase(t.word(open + 1).codePointAt(0)) ? k : -1;
      }
      if (!t.quoted(k)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Returns the head of the phrase {@code [first, last]}: its last noun before any attachment
   * ("spokesperson" in "a spokesperson for Rubio"), or {@code last}.
   *
   * @param t the tokens
   * @param first first token
   * @param last last token
   * @return the head token
   */
  static int head(Tokens t, int first, int last) {
    return head(t, first, last, false);
  }

  /**
   * Whether token {@code adjective} and the one after it are an adjective and its preposition that
   * modify the noun before them ("familiar with", "close to").
   */
  static boolean postmodifying(Tokens t, int adjective) {
    return adjective + 1 < t.size() && ADJECTIVES.contains(t.lower(adjective)) && ATTACHING.contains(t.lower(adjective + 1));
  }

  /**
   * Returns the head of a speaker's description {@code [first, last]}: as {@link #head(Tokens, int, int)},
   * and a lower-case common noun or a plural proper one before "in", "on", "among", "across" or "with"
   * heads too ("workers" in "workers in Alberta", "Democrats" in "Democrats in Iowa"; "the Commission
   * on Presidential Debates" keeps its name), and so it does before a participle phrase ("the union
   * representing nurses at the hospital" is a union). The grammar does not
   * use it, so the tagger's features do not depend on it.
   *
   * @param t the tokens
   * @param first first token
   * @param last last token
   * @return the head token
   */
  static int descriptionHead(Tokens t, int first, int last) {
    return head(t, first, last, true);
  }

  private static int head(Tokens t, int first, int last, boolean commonHeads) {
    for (int i = first + 1; i <= last; i++) {
      boolean commonOrPeople = !Grammar.proper(t, i - 1) || t.tag(i - 1).equals("NNPS"); // "Democrats in Iowa"
      boolean commonHead = commonHeads && commonOrPeople && !(i - 1 > first && t.capitalized(i - 1));
      boolean attaches = Grammar.NP_PREPOSITIONS.contains(t.lower(i))
          || commonHead && (COMMON_HEAD_PREPOSITIONS.contains(t.lower(i)) || modifyingParticiple(t, i, last));
      if (attaches && Grammar.noun(t, i - 1)) {
        // Titles take "of/to": in "Secretary of State Marco Rubio" the head is the name at the end.
        if (i + 1 <= last && Grammar.proper(t, i - 1) && Grammar.proper(t, last) && endsInName(t, i + 1, last)) {
          return last;
        }
        return i - 1;
      }
    }
    return last;
  }

  /**
   * Whether token {@code i} opens a participle phrase of two words or more after its noun that neither
   * names it nor gives its agent ("the union representing nurses at the hospital", "residents living near
   * the plant", "officials briefed on the talks"; not "a man named John Smith", "a court document filed by
   * Dave Aronberg", whose agent speaks, nor "media buying sources", one noun after a modifier); the agent
   * of a participle of reading does not speak ("a copy seen by Reuters" is a copy).
   */
  private static boolean modifyingParticiple(Tokens t, int i, int last) {
    if (i + 1 >= last || !(t.tag(i).equals("VBG") || t.tag(i).equals("VBN")) || NAMING_PARTICIPLES.contains(t.lower(i))) {
      return false;
    }
    if (READERS.contains(t.lower(i))) {
      return true; // "a copy seen by Reuters": the reader is no source
    }
    for (int k = i + 1; k <= last; k++) {
      if (t.lower(k).equals("by")) {
        return false;
      }
    }
    return true;
  }

  private static boolean endsInName(Tokens t, int from, int last) {
    int names = 0;
    for (int i = last; i >= from && Grammar.proper(t, i); i--) {
      names++;
    }
    return names >= 2;
  }
}
