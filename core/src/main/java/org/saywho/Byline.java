package org.saywho;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The article's byline: who wrote it and for which outlet, as in "Ahmed Kamel – Egypt Daily News" or
 * "By Ahmed Kamel". At least one part is named; a blank part is read as absent.
 *
 * @param author the writer's name; empty when the byline names only an outlet
 * @param outlet the publication; empty when the byline names only a writer
 * @param span the byline line in the article
 */
public record Byline(Optional<String> author, Optional<String> outlet, Span span) {

  /**
   * Checks the components and drops blank parts.
   *
   * @throws IllegalArgumentException when neither part is named
   */
  public Byline {
    author = Objects.requireNonNull(author, "author").map(String::strip).filter(a -> !a.isEmpty());
    outlet = Objects.requireNonNull(outlet, "outlet").map(String::strip).filter(o -> !o.isEmpty());
    Objects.requireNonNull(span, "span");
    if (author.isEmpty() && outlet.isEmpty()) {
      throw new IllegalArgumentException("a byline names an author or an outlet");
    }
  }

  /** Returns the named parts, author first: what the byline says, without its punctuation. */
  public List<String> parts() {
    return Stream.of(author, outlet).flatMap(Optional::stream).toList();
  }
}
