package org.saywho.internal.text;

import java.util.ArrayList;
import java.util.List;
import org.saywho.Span;
import org.saywho.internal.doc.QuoteSpan;
import org.jspecify.annotations.Nullable;

/**
 * Finds the words between quote marks, paragraph by paragraph: “…”, "…", «…», „…“ and ‘…’; a lone
 * apostrophe is not a quote mark. The doubled apostrophes of ASCII archives (''…'' and ``…'') delimit
 * stretches too, marked as quote marks only when asked: by default they are apostrophes, as in the
 * PolNeAR annotation, so their words are reported speech rather than direct quotes.
 * A closing mark typed where a quote opens (at a paragraph's start or after a space, before a word:
 * ”Fear. I am truly afraid.” ― Edwin G. Monroy) opens one when a closing mark follows in its
 * paragraph, and so does a straight single mark before a letter, at a paragraph's start or after a
 * space or an opening bracket ('The message is clear,' he said: British style), when a single mark
 * closes it in reach, except in the article's first paragraph (a headline's single marks set off a
 * phrase: Obama Sees 'Personal Insult') unless they open it and close before a colon or a comma ('We
 * are not giving up': Nurses vow to strike; 'We will not cut the NHS', says health secretary); neither repair is made when the caller asks for the marks as the attribution
 * tagger was trained to read them.
 * Marks nested inside an open quote belong to it. A paragraph that opens a quote without closing it,
 * followed by a paragraph that opens one, runs on (the newspaper convention for long quotes); any
 * other unclosed mark is not a quote.
 */
public final class QuoteMarks {

  /** Single marks also serve as apostrophes, so a single-quoted phrase longer than this is not one. */
  private static final int MAX_SINGLE_QUOTE = 300;

  private final String text;
  private final Span para;
  private final boolean ascii;
  private final boolean repairs;
  private final boolean straightSingles;
  private final boolean headline;

  private QuoteMarks(String text, Span para, boolean ascii, boolean repairs, boolean headline) {
    this.text = text;
    this.para = para;
    this.ascii = ascii;
    this.repairs = repairs;
    this.straightSingles = repairs && !headline;
    this.headline = repairs && headline;
  }

  /**
   * Returns the quotes of {@code text}, in text order.
   *
   * @param text the article
   * @param paragraphs its paragraphs, in order
   * @param asciiDoubles whether ''…'' and ``…'' are quote marks (they delimit stretches either way)
   * @return the quote spans, each inside one paragraph
   */
  public static List<QuoteSpan> find(String text, List<Span> paragraphs, boolean asciiDoubles) {
    return find(text, paragraphs, asciiDoubles, true);
  }

  /**
   * Returns the quotes of {@code text}, in text order, with or without the quotes that a closing
   * mark typed as an opener or a straight single mark opens (the attribution tagger was trained
   * without them).
   *
   * @param text the article
   * @param paragraphs its paragraphs, in order
   * @param asciiDoubles whether ''…'' and ``…'' are quote marks (they delimit stretches either way)
   * @param repairs whether a closing mark typed where a quote opens, or a straight single mark, may
   *     open one
   * @return the quote spans, each inside one paragraph
   */
  public static List<QuoteSpan> find(String text, List<Span> paragraphs, boolean asciiDoubles, boolean repairs) {
    List<QuoteSpan> out = new ArrayList<>();
    boolean reopened = false;
    for (int p = 0; p < paragraphs.size(); p++) {
      Span para = paragraphs.get(p);
      QuoteMarks scanner = new QuoteMarks(text, para, asciiDoubles, repairs, p == 0);
      int[] open = scanner.scan(p, reopened, out);
      reopened = false;
      if (open != null && p + 1 < paragraphs.size() && new QuoteMarks(text, paragraphs.get(p + 1), asciiDoubles, repairs, false).opensAtStart()) {
        int s = open[0] + open[1];
        int end = trimEnd(text, s, para.end());
        if (end > s) {
          out.add(new QuoteSpan(Span.of(s, end), Span.of(open[0], end), p, true, open[2] == 1, open[1] == 1 || asciiDoubles));
        }
        reopened = true;
      }
    }
    return out;
  }

