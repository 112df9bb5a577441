package org.saywho.internal.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.saywho.Span;
import org.saywho.internal.doc.Doc;
import org.saywho.internal.lexicon.Words;
import org.saywho.internal.text.Bylines;
import org.saywho.internal.text.Paragraphs;

/** Splits the article into paragraphs (one per line) and takes the byline line out of the body. */
final class LayoutAnnotator implements Annotator {

  private final Words words;

  LayoutAnnotator(Words words) {
    this.words = words;
  }

  @Override
  public Set<Layer> requires() {
    return Set.of();
  }

  @Override
  public Layer provides() {
    return Layer.LAYOUT;
  }

  @Override
  public void annotate(Doc doc) {
    List<Span> paragraphs = new ArrayList<>(Paragraphs.of(doc.text()));
    Optional<Bylines.Found> byline = Bylines.find(doc.text(), paragraphs, words);
    byline.ifPresent(b -> paragraphs.remove(b.paragraph()));
    doc.setByline(byline.map(Bylines.Found::byline));
    doc.setParagraphs(paragraphs);
  }
}
