package org.saywho.web;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.saywho.web.internal.BodyFinder;
import org.saywho.web.internal.Charsets;
import org.saywho.web.internal.Cleaner;
import org.saywho.web.internal.Furniture;
import org.saywho.web.internal.Headlines;
import org.saywho.web.internal.Metadata;

/**
 * Reads a news web page like a reader: the article's paragraphs without the page around them, and the
 * metadata the page declares.
 *
 * <pre>{@code
 * WebArticle article = WebPage.read(html, "https://example.com/news/1");
 * Extraction x = Extractor.extract(article.text());
 * }</pre>
 *
 * <p>Thread-safe and stateless. Never throws on odd HTML: a page with no article gives an empty
 * article.
 */
public final class WebPage {

  /** A page whose body text is shorter falls back to its declared {@code articleBody}. */
  private static final int MIN_BODY_CHARS = 300;

  private WebPage() {}

  /**
   * Reads a page given as text.
   *
   * @param html the page
   * @param baseUrl the page's URL, or "" when unknown
   * @return the article
   * @throws NullPointerException when an argument is null
   */
  public static WebArticle read(String html, String baseUrl) {
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(baseUrl, "baseUrl");
    return read(Jsoup.parse(html, baseUrl), baseUrl);
  }

  /**
   * Reads a page given as bytes, decoded by its byte-order mark, the charset its HTTP header or its
   * markup declares, else as UTF-8 when the bytes are valid UTF-8, else as Windows-1252.
   *
   * @param page the page's bytes
   * @param contentType the HTTP Content-Type header, or "" when there is none
   * @param baseUrl the page's URL, or "" when unknown
   * @return the article
   * @throws NullPointerException when an argument is null
   */
  public static WebArticle read(byte[] page, String contentType, String baseUrl) {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(contentType, "contentType");
    Charset charset = Charsets.of(page, contentType);
    return read(new String(page, charset), baseUrl);
  }

  private static WebArticle read(Document doc, String baseUrl) {
    Metadata meta = Metadata.of(doc);
    Optional<String> headline = meta.headline().map(h -> Headlines.withoutOutlet(h, meta.outlet()))
        .or(() -> Headlines.fromPage(doc).map(h -> Headlines.withoutSite(h, meta.outlet())));
    Cleaner.clean(doc);
    List<String> paragraphs = new ArrayList<>();
    for (Element block : BodyFinder.blocks(doc.body())) {
      String text = block.text().strip();
      if (!Furniture.is(block, text) && !headline.map(text::equals).orElse(false) && !repeats(paragraphs, text)) {
        paragraphs.add(text);
      }
    }
    int length = paragraphs.stream().mapToInt(String::length).sum();
    Optional<String> declared = meta.articleBody().filter(b -> b.length() > Math.max(MIN_BODY_CHARS, 2 * length));
    if (declared.isPresent()) {
      paragraphs = List.of(declared.get().split("\\s*\\n\\s*"));
    }
    Optional<String> url = meta.url().or(() -> baseUrl.isBlank() ? Optional.empty() : Optional.of(baseUrl));
    return new WebArticle(headline, meta.authors(), meta.outlet(), meta.published(), url, meta.language(), paragraphs);
  }

  /** Whether the text repeats the paragraph before it (a teaser repeated as the first line). */
  private static boolean repeats(List<String> paragraphs, String text) {
    return !paragraphs.isEmpty() && paragraphs.get(paragraphs.size() - 1).equals(text);
  }
}
