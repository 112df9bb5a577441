package org.saywho.internal.pipeline;

import java.util.Set;
import org.saywho.internal.doc.Doc;
import org.saywho.internal.text.QuoteMarks;

/** Finds the spans between quote marks. */
final class QuoteMarkAnnotator implements Annotator {

  private final boolean asciiDoubles;

  QuoteMarkAnnotator(boolean asciiDoubles) {
    this.asciiDoubles = asciiDoubles;
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.LAYOUT);
  }

  @Override
  public Layer provides() {
    return Layer.QUOTE_MARKS;
  }

  @Override
  public void annotate(Doc doc) {
    var quotes = QuoteMarks.find(doc.text(), doc.paragraphs(), asciiDoubles);
    doc.setQuotes(quotes, new int[quotes.size()], new int[quotes.size()]);
  }
}
