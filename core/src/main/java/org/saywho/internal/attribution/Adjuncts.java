package org.saywho.internal.attribution;

import java.util.Set;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.doc.Unit;
import org.saywho.internal.lexicon.WordSets;

/**
 * Skips the words that may stand between a cue and its speaker or content without belonging to
 * either: adverbs ("also", "repeatedly"), time words ("on Monday", "last week") and short
 * prepositional phrases ("in a statement", "in an interview with CNN", "on Twitter").
 */
final class Adjuncts {

  private static final Set<String> PREPOSITIONS = WordSets.named("adjuncts.prepositions");
  private static final Set<String> TIME_NOUNS = WordSets.named("adjuncts.time-nouns");
  private static final int MAX_PHRASE = 8;

  private Adjuncts() {}

  /** Returns the first token at or after {@code i} that is not an adjunct, bounded by {@code end}. */
  static int skipRight(Tokens t, int i, int end) {
    while (i < end && !t.quoted(i)) {
      int next = skipOneRight(t, i, end);
      if (next == i) {
        return i;
      }
      i = next;
    }
    return i;
  }

  private static int skipOneRight(Tokens t, int i, int end) {
    String w = t.lower(i);
    if (Grammar.adverb(t, i) && !w.equals("that") && !w.equals("so") && !w.equals("there")) {
      return i + 1;
    }
    if (Grammar.WEEKDAYS.contains(w) && !(i + 1 < end && t.tag(i + 1).equals("POS"))) {
      return i + 1 < end && TIME_NOUNS.contains(t.lower(i + 1)) ? i + 2 : i + 1; // "Wednesday night"
    }
    if ((w.equals("last") || w.equals("this") || w.equals("next") || w.equals("that") || w.equals("each") || w.equals("every"))
        && i + 1 < end && TIME_NOUNS.contains(t.lower(i + 1))) {
      return i + 2;
    }
    if (PREPOSITIONS.contains(w) && t.tag(i).equals("IN") || w.equals("to") && !Grammar.verb(t, Math.min(i + 1, end - 1))) {
      int np = i + 1 < end ? looseNounPhrase(t, i + 1, Math.min(end, i + 1 + MAX_PHRASE)) : -1;
      if (np >= 0 && (!Grammar.subjectPronoun(t, i + 1) || t.lower(i + 1).equals("it"))) {
        return np + 1;
      }
      if (i + 1 < end && Grammar.WEEKDAYS.contains(t.lower(i + 1))) {
        return i + 2;
      }
    }
    return i;
  }

  /**
   * The last token of a noun phrase starting at {@code i} that may end in an adjective ("the
   * primary", "the final"), or -1.
   */
  private static int looseNounPhrase(Tokens t, int i, int end) {
    int np = NounPhrases.endRightOf(t, i, end - 1);
    if (np >= 0) {
      return np;
    }
    int k = i;
    if (k < end && Grammar.determiner(t, k)) {
      k++;
    }
    int last = -1;
    while (k < end && !t.quoted(k) && (Grammar.nominal(t, k) || t.tag(k).equals("PRP$"))) {
      last = k++;
    }
    return last;
  }

  /** Returns the last token at or before {@code i} that is not an adverb, auxiliary or time word. */
  static int skipLeft(Tokens t, int i, Unit unit) {
    int limit = Math.max(unit.firstToken(), i - MAX_PHRASE);
    while (i >= limit && !t.quoted(i)) {
      String w = t.lower(i);
      if (i - 1 >= limit && t.lower(i - 1).equals("on") && Grammar.WEEKDAYS.contains(w)) {
        i -= 2;
      } else if (Grammar.adverb(t, i) || Grammar.auxiliary(t, i) || w.equals("not") || w.equals("n't") || w.equals("n’t")
          || Grammar.WEEKDAYS.contains(w)) {
        i--;
      } else if (Grammar.noun(t, i) && TIME_NOUNS.contains(w) && i - 1 >= limit
          && (t.lower(i - 1).equals("last") || t.lower(i - 1).equals("this"))) {
        i -= 2;
      } else {
        break;
      }
    }
    return i;
  }
}
