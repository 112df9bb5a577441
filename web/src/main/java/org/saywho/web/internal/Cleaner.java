package org.saywho.web.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Removes what a reader skips: scripts, navigation, figures and captions, forms, and containers whose
 * class or id names them page furniture (ads, share bars, related links, newsletters, comments). A
 * container is removed by its name only when it holds a small part of the page's text, so a
 * misleading name on the article's own container ("one-sidebar", "modal-enabled") costs nothing.
 * Then runs of inline content inside containers become paragraphs, as a reader sees them.
 */
public final class Cleaner {

  private static final String NEVER_TEXT = String.join(",",
      "script", "style", "noscript", "template", "iframe", "svg", "canvas", "button", "input", "select", "textarea",
      "nav", "figure", "figcaption", "picture", "video", "audio", "object", "embed", "link", "meta", "dialog",
      "aside", "footer", "[hidden]", "[aria-hidden=true]", "[role=navigation]", "[role=banner]", "[role=complementary]",
      "[role=contentinfo]", "[role=dialog]", "[role=alert]", "[role=button]", "[role=menu]", "[role=toolbar]");
  /** A class or id word naming furniture: the whole word, or one of its parts split at '-' or '_'. */
  private static final Pattern FURNITURE = Pattern.compile(
      "ads?|advert\\w*|adslot|dfp|sponsor\\w*|promo\\w*|share\\w*|sharing|social\\w*|related\\w*|newsletter\\w*"
          + "|subscri\\w*|signup|comments?|disqus|cookie\\w*|consent|popup|modal|breadcrumbs?|menu|sidebar|rail"
          + "|recirc\\w*|outbrain|taboola|trending|popular|most|recommend\\w*|more|read|next|prev|widget|toolbar"
          + "|masthead|nav\\w*|footer|header|banner|caption|credit|byline|dateline|timestamp|author|bio|tags?"
          + "|keywords?|topics|teaser|card|video|gallery|slideshow|photo|image|media|embed|tweet|twitter|facebook"
          + "|print|email|login|paywall|meter|overlay|hidden|visually|sr|skip|jump|toc|livefyre|feedback|survey"
          + "|partner|affiliate|shop|deals?|donate|alert|notification|breaking",
      Pattern.CASE_INSENSITIVE);
  /** A class or id word naming the article's own text. */
  private static final Pattern CONTENT = Pattern.compile(
      ".*(article|body|content|entry|main|post|story|text|blog|paragraph|prose|rich).*", Pattern.CASE_INSENSITIVE);
  private static final Set<String> KEEP = Set.of("html", "body", "main", "article");
  private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn",
      "em", "font", "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
      "wbr", "strike", "tt", "big", "del", "ins", "label");
  private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main", "td", "center", "body",
      "header", "dd", "li");
  /** A removed container may hold at most this share of the page's text. */
  private static final double MAX_FURNITURE_SHARE = 0.3;

  private Cleaner() {}

  /**
   * Cleans {@code doc} in place.
   *
   * @param doc a parsed page
   */
  public static void clean(Document doc) {
    doc.select(NEVER_TEXT).remove();
    Element body = doc.body();
    int total = Math.max(1, body.text().length());
    List<Element> furniture = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      boolean furnitureTag = e.normalName().equals("form") || e.normalName().equals("header");
      if (!KEEP.contains(e.normalName()) && (furnitureTag || named(e) || hiddenByStyle(e))
          && e.text().length() < MAX_FURNITURE_SHARE * total) {
        furniture.add(e);
      }
    }
    furniture.forEach(Element::remove);
    for (Element card : body.select("p span, p div")) {
      if (card.parent() != null && card.select("a").size() >= 2 && BodyFinder.linkDensity(card) > 0.9) {
        card.remove(); // a hover card or link list set inside a paragraph
      }
    }
    for (Element e : new ArrayList<>(body.getAllElements())) {
      if (CONTAINERS.contains(e.normalName()) && e.parent() != null) {
        paragraphsFromInlineRuns(e);
      }
    }
  }

  private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

  /** Whether an inline style hides the element from the reader. */
  private static boolean hiddenByStyle(Element e) {
    return e.hasAttr("style") && HIDDEN_STYLE.matcher(e.attr("style")).find();
  }

  /** Whether the element's class or id names page furniture and nothing of the article's text. */
  static boolean named(Element e) {
    String names = (e.className() + " " + e.id()).trim();
    if (names.isEmpty()) {
      return false;
    }
    boolean furniture = false;
    for (String word : names.split("\\s+")) {
      if (CONTENT.matcher(word).matches()) {
        return false;
      }
      for (String part : word.toLowerCase(Locale.ROOT).split("[-_]+")) {
        furniture |= FURNITURE.matcher(part).matches();
      }
    }
    return furniture;
  }

  /**
   * Wraps each run of text and inline elements directly inside {@code e} in a {@code <p>}, and splits
   * runs at double line breaks: a {@code <div>} of text or a body written with {@code <br>} reads as
   * paragraphs.
   */
  private static void paragraphsFromInlineRuns(Element e) {
    List<Node> run = new ArrayList<>();
    for (Node child : new ArrayList<>(e.childNodes())) {
      boolean inline = child instanceof TextNode || child instanceof Element c && INLINE.contains(c.normalName());
      boolean lineBreak = child instanceof Element c && c.normalName().equals("br");
      if (inline) {
        run.add(child);
      } else if (lineBreak && !lastIsBreak(run)) {
        run.add(child);
      } else {
        wrap(run);
        run = new ArrayList<>();
        if (lineBreak) {
          child.remove();
        }
      }
    }
    wrap(run);
  }

  private static boolean lastIsBreak(List<Node> run) {
    return !run.isEmpty() && run.get(run.size() - 1) instanceof Element b && b.normalName().equals("br");
  }

  private static void wrap(List<Node> run) {
    StringBuilder text = new StringBuilder();
    for (Node n : run) {
      text.append(n instanceof TextNode t ? t.text() : n instanceof Element el ? el.text() : "");
    }
    if (run.isEmpty() || text.toString().isBlank() || run.get(0).parent() instanceof Element p && p.normalName().equals("p")) {
      return;
    }
    Element p = new Element("p");
    run.get(0).before(p);
    for (Node n : run) {
      p.appendChild(n);
    }
  }
}
