package org.saywho.internal.text;

import java.util.ArrayList;
import java.util.List;
import org.saywho.Span;
import org.saywho.internal.doc.QuoteSpan;

/**
 * Finds the words between quote marks, paragraph by paragraph: “…”, "…", «…», „…“ and ‘…’ (an
 * apostrophe is not a quote mark). Marks nested inside an open quote belong to it. A paragraph that
 * opens a quote without closing it, followed by a paragraph that opens one, runs on (the newspaper
 * convention for long quotes); any other unclosed mark is not a quote.
 */
public final class QuoteMarks {

  /** Single marks also serve as apostrophes, so a single-quoted phrase longer than this is not one. */
  private static final int MAX_SINGLE_QUOTE = 300;

  private QuoteMarks() {}

  /**
   * Returns the quotes of {@code text}, in text order.
   *
   * @param text the article
   * @param paragraphs its paragraphs, in order
   * @return the quote spans, each inside one paragraph
   */
  public static List<QuoteSpan> find(String text, List<Span> paragraphs) {
    List<QuoteSpan> out = new ArrayList<>();
    boolean reopened = false;
    for (int p = 0; p < paragraphs.size(); p++) {
      Span para = paragraphs.get(p);
      int open = scan(text, para, p, reopened, out);
      reopened = false;
      if (open >= 0 && p + 1 < paragraphs.size() && opensWithQuote(text, paragraphs.get(p + 1))) {
        int end = trimEnd(text, open + 1, para.end());
        if (end > open + 1) {
          out.add(new QuoteSpan(Span.of(open + 1, end), Span.of(open, end), p, true, reopened && open == para.start()));
        }
        reopened = true;
      }
    }
    return out;
  }

  /** Scans one paragraph; returns the offset of a double mark left open at its end, or -1. */
  private static int scan(String text, Span para, int p, boolean reopened, List<QuoteSpan> out) {
    int open = -1;
    char openMark = 0;
    int singleOpen = -1;
    for (int i = para.start(); i < para.end(); i++) {
      char c = text.charAt(i);
      if (open >= 0) {
        if (closes(text, i, openMark, para)) {
          addQuote(text, open, i, p, reopened && open == para.start(), out);
          open = -1;
        }
        continue;
      }
      if (singleOpen >= 0) {
        if ((c == '’' || c == '\'') && closesSingle(text, i, para)) {
          addQuote(text, singleOpen, i, p, false, out);
          singleOpen = -1;
          continue;
        }
        boolean doubleOpens = isDoubleOpener(c) && opensDouble(text, i, para);
        if (!doubleOpens && i - singleOpen <= MAX_SINGLE_QUOTE) {
          continue;
        }
        singleOpen = -1; // the single mark was an apostrophe after all
      }
      if (isDoubleOpener(c) && opensDouble(text, i, para)) {
        open = i;
        openMark = c;
      } else if (c == '‘' && opensSingle(text, i, para)) {
        singleOpen = i;
      }
    }
    return open;
  }

  private static void addQuote(String text, int open, int close, int p, boolean reopened, List<QuoteSpan> out) {
    if (close > open + 1) {
      out.add(new QuoteSpan(Span.of(open + 1, close), Span.of(open, close + 1), p, false, reopened));
    }
  }

  private static boolean isDoubleOpener(char c) {
    return c == '“' || c == '"' || c == '«' || c == '„' || c == '❝' || c == '＂';
  }

  private static boolean opensDouble(String text, int i, Span para) {
    char c = text.charAt(i);
    if (c != '"' && c != '＂') {
      return i + 1 < para.end(); // a curly opener at the very end of a paragraph opens nothing
    }
    // A straight mark opens when it follows a space, an opening bracket or the paragraph start and is
    // followed by a character that is not a space.
    boolean before = i == para.start() || isOpeningContext(text.charAt(i - 1));
    boolean after = i + 1 < para.end() && !Paragraphs.isBlank(text.charAt(i + 1));
    return before && after;
  }

  private static boolean isOpeningContext(char c) {
    return Paragraphs.isBlank(c) || "([{—–-/:,;".indexOf(c) >= 0 || c == '‘' || c == '\'';
  }

  private static boolean closes(String text, int i, char openMark, Span para) {
    char c = text.charAt(i);
    return switch (openMark) {
      case '«' -> c == '»';
      case '„' -> c == '“' || c == '”' || c == '"';
      case '❝' -> c == '❞';
      default -> c == '”' || c == '"' || c == '＂' || (c == '“' && closingContext(text, i, para));
    };
  }

  /** A “ used as a closing mark (a common typing slip): followed by a space, punctuation or the end. */
  private static boolean closingContext(String text, int i, Span para) {
    return i + 1 >= para.end() || Paragraphs.isBlank(text.charAt(i + 1)) || ".,;:!?)".indexOf(text.charAt(i + 1)) >= 0;
  }

  private static boolean opensSingle(String text, int i, Span para) {
    boolean before = i == para.start() || isOpeningContext(text.charAt(i - 1)) || text.charAt(i - 1) == '“' || text.charAt(i - 1) == '"';
    return before && i + 1 < para.end() && Character.isLetterOrDigit(text.charAt(i + 1));
  }

  private static boolean closesSingle(String text, int i, Span para) {
    if (i == para.start() || Paragraphs.isBlank(text.charAt(i - 1))) {
      return false;
    }
    return i + 1 >= para.end() || !Character.isLetter(text.charAt(i + 1));
  }

  private static boolean opensWithQuote(String text, Span para) {
    return isDoubleOpener(text.charAt(para.start())) && opensDouble(text, para.start(), para);
  }

  private static int trimEnd(String text, int s, int e) {
    while (e > s && Paragraphs.isBlank(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }
}
