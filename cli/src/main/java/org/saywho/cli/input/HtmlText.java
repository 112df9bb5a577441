package org.saywho.cli.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article in a news web page, as plain text SayWho reads: the headline, a byline line ("By Jane
 * Roe – Outlet") and one line per paragraph, separated by blank lines. Navigation, scripts, styles,
 * ads, share bars, related links and comments are dropped; the body is the page's {@code <article>}
 * or {@code articleBody}, else the element that holds the most paragraph text.
 */
public final class HtmlText {

  private static final String CLUTTER = String.join(",",
      "script", "style", "noscript", "template", "iframe", "svg", "canvas", "form", "button", "input", "select",
      "nav", "aside", "footer", "[role=navigation]", "[role=banner]", "[role=complementary]", "[role=contentinfo]",
      "[aria-hidden=true]", "[hidden]",
      "[class~=(?i)(^|[-_ ])(ads?|advert\\w*|sponsor\\w*|promo|share|social|related|newsletter|subscribe"
          + "|comments?|cookie\\w*|popup|modal|breadcrumbs?|menu|sidebar|recirc\\w*|outbrain|taboola)([-_ ]|$)]",
      "[id~=(?i)(^|[-_ ])(ads?|comments?|disqus\\w*|sidebar|related|newsletter|cookie\\w*|menu)([-_ ]|$)]");
  private static final String BLOCKS = "p, h2, h3, h4, blockquote, li, pre";
  private static final int MIN_BODY_CHARS = 200;
  private static final Pattern BYLINE_TAIL = Pattern.compile("\\s*(\\||•|·|\\bUpdated\\b|\\bPublished\\b|\\bPosted\\b).*$",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private HtmlText() {}

  /**
   * Extracts the article text of a web page.
   *
   * @param html the page
   * @return the article as text: headline, byline, paragraphs; empty when the page has no text
   */
  public static String of(String html) {
    return of(Jsoup.parse(html));
  }

  /**
   * Extracts the article text of a saved web page, decoded by its byte-order mark or declared
   * charset, else as UTF-8.
   *
   * @param page the file
   * @return the article as text
   * @throws IOException when the file cannot be read
   */
  public static String of(Path page) throws IOException {
    return of(Jsoup.parse(page.toFile(), null));
  }

  private static String of(Document doc) {
    String title = title(doc);
    String byline = byline(doc);
    doc.select(CLUTTER).remove();
    Element body = body(doc);
    List<String> lines = new ArrayList<>();
    add(lines, title);
    if (!byline.isEmpty() && !title.contains(byline)) {
      add(lines, byline);
    }
    for (Element block : body.select(BLOCKS)) {
      if (nestedInBlock(block, body)) {
        continue;
      }
      String text = block.text();
      if (!text.equals(title) && !text.equals(byline) && !isBylineLine(block)) {
        add(lines, text);
      }
    }
    if (lines.size() <= (title.isEmpty() ? 0 : 1) + (byline.isEmpty() ? 0 : 1)) {
      add(lines, body.text());
    }
    return String.join("\n\n", lines);
  }

  /** Whether a block lies inside another block of the body, whose text already holds it. */
  private static boolean nestedInBlock(Element e, Element body) {
    for (Element p = e.parent(); p != null && p != body; p = p.parent()) {
      if (p.is(BLOCKS)) {
        return true;
      }
    }
    return false;
  }

  private static void add(List<String> lines, String text) {
    String t = text.strip();
    if (!t.isEmpty() && (lines.isEmpty() || !lines.get(lines.size() - 1).equals(t))) {
      lines.add(t);
    }
  }

  private static String title(Document doc) {
    Element h1 = doc.selectFirst("article h1, [itemprop=headline], h1");
    if (h1 != null && !h1.text().isBlank()) {
      return h1.text();
    }
    return Optional.ofNullable(doc.selectFirst("meta[property=og:title]")).map(m -> m.attr("content"))
        .filter(t -> !t.isBlank()).orElse(doc.title());
  }

  /** "By Author – Outlet" from the page's author markup and site name, or "" when it names no author. */
  private static String byline(Document doc) {
    String author = first(doc, "[rel=author]", "[itemprop=author] [itemprop=name]", "[itemprop=author]",
        ".byline__name", ".author-name", ".byline", ".author", "meta[name=author]");
    author = BYLINE_TAIL.matcher(author.replaceFirst("(?i)^by\\s+", "")).replaceFirst("").strip();
    if (author.isEmpty()) {
      return "";
    }
    String outlet = first(doc, "meta[property=og:site_name]", "meta[name=application-name]");
    return "By " + author + (outlet.isEmpty() ? "" : " – " + outlet);
  }

  private static String first(Document doc, String... selectors) {
    for (String selector : selectors) {
      Element e = doc.selectFirst(selector);
      if (e != null) {
        String text = e.is("meta") ? e.attr("content") : e.text();
        if (!text.isBlank()) {
          return text.strip();
        }
      }
    }
    return "";
  }

  private static boolean isBylineLine(Element block) {
    return block.is(".byline, .author, [rel=author], [itemprop=author]")
        || block.selectFirst("[rel=author], [itemprop=author]") != null && block.text().length() < 80;
  }

  /**
   * The article body: the largest element marked {@code articleBody}, else the largest
   * {@code <article>}, else {@code <main>}, else the element whose own paragraphs hold the most text.
   */
  private static Element body(Document doc) {
    for (String marked : List.of("[itemprop=articleBody]", "article", "main, [role=main]")) {
      Element largest = doc.select(marked).stream().max(Comparator.comparingInt(HtmlText::paragraphText)).orElse(null);
      if (largest != null && paragraphText(largest) > MIN_BODY_CHARS) {
        return largest;
      }
    }
    return doc.select("p").parents().stream()
        .max(Comparator.comparingInt(e -> e.children().select("> p").text().length()))
        .orElse(doc.body());
  }

  private static int paragraphText(Element e) {
    return e.select("p").text().length();
  }
}
