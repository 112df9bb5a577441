package org.saywho.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A news article read from a web page: its body paragraphs and the metadata the page declares.
 *
 * @param headline the headline: the page's declared headline (JSON-LD, Open Graph) or its main heading
 * @param authors the writers' names, from the page's markup (JSON-LD, {@code meta} author,
 *     {@code rel=author}) or a "By …" line; empty when the page names none that reads as a name
 * @param outlet the publication (site name)
 * @param published when it was published, as the page declares it (ISO 8601 as given)
 * @param url the page's canonical URL, else the URL it was read from
 * @param language the page's language tag ("en", "en-US")
 * @param paragraphs the body, one paragraph per element, in reading order
 */
public record WebArticle(Optional<String> headline, List<String> authors, Optional<String> outlet,
    Optional<String> published, Optional<String> url, Optional<String> language, List<String> paragraphs) {

  /** Copies the lists and checks nothing is null. */
  public WebArticle {
    Objects.requireNonNull(headline, "headline");
    authors = List.copyOf(authors);
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(language, "language");
    paragraphs = List.copyOf(paragraphs);
  }

  /** Returns the body paragraphs joined by blank lines. */
  public String body() {
    return String.join("\n\n", paragraphs);
  }

  /**
   * Returns the article as the text SayWho reads: the headline, a byline line ("By A and B – Outlet")
   * when the page names an author, then the paragraphs, separated by blank lines.
   */
  public String text() {
    List<String> lines = new ArrayList<>();
    headline.ifPresent(lines::add);
    byline().ifPresent(lines::add);
    lines.addAll(paragraphs);
    return String.join("\n\n", lines);
  }

  /**
   * Returns the byline line, when the page names an author: "By A – Outlet" or "By A and B – Outlet",
   * the form SayWho reads bylines in (its first two authors; all are in {@link #authors()}). The outlet
   * is left out when it does not read as a name ("cleveland", "example.com").
   */
  public Optional<String> byline() {
    if (authors.isEmpty()) {
      return Optional.empty();
    }
    String names = authors.size() == 1 ? authors.get(0) : authors.get(0) + " and " + authors.get(1);
    Optional<String> named = outlet.filter(o -> Character.isUpperCase(o.codePointAt(0)) && !o.contains(".")
        && o.split("\\s+").length <= 6);
    return Optional.of("By " + names + named.map(o -> " – " + o).orElse(""));
  }

  /** Returns whether the page held no article text. */
  public boolean isEmpty() {
    return paragraphs.isEmpty();
  }
}