  /**
   * Scans the paragraph; returns the double mark left open at its end as {offset, length, reopens},
   * or null.
   */
  private int @Nullable [] scan(int p, boolean reopened, List<QuoteSpan> out) {
    int open = -1;
    int openLength = 0;
    char openMark = 0;
    int singleOpen = -1;
    for (int i = para.start(); i < para.end(); i++) {
      char c = text.charAt(i);
      if (open >= 0) {
        int close = closingLength(i, openMark);
        if (close > 0) {
          add(open, openLength, i, close, p, reopened && open == para.start(), openLength == 1 || ascii, out);
          open = -1;
          i += close - 1;
        }
        continue;
      }
      if (singleOpen >= 0) {
        if ((c == '’' || c == '\'') && !isAsciiDouble(i) && closesSingle(i)) {
          add(singleOpen, 1, i, 1, p, false, true, out);
          singleOpen = -1;
          continue;
        }
        if (openingLength(i) == 0 && i - singleOpen <= MAX_SINGLE_QUOTE) {
          continue;
        }
        int inner = repairs && text.charAt(singleOpen) == '‘' ? nestedDoubleEnd(i, singleOpen + MAX_SINGLE_QUOTE) : -1;
        if (inner > 0) {
          i = inner - 1; // ‘… the deal was “final”.’: the double quote is inside the single one
          continue;
        }
        singleOpen = -1; // the single mark was an apostrophe after all
      }
      int length = openingLength(i);
      if (length > 0) {
        open = i;
        openLength = length;
        openMark = c;
        i += length - 1;
      } else if ((c == '‘' || c == '\'' && (straightSingles || quoteBeforeAColon(i)) && !isAsciiDouble(i) && i + 1 < para.end()
          && Character.isLetter(text.charAt(i + 1))) && opensSingle(i)) {
        singleOpen = i;
      }
    }
    return open < 0 ? null : new int[] {open, openLength, reopened && open == para.start() ? 1 : 0};
  }

  /**
   * Whether the straight single mark at {@code i} opens a headline that a quote and a colon or a comma
   * open ('We are not giving up': Nurses vow to strike; 'We will not cut the NHS', says health
   * secretary): it opens the paragraph, and a straight single mark right before a colon or a comma
   * comes later in it.
   */
  private boolean quoteBeforeAColon(int i) {
    if (!headline || i != para.start()) {
      return false;
    }
    for (int k = i + 2; k + 1 < para.end() && k - i <= MAX_SINGLE_QUOTE; k++) {
      if (text.charAt(k) == '\'' && (text.charAt(k + 1) == ':' || text.charAt(k + 1) == ',')) {
        return true;
      }
    }
    return false;
  }

  private static void add(int open, int openLength, int close, int closeLength, int p, boolean reopened, boolean marked,
      List<QuoteSpan> out) {
    if (close > open + openLength) {
      out.add(new QuoteSpan(Span.of(open + openLength, close), Span.of(open, close + closeLength), p, false, reopened, marked));
    }
  }

  /**
   * The end of a double quote opening at {@code i} inside a curly single one, when the single one
   * closes after it in the same sentence, before {@code limit} and before any other double quote
   * (British style: ‘… the deal was “final and non-negotiable”.’; right after it when the double quote
   * ends a sentence of its own), or -1. A plural's apostrophe before a word ("Manufacturers’
   * Association") closes nothing.
   */
  private int nestedDoubleEnd(int i, int limit) {
    char mark = text.charAt(i);
    for (int k = i + openingLength(i); k < para.end(); k++) {
      int close = closingLength(k, mark);
      if (close == 0) {
        continue;
      }
      int end = k + close;
      boolean endsASentence = ".?!".indexOf(text.charAt(k - 1)) >= 0;
      for (int j = end; j < Math.min(para.end(), limit); j++) {
        char c = text.charAt(j);
        if (c == '’' && closesSingle(j) && !pluralsApostrophe(j)) {
          return end;
        }
        boolean sentenceEnd = ".?!".indexOf(c) >= 0 && (j + 1 >= para.end() || Paragraphs.isBlank(text.charAt(j + 1)));
        if (endsASentence || sentenceEnd || openingLength(j) > 0) {
          return -1;
        }
      }
      return -1;
    }
    return -1;
  }

