package org.saywho.internal.entity;

import java.util.BitSet;
import org.saywho.Speaker.GenderEvidence;
import org.saywho.internal.lexicon.Gender;

/**
 * The evidence of one person's gender the article gives, and the decision it supports. The article's
 * own words come first: an honorific or a gendered noun ("Mrs.", "spokeswoman") on the person's own
 * mention decides unless another contradicts it; else the pronouns that refer to the person, when they
 * agree with each other (at most one in four against) and with the first name; else an unambiguous
 * first name; else possessives in the person's own reports, all agreeing, that no pronoun in reach
 * contradicts ("Hannen said about 60 per cent of her members …"); else pronouns in two or more
 * paragraphs, all agreeing, that were resolved to the person while another person was in reach.
 * Anything else, conflicting evidence included, stays UNKNOWN: a wrong gender is worse than none.
 * Confined to one run of the resolver.
 */
final class GenderVotes {

  /** A gender and the kind of evidence that decided it; NONE with UNKNOWN. */
  record Decision(Gender gender, GenderEvidence evidence) {
    static final Decision UNKNOWN = new Decision(Gender.UNKNOWN, GenderEvidence.NONE);
  }

  private final int[] male = new int[GenderEvidence.values().length];
  private final int[] female = new int[GenderEvidence.values().length];
  private final BitSet weakMale = new BitSet();
  private final BitSet weakFemale = new BitSet();
  private int ownMale;
  private int ownFemale;

  /**
   * Records a pronoun that was resolved to the person while another person was also in reach; pronouns
   * of one paragraph count once, as they usually share their referent.
   */
  void addWeakPronoun(Gender g, int paragraph) {
    if (g == Gender.MALE) {
      weakMale.set(paragraph);
    } else if (g == Gender.FEMALE) {
      weakFemale.set(paragraph);
    }
  }

  /** Records a possessive in the person's own report; UNKNOWN is ignored. */
  void addOwnPossessive(Gender g) {
    if (g == Gender.MALE) {
      ownMale++;
    } else if (g == Gender.FEMALE) {
      ownFemale++;
    }
  }

  /** Records one piece of evidence; UNKNOWN is ignored. */
  void add(GenderEvidence kind, Gender g) {
    if (g == Gender.MALE) {
      male[kind.ordinal()]++;
    } else if (g == Gender.FEMALE) {
      female[kind.ordinal()]++;
    }
  }

  /** Returns the gender the evidence supports. */
  Decision decide() {
    int m = male(GenderEvidence.HONORIFIC) + male(GenderEvidence.GENDERED_NOUN);
    int f = female(GenderEvidence.HONORIFIC) + female(GenderEvidence.GENDERED_NOUN);
    if (m > 0 || f > 0) {
      if (m > 0 && f > 0) {
        return Decision.UNKNOWN;
      }
      Gender g = m > 0 ? Gender.MALE : Gender.FEMALE;
      boolean honorific = male(GenderEvidence.HONORIFIC) + female(GenderEvidence.HONORIFIC) > 0;
      return new Decision(g, honorific ? GenderEvidence.HONORIFIC : GenderEvidence.GENDERED_NOUN);
    }
    Gender name = byName();
    int pm = male(GenderEvidence.PRONOUN);
    int pf = female(GenderEvidence.PRONOUN);
    if (pm > 0 || pf > 0) {
      Gender g = pm >= pf ? Gender.MALE : Gender.FEMALE;
      int against = Math.min(pm, pf);
      if (against * 4 > pm + pf || name != Gender.UNKNOWN && name != g) {
        return Decision.UNKNOWN;
      }
      return new Decision(g, GenderEvidence.PRONOUN);
    }
    if (name != Gender.UNKNOWN) {
      return new Decision(name, GenderEvidence.FIRST_NAME);
    }
    int wm = weakMale.cardinality();
    int wf = weakFemale.cardinality();
    if (ownMale + ownFemale > 0 && (ownMale == 0 || ownFemale == 0) && (ownMale > 0 ? wf : wm) == 0) {
      return new Decision(ownMale > 0 ? Gender.MALE : Gender.FEMALE, GenderEvidence.PRONOUN);
    }
    if (wm + wf >= 2 && (wm == 0 || wf == 0)) {
      return new Decision(wm > 0 ? Gender.MALE : Gender.FEMALE, GenderEvidence.PRONOUN);
    }
    return Decision.UNKNOWN;
  }

  private Gender byName() {
    int m = male(GenderEvidence.FIRST_NAME);
    int f = female(GenderEvidence.FIRST_NAME);
    return m > 0 && f == 0 ? Gender.MALE : f > 0 && m == 0 ? Gender.FEMALE : Gender.UNKNOWN;
  }

  private int male(GenderEvidence kind) {
    return male[kind.ordinal()];
  }

  private int female(GenderEvidence kind) {
    return female[kind.ordinal()];
  }
}
