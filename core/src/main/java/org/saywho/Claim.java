package org.saywho;

import java.util.List;
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
 * @param checkWorthiness the news claim model's probability, in [0, 1], that the sentence holding the
 *     claim is one a fact-checker would check; it ranks the claims of an article
 * @param checkWorthy whether {@code checkWorthiness} reaches the model's threshold and, when claim
 *     topics were given to the extractor, the claim is about one of them
 * @param hedged whether the claim is hedged ("may", "perhaps", "reportedly"…) in its sentence or its
 *     attribution ("is said to…")
 * @param topics the claim topics given to the extractor ({@code Extractor.Builder#claimTopics}) that
 *     the claim is about, in the order given; empty when none were given or none applies
 * @param topicRelevance how strongly the claim is about its topics, in [0, 1]: 1 when its own words
 *     name one, less when only its paragraph does, 0 when it is about none
 */
public record Claim(
    String text,
    Span span,
    Optional<Speaker> claimant,
    Optional<Quote> quote,
    Type type,
    double checkWorthiness,
    boolean checkWorthy,
    boolean hedged,
    List<String> topics,
    double topicRelevance) {

  /** What kind of statement a claim is. */
  public enum Type {
    /** Numbers, statistics, amounts, durations ("lasted about 50 minutes"). */
    QUANTITY,
    /** Something that happened or is happening, statements made and decisions taken included. */
    EVENT,
    /** An actor's stance, plan, promise or intention ("we will repeal…", "she opposes…"). */
    POSITION,
    /** A statement about the future that is not the speaker's own intention. */
    PREDICTION,
    /** A cause or effect ("the tariffs raised prices"). */
    CAUSAL,
    /** A law, rule or procedure ("the law requires…"). */
    RULE,
    /** A judgement or feeling ("It's terrible"): not a claim, never check-worthy. */
    OPINION,
    /** Any other fact or state of affairs, schedules included. */
    OTHER
  }

  /** Checks the components. */
  public Claim {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(claimant, "claimant");
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(topics, "topics");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("text and span lengths differ");
    }
    if (!(checkWorthiness >= 0 && checkWorthiness <= 1)) {
      throw new IllegalArgumentException("checkWorthiness outside [0, 1]: " + checkWorthiness);
    }
    topics = List.copyOf(topics);
    if (!(topicRelevance >= 0 && topicRelevance <= 1)) {
      throw new IllegalArgumentException("topicRelevance outside [0, 1]: " + topicRelevance);
    }
    if (topics.isEmpty() != (topicRelevance == 0)) {
      throw new IllegalArgumentException("a claim has topics exactly when its topic relevance is above 0");
    }
  }

  /**
   * Creates a claim about no topic.
   *
   * @param text the statement, exactly {@code span} of the article
   * @param span its span
   * @param claimant who makes the claim
   * @param quote the quote it comes from
   * @param type its type
   * @param checkWorthiness its check-worthiness probability
   * @param checkWorthy whether it is check-worthy
   * @param hedged whether it is hedged
   */
  public Claim(String text, Span span, Optional<Speaker> claimant, Optional<Quote> quote, Type type,
      double checkWorthiness, boolean checkWorthy, boolean hedged) {
    this(text, span, claimant, quote, type, checkWorthiness, checkWorthy, hedged, List.of(), 0);
  }

  /** Returns whether the article itself makes the claim (no speaker, and not from a quote). */
  public boolean byArticle() {
    return claimant.isEmpty() && quote.isEmpty();
  }
}
