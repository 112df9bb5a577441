package org.saywho.internal.doc;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.saywho.Byline;
import org.saywho.Span;

/**
 * The article read through part-of-speech tags: what every later stage works on.
 *
 * @param text the original text
 * @param layout its paragraphs and byline
 * @param quotes the spans between quote marks, in text order
 * @param quoteTokens the tokens of each quote, marks included, in quote order
 * @param tokens the tagged tokens, each with its sentence and quote
 * @param sentences the sentences, covering every token
 */
public record Article(String text, Layout layout, List<QuoteSpan> quotes, List<TokenRange> quoteTokens, Tokens tokens,
    List<Sentence> sentences) {

  /** Copies the lists and checks each quote has its token range. */
  public Article {
    quotes = List.copyOf(quotes);
    quoteTokens = List.copyOf(quoteTokens);
    sentences = List.copyOf(sentences);
    if (quotes.size() != quoteTokens.size()) {
      throw new IllegalArgumentException(quotes.size() + " quotes but " + quoteTokens.size() + " token ranges");
    }
  }

  /** Returns the body paragraphs. */
  public List<Span> paragraphs() {
    return layout.paragraphs();
  }

  /** Returns the byline. */
  public Optional<Byline> byline() {
    return layout.byline();
  }

  /** Returns the first token of quote {@code q} (its opening mark). */
  public int quoteFirstToken(int q) {
    return quoteTokens.get(q).first();
  }

  /**
   * Returns whether quote {@code r} goes on with a quote left open before it and opens with the same
   * mark as quote {@code q}: a run of paragraphs quoting one speaker, not an excerpt whose straight
   * marks hold curly quotes of its own.
   *
   * @param q a quote that opens or continues the run
   * @param r a later quote
   * @return true when {@code r} reopens the run with {@code q}'s mark
   */
  public boolean reopensWithTheMarkOf(int r, int q) {
    return quotes.get(r).runsOnFromPrevious()
        && text.charAt(quotes.get(r).outer().start()) == text.charAt(quotes.get(q).outer().start());
  }

  /** Returns the last token of quote {@code q} (its closing mark, when it has one). */
  public int quoteLastToken(int q) {
    return quoteTokens.get(q).last();
  }

  /**
   * Returns the index of the last paragraph starting at or before a character offset, 0 when none
   * does.
   *
   * @param offset a character offset into the text
   * @return a paragraph index
   */
  public int paragraphAt(int offset) {
    List<Span> ps = paragraphs();
    int lo = 0;
    int hi = ps.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (ps.get(mid).start() <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /**
   * Returns the index of the body paragraph holding a character offset: none when no paragraph holds
   * it (a line of page furniture or a byline, which the layout took out).
   *
   * @param offset a character offset into the text
   * @return the paragraph's index, if one holds the offset
   */
  public OptionalInt paragraphHolding(int offset) {
    if (paragraphs().isEmpty()) {
      return OptionalInt.empty();
    }
    int i = paragraphAt(offset);
    Span p = paragraphs().get(i);
    return p.start() <= offset && offset < p.end() ? OptionalInt.of(i) : OptionalInt.empty();
  }

  /**
   * Returns, for each body paragraph, whether its text passes a test.
   *
   * @param test the test of a paragraph's text
   * @return one flag per paragraph, in order
   */
  public boolean[] paragraphsWhere(Predicate<String> test) {
    List<Span> ps = paragraphs();
    boolean[] out = new boolean[ps.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = test.test(ps.get(i).in(text));
    }
    return out;
  }

  /** Returns the index of the paragraph holding token {@code token}. */
  public int paragraphOf(int token) {
    return sentences.get(tokens.sentence(token)).paragraph();
  }
}
