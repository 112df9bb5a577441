package org.saywho.internal.claims;

import org.saywho.Claim;
import org.saywho.internal.claims.ClaimWords.Category;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.Words;

/**
 * Types claims and spots hedges by rule, from the lists of {@link ClaimWords}: a number that is the
 * point (not a year, not inside a name such as "COVID-19") makes a QUANTITY; an obligation or
 * intention a POSITION; the future a PREDICTION; a law or rule a RULE; a cause a CAUSAL; evaluative
 * words or "I think" an OPINION; a past-tense statement an EVENT; the rest OTHER. The news claim
 * model reads these decisions as features; they also type claims when it is unsure.
 */
final class ClaimTypes {

  private final ClaimWords words;
  private final Words lexicon;

  ClaimTypes(ClaimWords words, Words lexicon) {
    this.words = words;
    this.lexicon = lexicon;
  }

  Claim.Type type(Tokens t, int first, int end) {
    boolean number = false;
    boolean future = false;
    boolean position = false;
    boolean opinion = false;
    boolean past = false;
    boolean causal = false;
    boolean rule = false;
    for (int i = first; i < end; i++) {
      String w = t.lower(i);
      number |= pointNumber(t, i) || words.is(Category.QUANTITY, w) && hasNumberNear(t, i, first, end);
      future |= words.is(Category.FUTURE, w) || words.is(Category.FORECAST, w)
          || w.equals("going") && i + 2 < end && t.lower(i + 1).equals("to") && t.tag(i + 2).equals("VB");
      position |= words.is(Category.OBLIGATION, w) || words.is(Category.INTENTION, w)
          || (w.equals("need") || w.equals("have") || w.equals("has")) && i + 1 < end && t.lower(i + 1).equals("to");
      opinion |= words.is(Category.EVALUATIVE, w) || words.is(Category.BELIEF, w) && i > first && t.lower(i - 1).equals("i");
      causal |= words.is(Category.CAUSAL, w);
      rule |= words.is(Category.RULE, w);
      past |= t.tag(i).equals("VBD");
    }
    if (number) {
      return Claim.Type.QUANTITY;
    }
    if (position) {
      return Claim.Type.POSITION;
    }
    if (future) {
      return Claim.Type.PREDICTION;
    }
    if (rule) {
      return Claim.Type.RULE;
    }
    if (causal) {
      return Claim.Type.CAUSAL;
    }
    if (opinion) {
      return Claim.Type.OPINION;
    }
    return past ? Claim.Type.EVENT : Claim.Type.OTHER;
  }

  /**
   * Whether tokens {@code [first, end)} hedge what they state: a hedging adverb, or adjective not before
   * its noun ("perhaps", "is likely", not "likely voters"), a hedging verb governing what follows ("seems
   * to", not "appeared on MSNBC"), a hedging participle after "be" ("is thought to", "was accused of"), or a modal
   * ("may", "could") outside a subordinate clause ("could be decisive", not "workers who could leak").
   */
  boolean hedged(Tokens t, int first, int end) {
    for (int i = first; i < end; i++) {
      String w = t.lower(i);
      boolean beforeNoun = i + 1 < end && t.tag(i + 1).startsWith("NN");
      boolean governs = i + 1 < end && (t.tag(i + 1).equals("TO") || t.tag(i + 1).startsWith("JJ") || t.tag(i + 1).startsWith("RB")
          || t.lower(i + 1).equals("that") || t.lower(i + 1).equals("as") || t.lower(i + 1).equals("like"));
      boolean afterBe = i > first && words.is(Category.BE, t.lower(i - 1))
          || i > first + 1 && t.tag(i - 1).startsWith("RB") && words.is(Category.BE, t.lower(i - 2));
      if (words.is(Category.HEDGE, w) && !beforeNoun || words.is(Category.HEDGEVERB, w) && governs
          || words.is(Category.HEDGEPASSIVE, w) && afterBe
          || words.is(Category.HEDGEMODAL, w) && t.tag(i).equals("MD") && !subordinate(t, first, i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code i} stands in a subordinate clause opened after the last clause boundary. */
  private boolean subordinate(Tokens t, int first, int i) {
    for (int k = i - 1; k >= first; k--) {
      String w = t.word(k);
      if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals("—") || t.tag(k).equals("``")) {
        return false;
      }
      if (words.is(Category.SUBORDINATOR, t.lower(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether token {@code i} is a number that is the point of a statement: not a year or a day of the
   * month, not part of a name ("COVID-19", "Article 5"), not "one" in passing ("one bowl").
   */
  boolean pointNumber(Tokens t, int i) {
    if (!t.tag(i).equals("CD")) {
      return false;
    }
    String w = t.lower(i);
    if (year(w) || w.equals("one") || w.contains("-") && Character.isLetter(w.charAt(0))) {
      return false;
    }
    boolean inName = i > 0 && t.tag(i - 1).startsWith("NNP") && !t.lower(i - 1).equals("$");
    boolean date = i > 0 && month(t, i - 1) || i + 1 < t.size() && month(t, i + 1);
    return !inName && !date;
  }

  private boolean month(Tokens t, int i) {
    return t.capitalized(i) && lexicon.isCalendarWord(t.lower(i));
  }

  private boolean hasNumberNear(Tokens t, int i, int first, int end) {
    for (int k = Math.max(first, i - 3); k < Math.min(end, i + 3); k++) {
      if (pointNumber(t, k) || t.lower(k).equals("half")) {
        return true;
      }
    }
    return false;
  }

  private static boolean year(String w) {
    return w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && w.chars().allMatch(Character::isDigit);
  }
}
