package org.saywho.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.saywho.Span;
import org.saywho.internal.doc.Layout;
import org.saywho.internal.lexicon.Words;

/**
 * Splits the article into paragraphs (one per line) and takes the byline line and the lines of page
 * furniture ({@link Furniture}) out of the body.
 */
public final class Layouts {

  private final Words words;

  /**
   * Creates a layout reader.
   *
   * @param words the word lists (outlets' words)
   */
  public Layouts(Words words) {
    this.words = words;
  }

  /**
   * Reads the layout of {@code text}.
   *
   * @param text the article
   * @return its paragraphs and byline
   */
  public Layout of(String text) {
    List<Span> paragraphs = new ArrayList<>(Paragraphs.of(text));
    Optional<Bylines.Found> byline = Bylines.find(text, paragraphs, words);
    byline.ifPresent(b -> paragraphs.remove(b.paragraph()));
    paragraphs.removeIf(p -> Furniture.is(text, p, words));
    return new Layout(paragraphs, byline.map(Bylines.Found::byline));
  }
}