  /** Whether the mark at {@code j} is a plural's possessive apostrophe before a word ("workers’ pay"). */
  private boolean pluralsApostrophe(int j) {
    return text.charAt(j - 1) == 's' && j + 2 < para.end() && text.charAt(j + 1) == ' '
        && Character.isLetter(text.charAt(j + 2));
  }

  /** The length of a double opening mark at {@code i} (1 or 2), or 0 when none opens there. */
  private int openingLength(int i) {
    char c = text.charAt(i);
    if (c == '“' || c == '«' || c == '„' || c == '❝') {
      return i + 1 < para.end() ? 1 : 0;
    }
    boolean before = i == para.start() || isOpeningContext(text.charAt(i - 1));
    if (isAsciiDouble(i) || c == '`' && i + 1 < para.end() && text.charAt(i + 1) == '`') {
      return before && i + 2 < para.end() && !Paragraphs.isBlank(text.charAt(i + 2)) ? 2 : 0;
    }
    if (c == '"' || c == '＂') {
      return before && i + 1 < para.end() && !Paragraphs.isBlank(text.charAt(i + 1)) ? 1 : 0;
    }
    if (c == '”' && repairs) {
      return before && i + 1 < para.end() && Character.isLetterOrDigit(text.charAt(i + 1)) && closedLater(i + 1) ? 1 : 0;
    }
    return 0;
  }

  /** Whether a double closing mark comes at or after {@code j} in the paragraph. */
  private boolean closedLater(int j) {
    for (int k = j; k < para.end(); k++) {
      char c = text.charAt(k);
      if (c == '”' || c == '"') {
        return true;
      }
    }
    return false;
  }

  /** The length of a mark at {@code i} that closes a quote opened by {@code openMark}, or 0. */
  private int closingLength(int i, char openMark) {
    char c = text.charAt(i);
    if (openMark == '«') {
      return c == '»' ? 1 : 0;
    }
    if (openMark == '❝') {
      return c == '❞' ? 1 : 0;
    }
    if (isAsciiDouble(i) && (i == para.start() || !Paragraphs.isBlank(text.charAt(i - 1)) || endsHere(i + 2))) {
      return 2;
    }
    if (c == '”' || c == '"' || c == '＂') {
      return 1;
    }
    return c == '“' && (openMark == '„' || endsHere(i + 1)) ? 1 : 0;
  }

  /** Whether position {@code j} is a paragraph end, a space or punctuation: a mark before it closes. */
  private boolean endsHere(int j) {
    return j >= para.end() || Paragraphs.isBlank(text.charAt(j)) || ".,;:!?)".indexOf(text.charAt(j)) >= 0;
  }

  private boolean isAsciiDouble(int i) {
    return text.charAt(i) == '\'' && i + 1 < para.end() && text.charAt(i + 1) == '\'';
  }

  private static boolean isOpeningContext(char c) {
    return Paragraphs.isBlank(c) || "([{—–-/:,;".indexOf(c) >= 0 || c == '‘' || c == '\'';
  }

  private boolean opensSingle(int i) {
    char before = i == para.start() ? ' ' : text.charAt(i - 1);
    return (isOpeningContext(before) || before == '“' || before == '"')
        && i + 1 < para.end() && Character.isLetterOrDigit(text.charAt(i + 1));
  }

  private boolean closesSingle(int i) {
    if (i == para.start() || Paragraphs.isBlank(text.charAt(i - 1))) {
      return false;
    }
    return i + 1 >= para.end() || !Character.isLetter(text.charAt(i + 1));
  }

  private boolean opensAtStart() {
    return openingLength(para.start()) > 0;
  }

  private static int trimEnd(String text, int s, int e) {
    while (e > s && Paragraphs.isBlank(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }
}
