package org.saywho.internal.pipeline;

import java.util.List;
import java.util.Set;
import org.saywho.Span;
import org.saywho.internal.doc.Doc;
import org.saywho.internal.doc.QuoteSpan;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.text.Tokenizer;

/** Tokenizes the paragraphs and marks each token with the quote it lies in. */
final class TokenAnnotator implements Annotator {

  private final Tokenizer tokenizer;

  TokenAnnotator(Tokenizer tokenizer) {
    this.tokenizer = tokenizer;
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.LAYOUT, Layer.QUOTE_MARKS);
  }

  @Override
  public Layer provides() {
    return Layer.TOKENS;
  }

  @Override
  public void annotate(Doc doc) {
    Tokens tokens = tokenizer.tokenize(doc.text(), doc.paragraphs());
    List<QuoteSpan> quotes = doc.quotes();
    int[] first = new int[quotes.size()];
    int[] last = new int[quotes.size()];
    for (int q = 0; q < quotes.size(); q++) {
      Span outer = quotes.get(q).outer();
      first[q] = tokens.firstAtOrAfter(outer.start());
      last[q] = first[q] - 1;
      for (int i = first[q]; i < tokens.size() && tokens.start(i) < outer.end(); i++) {
        tokens.setQuote(i, q);
        last[q] = i;
      }
    }
    doc.setTokens(tokens);
    doc.setQuotes(quotes, first, last);
  }
}
