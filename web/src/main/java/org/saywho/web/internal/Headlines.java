package org.saywho.web.internal;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The headline when the page declares none: its article's main heading, else its title. */
public final class Headlines {

  /** " | Site", " - Site", " — Site" at the end of a title. */
  private static final Pattern SITE_TAIL = Pattern.compile("\\s+[|–—-]\\s+[^|–—-]{2,60}$");
  private static final int MIN_WORDS = 3;

  private Headlines() {}

  /**
   * Reads the headline from the page's headings.
   *
   * @param doc the page, before cleaning
   * @return the first {@code h1} inside the article, else the first of three words or more in the page
   *     (a shorter one outside the article is a site's name), else the title
   */
  public static Optional<String> fromPage(Document doc) {
    for (Element h1 : doc.select("article h1, main h1, h1")) {
      String text = Metadata.clean(h1.text());
      boolean inArticle = !h1.parents().select("article, main").isEmpty();
      if (!text.isEmpty() && (inArticle || text.split("\\s+").length >= MIN_WORDS) && h1.select("img").isEmpty()) {
        return Optional.of(text);
      }
    }
    String title = Metadata.clean(doc.title());
    return title.isEmpty() ? Optional.empty() : Optional.of(title);
  }

  /**
   * Takes a known site name off the end of a declared headline ("Oil falls - Reuters").
   *
   * @param headline the headline
   * @param outlet the site name, when known
   * @return the headline without it
   */
  public static String withoutOutlet(String headline, Optional<String> outlet) {
    if (outlet.isPresent()) {
      for (String sep : new String[] {" | ", " - ", " – ", " — "}) {
        if (headline.endsWith(sep + outlet.get())) {
          return headline.substring(0, headline.length() - sep.length() - outlet.get().length()).strip();
        }
      }
    }
    return headline;
  }

  /**
   * Takes the site's name off the end of a page title ("Oil falls - Reuters"): the known site name,
   * else a short last part after a separator.
   *
   * @param headline the headline
   * @param outlet the site name, when known
   * @return the headline alone
   */
  public static String withoutSite(String headline, Optional<String> outlet) {
    String h = withoutOutlet(headline, outlet);
    if (!h.equals(headline)) {
      return h;
    }
    var m = SITE_TAIL.matcher(h);
    if (m.find() && !h.substring(0, m.start()).isBlank()) {
      String tail = h.substring(m.start()).replaceAll("^\\s+[|–—-]\\s+", "");
      if (tail.split("\\s+").length <= 4) {
        return h.substring(0, m.start()).strip();
      }
    }
    return h;
  }
}
