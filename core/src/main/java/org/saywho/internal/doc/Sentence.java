package org.saywho.internal.doc;

import org.saywho.Span;

/**
 * A sentence, as a character span and the token range {@code [firstToken, endToken)}.
 *
 * @param span the characters of the sentence
 * @param firstToken index of its first token
 * @param endToken index one past its last token
 * @param paragraph index of the paragraph holding it
 */
public record Sentence(Span span, int firstToken, int endToken, int paragraph) {

  /** Returns the number of tokens. */
  public int size() {
    return endToken - firstToken;
  }
}
