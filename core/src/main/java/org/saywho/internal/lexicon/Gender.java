package org.saywho.internal.lexicon;

/** Grammatical gender as far as pronoun resolution needs it. */
public enum Gender {
  /** Referred to as "he". */
  MALE,
  /** Referred to as "she". */
  FEMALE,
  /** Not known. */
  UNKNOWN;

  /**
   * Returns whether a mention of this gender can corefer with one of {@code other}.
   *
   * @param other another gender
   * @return false only for male against female
   */
  public boolean compatible(Gender other) {
    return this == UNKNOWN || other == UNKNOWN || this == other;
  }
}
