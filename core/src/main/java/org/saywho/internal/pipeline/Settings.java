package org.saywho.internal.pipeline;

/**
 * The pipeline's work bounds.
 *
 * @param maxSentenceTokens a longer sentence is cut into pieces of this many tokens
 * @param maxUnitTokens sentences held together by a quote stop joining beyond this many tokens
 * @param asciiDoubleQuotes whether ''…'' and ``…'' count as quote marks
 */
public record Settings(int maxSentenceTokens, int maxUnitTokens, boolean asciiDoubleQuotes) {

  /** The extractor's default bounds: 250-token sentences, 500-token units, no ASCII double quotes. */
  public static final Settings DEFAULT = new Settings(250, 500, false);

  /** Checks the bounds are positive. */
  public Settings {
    if (maxSentenceTokens < 10 || maxUnitTokens < maxSentenceTokens) {
      throw new IllegalArgumentException("bad work bounds: " + maxSentenceTokens + ", " + maxUnitTokens);
    }
  }
}
