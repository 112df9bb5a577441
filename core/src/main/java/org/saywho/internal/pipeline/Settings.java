package org.saywho.internal.pipeline;

/**
 * The pipeline's work bounds.
 *
 * @param maxSentenceTokens a longer sentence is cut into pieces of this many tokens
 * @param maxUnitTokens sentences held together by a quote stop joining beyond this many tokens
 * @param asciiDoubleQuotes whether ''…'' and ``…'' count as quote marks
 */
public record Settings(int maxSentenceTokens, int maxUnitTokens, boolean asciiDoubleQuotes) {

  /** Checks the bounds are positive. */
  public Settings {
    if (maxSentenceTokens < 10 || maxUnitTokens < maxSentenceTokens) {
      throw new IllegalArgumentException("bad work bounds: " + maxSentenceTokens + ", " + maxUnitTokens);
    }
  }
}
