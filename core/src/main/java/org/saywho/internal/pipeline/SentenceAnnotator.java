package org.saywho.internal.pipeline;

import java.util.Set;
import org.saywho.internal.doc.Doc;
import org.saywho.internal.text.SentenceSplitter;

/** Splits paragraphs into sentences. */
final class SentenceAnnotator implements Annotator {

  private final SentenceSplitter splitter;

  SentenceAnnotator(SentenceSplitter splitter) {
    this.splitter = splitter;
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.LAYOUT, Layer.TOKENS);
  }

  @Override
  public Layer provides() {
    return Layer.SENTENCES;
  }

  @Override
  public void annotate(Doc doc) {
    doc.setSentences(splitter.split(doc.text(), doc.paragraphs(), doc.tokens()));
  }
}
