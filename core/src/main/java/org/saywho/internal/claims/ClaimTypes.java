package org.saywho.internal.claims;

import java.util.Set;
import org.saywho.Claim;
import org.saywho.internal.claims.ClaimWords.Category;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.WordSets;
import org.saywho.internal.lexicon.Words;

/**
 * Types claims and spots hedges by rule, from the lists of {@link ClaimWords}: a number that is the
 * point (not a year, not inside a name such as "COVID-19") makes a QUANTITY; an obligation or
 * intention a POSITION; the future a PREDICTION; a law or rule a RULE; a cause a CAUSAL; evaluative
 * words or "I think" an OPINION; a past-tense statement an EVENT; the rest OTHER. The news claim
 * model reads these decisions as features; they also type claims when it is unsure.
 */
final class ClaimTypes {

  /** Words after which a hedging adjective intensifies rather than hedges ("everything possible"). */
  private static final Set<String> INTENSIFIED = WordSets.named("claim-types.intensified-by-adjectives");
  /** Prepositions that open a phrase trailing a clause after a comma ("…, presumably with consent"). */
  private static final Set<String> TRAILING_PREPOSITIONS = WordSets.named("claim-types.trailing-prepositions");

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
      number |= pointNumber(t, i) || words.is(Category.QUANTITY, w) && hasNumberNear(t, i, first, end)
          || words.is(Category.FRACTION, w) && i + 1 < end && t.lower(i + 1).equals("of");
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
   * Whether tokens {@code [first, end)} hedge what they state: a hedging adverb ("perhaps tens of
   * thousands"), or adjective not before its noun ("is likely", not "likely voters", nor "as soon as
   * possible"), a hedging verb governing what follows ("seems to", not "appeared on MSNBC"), a hedging
   * participle after "be" ("is thought to", "was accused of"), or a modal ("may", "could"; not "could
   * not", which says what cannot be, nor "may as well"). A modal or hedging verb in a subordinate clause
   * ("workers who could leak", "prices that seem to rise") hedges a side detail, not the claim.
   */
  boolean hedged(Tokens t, int first, int end) {
    return hedged(t, first, end, true);
  }

  /**
   * Whether tokens {@code [first, end)} hedge what they state as the news claim model read it when it
   * was trained, a feature of that model: as {@link #hedged(Tokens, int, int)}, but a hedging adjective
   * that intensifies ("everything possible") and an adverb opening a trailing phrase ("…, perhaps
   * recognizing …") hedge too (retrained on the rules, the model lost 0.04 cross-validated mean average
   * precision).
   */
  boolean hedgedAsTrained(Tokens t, int first, int end) {
    return hedged(t, first, end, false);
  }

  private boolean hedged(Tokens t, int first, int end, boolean repaired) {
    for (int i = first; i < end; i++) {
      if (hedge(t, first, end, i, repaired)) {
        return true;
      }
    }
    return false;
  }

  private boolean hedge(Tokens t, int first, int end, int i, boolean repaired) {
    String w = t.lower(i);
    String next = i + 1 < end ? t.lower(i + 1) : "";
    if (words.is(Category.HEDGE, w)) {
      boolean graded = i > first && (t.lower(i - 1).equals("most") || t.lower(i - 1).equals("more")); // "most likely voters"
      boolean adjective = t.tag(i).startsWith("JJ") || graded;
      boolean beforeNoun = i + 1 < end && t.tag(i + 1).startsWith("NN");
      boolean comparison = i > first && (t.lower(i - 1).equals("as") || t.lower(i - 1).equals("if")); // "as soon as possible"
      return !(adjective && beforeNoun && !words.is(Category.HEDGEATTRIBUTIVE, w)) && !comparison
          && !(repaired && (intensifies(t, first, i) || opensAnAdjunct(t, first, end, i)));
    }
    if (words.is(Category.HEDGEVERB, w)) {
      return !subordinate(t, first, i) && i + 1 < end && (t.tag(i + 1).equals("TO") || t.tag(i + 1).startsWith("JJ") || t.tag(i + 1).startsWith("RB")
          || next.equals("that") || next.equals("as") || next.equals("like"));
    }
    if (words.is(Category.HEDGEPASSIVE, w)) {
      return i > first && words.is(Category.BE, t.lower(i - 1))
          || i > first + 1 && t.tag(i - 1).startsWith("RB") && words.is(Category.BE, t.lower(i - 2));
    }
    if (words.is(Category.HEDGEMODAL, w) && t.tag(i).equals("MD")) {
      boolean cannot = w.equals("could") && (next.equals("not") || next.equals("n't"));
      boolean asWell = next.equals("as") && i + 2 < end && t.lower(i + 2).equals("well");
      boolean asIdiom = i > first && t.lower(i - 1).equals("as"); // "as might be expected"
      return !cannot && !asWell && !asIdiom && !subordinate(t, first, i);
    }
    return false;
  }

  /**
   * Whether a hedging adjective at {@code i} intensifies what comes before it rather than hedging:
   * after "everything", "all" and the like ({@code claim-types.intensified-by-adjectives}: "do
   * everything possible to improve policing"), a superlative ("the best possible outcome") or a noun
   * ("every effort possible").
   */
  private static boolean intensifies(Tokens t, int first, int i) {
    if (i == first || !t.tag(i).equals("JJ")) {
      return false;
    }
    String before = t.tag(i - 1);
    return INTENSIFIED.contains(t.lower(i - 1)) || before.equals("JJS") || before.equals("NN") || before.equals("NNS");
  }

  /**
   * Whether a hedging adverb right after a comma opens a phrase that trails the clause, a participle's
   * or one with "with" or "without" ({@code claim-types.trailing-prepositions}: "Obama's aides were
   * also complimentary, perhaps recognizing that …", "…, presumably with the couple's consent"): it
   * hedges that phrase, not what the clause states.
   */
  private static boolean opensAnAdjunct(Tokens t, int first, int end, int i) {
    if (i == first || i + 1 >= end || !t.word(i - 1).equals(",") || !t.tag(i).startsWith("RB")) {
      return false;
    }
    return t.tag(i + 1).equals("VBG") || TRAILING_PREPOSITIONS.contains(t.lower(i + 1));
  }

  /**
   * Whether token {@code i} stands in a subordinate clause opened after the last clause boundary (a
   * subordinator, or a relative "that"), and not in the main clause resumed after it: a clause that
   * already has its finite verb before a noun or pronoun right before {@code i} has ended ("People who
   * are already ill may simply be walking less", "If prices rise they could fall").
   */
  private boolean subordinate(Tokens t, int first, int i) {
    for (int k = i - 1; k >= first; k--) {
      String w = t.word(k);
      if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals("—") || t.tag(k).equals("``")) {
        return false;
      }
      if (words.is(Category.SUBORDINATOR, t.lower(k)) || t.tag(k).equals("WDT")) {
        return !resumed(t, k, i);
      }
    }
    return false;
  }

  /** Whether a finite verb stands between the subordinator at {@code k} and a noun or pronoun right before {@code i}. */
  private static boolean resumed(Tokens t, int k, int i) {
    if (i - 1 <= k || !(t.tag(i - 1).startsWith("NN") || t.tag(i - 1).equals("PRP"))) {
      return false;
    }
    for (int j = k + 1; j < i - 1; j++) {
      if (t.finite(j)) {
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
      if (pointNumber(t, k) || words.is(Category.FRACTION, t.lower(k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean year(String w) {
    return w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && w.chars().allMatch(Character::isDigit);
  }
}
