package org.saywho;

import java.util.Objects;
import java.util.Optional;

/**
 * A declarative statement in the article that can be true or false: made by a speaker (inside a
 * quote or reported speech) or by the article itself, typed, and scored for how much it deserves a
 * fact-check.
 *
 * @param text the statement, exactly {@code span} of the article
 * @param span one sentence, or the part of it a quote or reported speech holds
 * @param claimant who makes the claim; empty when the article itself does (see {@link Extraction#byline()})
 *     or when it comes from a quote whose speaker is unknown
 * @param quote the quote the claim comes from, when it comes from one
 * @param type what kind of statement it is
 * @param checkWorthiness the classifier's probability, in [0, 1], that the sentence is a check-worthy
 *     factual claim (as if check-worthy and other sentences were equally common)
 * @param checkWorthy whether {@code checkWorthiness} reaches the model's threshold
 * @param hedged whether the claim is hedged ("may", "perhaps", "reportedly"…)
 */
public record Claim(
    String text,
    Span span,
    Optional<Speaker> claimant,
    Optional<Quote> quote,
    Type type,
    double checkWorthiness,
    boolean checkWorthy,
    boolean hedged) {

  /** What kind of statement a claim is. */
  public enum Type {
    /** Numbers, statistics, amounts, durations ("lasted about 50 minutes"). */
    QUANTITY,
    /** Something that happened. */
    EVENT,
    /** A policy, promise or intention ("NATO countries should be ready…"). */
    POSITION,
    /** A statement about the future. */
    PREDICTION,
    /** A judgement or feeling ("It's terrible"). */
    OPINION,
    /** Any other statement. */
    OTHER
  }

  /** Checks the components. */
  public Claim {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(claimant, "claimant");
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(type, "type");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("text and span lengths differ");
    }
    if (!(checkWorthiness >= 0 && checkWorthiness <= 1)) {
      throw new IllegalArgumentException("checkWorthiness outside [0, 1]: " + checkWorthiness);
    }
  }

  /** Returns whether the article itself makes the claim (no speaker, and not from a quote). */
  public boolean byArticle() {
    return claimant.isEmpty() && quote.isEmpty();
  }
}
