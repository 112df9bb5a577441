package org.saywho.internal.attribution;

import java.util.List;
import org.saywho.Quote;
import org.saywho.Span;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution;

/**
 * What a headline attributes is reported, not quoted: its quote marks set off a word or a cut-down
 * phrase in headline style ("Trump Was ‘Mocking’ Clinton Camp", "Warren Hammers Wells Fargo CEO: ‘You
 * Should Be Criminally Investigated.’"), so its attributions are indirect whatever marks they hold
 * (PolNeAR types all 446 of its train headlines' attributions so, 116 of them with quote marks).
 * Conditions: the content starts in the article's first paragraph, a line of its own of no more than
 * {@value #MAX_WORDS} words, and another paragraph follows it; the line's quote marks, if any, are
 * single ones, a headline's, while the article after it quotes in double marks (one of PolNeAR's 924
 * headlines has a double mark). A short first paragraph quoting in double marks is a lede ("“We will
 * win,” Sanders said."), and in an article quoting in single marks throughout the first line's marks
 * tell nothing. Read last, on the finished attributions, so that no continuation loses the attribution
 * it takes its speaker from.
 */
final class HeadlineReports {

  /** The most words a headline has (PolNeAR's longest of 924 has 22). */
  static final int MAX_WORDS = 25;

  private HeadlineReports() {}

  /** Returns the attributions with those in the article's headline typed indirect. */
  static List<Attribution> typed(Article doc, List<Attribution> attributions) {
    List<Span> paragraphs = doc.paragraphs();
    if (paragraphs.size() < 2) {
      return attributions;
    }
    int end = paragraphs.get(0).end();
    if (attributions.stream().noneMatch(a -> inHeadline(a, end)) || !headline(doc.text(), paragraphs.get(0))) {
      return attributions;
    }
    return attributions.stream()
        .map(a -> inHeadline(a, end)
            ? new Attribution(a.content(), Quote.Type.INDIRECT, a.origin(), a.cue(), a.speaker(), a.confidence(), a.speakerFrom())
            : a)
        .toList();
  }

  private static boolean inHeadline(Attribution a, int headlineEnd) {
    return a.type() != Quote.Type.INDIRECT && a.content().start() < headlineEnd;
  }

  /** Whether characters {@code [start, end)} of the text hold a double quote mark. */
  private static boolean doubleMarked(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '“' || c == '”') {
        return true;
      }
    }
    return false;
  }

  /** Whether the article's first paragraph, which another follows, is its headline. */
  private static boolean headline(String text, Span first) {
    return shortLine(text, first) && !doubleMarked(text, first.start(), first.end())
        && doubleMarked(text, first.end(), text.length());
  }

  /** Whether a paragraph is one line of a headline's length: not blank, at most {@value #MAX_WORDS} words. */
  static boolean shortLine(String text, Span paragraph) {
    String line = paragraph.in(text).strip();
    return !line.isEmpty() && line.indexOf('\n') < 0 && line.split("\\s+").length <= MAX_WORDS;
  }
}
