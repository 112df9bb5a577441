package org.saywho.internal.doc;

/**
 * The tokens {@code first} to {@code last}, both included; empty when {@code last < first}.
 *
 * @param first the first token
 * @param last the last token
 */
public record TokenRange(int first, int last) {

  /** Checks the range starts at a token. */
  public TokenRange {
    if (first < 0 || last < first - 1) {
      throw new IllegalArgumentException("bad token range " + first + ".." + last);
    }
  }

  /** Returns whether the range holds no token. */
  public boolean isEmpty() {
    return last < first;
  }
}
