package org.saywho.internal.claims;

import java.util.Set;
import org.saywho.Claim;
import org.saywho.internal.doc.Tokens;

/**
 * Types claims and spots hedges by rule: numbers make a QUANTITY; the future a PREDICTION; "should",
 * "must", "need to", intentions and first-person commitments a POSITION; evaluative words and "I
 * think" an OPINION; a past-tense statement an EVENT; the rest OTHER.
 */
final class ClaimTypes {

  private static final Set<String> QUANTITY_WORDS = Set.of(
      "percent", "%", "$", "million", "billion", "trillion", "thousand", "hundred", "dozen", "half", "twice", "times",
      "dollars", "minutes", "hours", "days", "weeks", "months", "years", "majority", "average");
  private static final Set<String> FUTURE = Set.of("will", "’ll", "'ll", "shall");
  private static final Set<String> FORECAST = Set.of("predict", "predicts", "predicted", "expect", "expects", "forecast", "likely", "soon");
  private static final Set<String> OBLIGATION = Set.of("should", "must", "ought");
  private static final Set<String> INTENTION = Set.of(
      "plan", "plans", "promise", "promises", "pledge", "pledges", "want", "wants", "support", "supports", "oppose",
      "opposes", "propose", "proposes", "intend", "intends", "vow", "vows", "demand", "demands", "urge", "urges");
  private static final Set<String> EVALUATIVE = Set.of(
      "terrible", "great", "wonderful", "horrible", "awful", "bad", "worse", "worst", "best", "better", "good",
      "disgusting", "ridiculous", "amazing", "unfair", "wrong", "disgrace", "disaster", "tremendous", "dangerous",
      "stupid", "sad", "shameful", "outrageous", "incredible", "beautiful", "pathetic", "weak", "strong", "crazy",
      "absurd", "fantastic", "excellent", "poor", "brilliant", "foolish", "unacceptable", "disgraceful", "appalling");
  private static final Set<String> BELIEF = Set.of("think", "believe", "feel", "guess", "suppose", "hope");
  private static final Set<String> HEDGES = Set.of(
      "may", "might", "could", "perhaps", "maybe", "possibly", "probably", "reportedly", "allegedly", "apparently",
      "likely", "unlikely", "seem", "seems", "seemed", "appear", "appears", "appeared", "suggest", "suggests",
      "suspect", "arguably", "supposedly", "presumably", "purportedly", "unclear", "uncertain", "guess", "think",
      "believe");

  private ClaimTypes() {}

  static Claim.Type type(Tokens t, int first, int end) {
    boolean number = false;
    boolean future = false;
    boolean position = false;
    boolean opinion = false;
    boolean past = false;
    for (int i = first; i < end; i++) {
      String w = t.lower(i);
      String tag = t.tag(i);
      number |= tag.equals("CD") && !year(w) || QUANTITY_WORDS.contains(w) && hasNumberNear(t, i, first, end);
      future |= FUTURE.contains(w) || FORECAST.contains(w) || w.equals("going") && i + 1 < end && t.lower(i + 1).equals("to")
          && i + 2 < end && t.tag(i + 2).equals("VB");
      position |= OBLIGATION.contains(w) || INTENTION.contains(w)
          || (w.equals("need") || w.equals("have") || w.equals("has")) && i + 1 < end && t.lower(i + 1).equals("to");
      opinion |= EVALUATIVE.contains(w) || BELIEF.contains(w) && i > first && t.lower(i - 1).equals("i");
      past |= tag.equals("VBD");
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
    if (opinion) {
      return Claim.Type.OPINION;
    }
    return past ? Claim.Type.EVENT : Claim.Type.OTHER;
  }

  static boolean hedged(Tokens t, int first, int end) {
    for (int i = first; i < end; i++) {
      if (HEDGES.contains(t.lower(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasNumberNear(Tokens t, int i, int first, int end) {
    for (int k = Math.max(first, i - 3); k < Math.min(end, i + 3); k++) {
      if (t.tag(k).equals("CD") || t.lower(k).equals("a") || t.lower(k).equals("half")) {
        return true;
      }
    }
    return false;
  }

  private static boolean year(String w) {
    return w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && w.chars().allMatch(Character::isDigit);
  }
}
