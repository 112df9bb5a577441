package org.saywho.internal.text;

import java.util.ArrayList;
import java.util.List;
import org.saywho.Span;
import org.saywho.internal.doc.QuoteSpan;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;

/** Finds the tokens of each quote, its marks included. */
public final class QuoteTokens {

  private QuoteTokens() {}

  /**
   * Returns each quote's tokens; a quote holding no token has an empty range.
   *
   * @param tokens the article's tokens
   * @param quotes its quote spans, in text order
   * @return one token range per quote, in quote order
   */
  public static List<TokenRange> of(Tokens tokens, List<QuoteSpan> quotes) {
    List<TokenRange> out = new ArrayList<>(quotes.size());
    for (QuoteSpan quote : quotes) {
      Span outer = quote.outer();
      int first = tokens.firstAtOrAfter(outer.start());
      int last = first - 1;
      while (last + 1 < tokens.size() && tokens.start(last + 1) < outer.end()) {
        last++;
      }
      out.add(new TokenRange(first, last));
    }
    return out;
  }
}
