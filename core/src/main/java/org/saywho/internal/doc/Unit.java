package org.saywho.internal.doc;

/**
 * The stretch of text attribution works on: one sentence, or several sentences that a quote holds
 * together ("“A. B,” she said."). Tokens {@code [firstToken, endToken)}.
 *
 * @param firstToken index of the first token
 * @param endToken index one past the last token
 * @param paragraph index of the paragraph holding it
 */
public record Unit(int firstToken, int endToken, int paragraph) {

  /** Returns the number of tokens. */
  public int size() {
    return endToken - firstToken;
  }

  /**
   * Returns whether token {@code t} lies in the unit.
   *
   * @param t a token index
   * @return true when inside
   */
  public boolean contains(int t) {
    return t >= firstToken && t < endToken;
  }
}
