package org.saywho;

import java.util.Objects;

/**
 * The article's byline: who wrote it and for which outlet, as in "Ahmed Kamel – Egypt Daily News" or
 * "By Ahmed Kamel". A part the byline does not name is the empty string; at least one part is named.
 *
 * @param author the writer's name, or "" when the byline names only an outlet
 * @param outlet the publication, or "" when the byline names only a writer
 * @param span the byline line in the article
 */
public record Byline(String author, String outlet, Span span) {

  /** Checks the components; throws {@link IllegalArgumentException} when both parts are blank. */
  public Byline {
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(span, "span");
    if (author.isBlank() && outlet.isBlank()) {
      throw new IllegalArgumentException("a byline names an author or an outlet");
    }
  }

  /** Returns whether the byline names a writer. */
  public boolean hasAuthor() {
    return !author.isBlank();
  }

  /** Returns whether the byline names an outlet. */
  public boolean hasOutlet() {
    return !outlet.isBlank();
  }
}
