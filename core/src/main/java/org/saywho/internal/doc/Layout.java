package org.saywho.internal.doc;

import java.util.List;
import java.util.Optional;
import org.saywho.Byline;
import org.saywho.Span;

/**
 * The article's layout: its body paragraphs and the byline taken out of them.
 *
 * @param paragraphs the body paragraphs, the byline line excluded
 * @param byline the byline, when the article has one
 */
public record Layout(List<Span> paragraphs, Optional<Byline> byline) {

  /** Copies the paragraphs. */
  public Layout {
    paragraphs = List.copyOf(paragraphs);
  }
}
