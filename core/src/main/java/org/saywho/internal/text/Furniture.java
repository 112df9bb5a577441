package org.saywho.internal.text;

import java.util.Locale;
import org.saywho.Span;
import org.saywho.internal.lexicon.Words;

/**
 * Recognises a paragraph of page furniture: a label of {@code furniture.txt} standing alone
 * ("Caption", "Close") or before a colon, bar or chevron ("READ MORE: ‘…’", "WATCH: …", "Photo: Reuters").
 */
final class Furniture {

  /** Labels are short; a longer paragraph start is prose ("Watch what happens when…"). */
  private static final int MAX_LABEL = 30;

  private Furniture() {}

  /**
   * Returns whether paragraph {@code p} of {@code text} is furniture.
   *
   * @param text the article
   * @param p a paragraph
   * @param words the word lists
   * @return true when it is a furniture label or starts with one before a separator
   */
  static boolean is(String text, Span p, Words words) {
    String para = p.in(text).strip();
    int end = Math.min(para.length(), MAX_LABEL + 1);
    for (int i = 0; i < end; i++) {
      char c = para.charAt(i);
      if (c == ':' || c == '|' || c == '»' || c == '>') {
        return words.isFurniture(label(para.substring(0, i)));
      }
    }
    return para.length() <= MAX_LABEL && words.isFurniture(label(para));
  }

  private static String label(String s) {
    String l = s.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
    while (!l.isEmpty() && !Character.isLetterOrDigit(l.charAt(l.length() - 1))) {
      l = l.substring(0, l.length() - 1).strip();
    }
    while (!l.isEmpty() && !Character.isLetterOrDigit(l.charAt(0))) {
      l = l.substring(1).strip();
    }
    return l;
  }
}
