package org.saywho.internal.text;

import java.util.ArrayList;
import java.util.List;
import org.saywho.Span;

/** Splits text into paragraphs: one per non-blank line, trimmed of surrounding white space. */
public final class Paragraphs {

  private Paragraphs() {}

  /**
   * Returns the spans of the non-blank lines of {@code text}, trimmed.
   *
   * @param text any text
   * @return the paragraphs in order
   */
  public static List<Span> of(String text) {
    List<Span> out = new ArrayList<>();
    int n = text.length();
    int lineStart = 0;
    for (int i = 0; i <= n; i++) {
      if (i == n || isLineBreak(text.charAt(i))) {
        addTrimmed(text, lineStart, i, out);
        lineStart = i + 1;
      }
    }
    return out;
  }

  static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
  }

  private static void addTrimmed(String text, int s, int e, List<Span> out) {
    while (s < e && isBlank(text.charAt(s))) {
      s++;
    }
    while (e > s && isBlank(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      out.add(Span.of(s, e));
    }
  }

  /** Returns whether {@code c} is white space, including no-break and zero-width spaces. */
  public static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
  }
}
