package org.saywho.cli.report;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jsoup.nodes.Entities;
import org.saywho.Claim;
import org.saywho.Extraction;
import org.saywho.Quote;
import org.saywho.Span;
import org.saywho.Speaker;

/**
 * A self-contained HTML page of one article: each quote highlighted in its speaker's colour, cues
 * underlined, a hover card with speaker, role and type; beside it the speakers (quotes, share of quoted
 * words, roles) and the check-worthy claims. Self-contained: inline style, one inline line of script
 * that counts the highlighted quotes, no fonts, images or network.
 */
public final class ReportPage {

  private static final String[] COLOURS = {
      "#ffd166", "#8ecae6", "#b5e48c", "#f4a3c0", "#cdb4db", "#ffb4a2", "#99e2b4", "#a0c4ff", "#fdffb6", "#e0b1cb",
      "#ffc6ff", "#caffbf"};
  private static final String NOBODY = "#dddddd";
  /** What the marks mean. */
  private static final String LEGEND = "<p class=\"legend\">Each speaker has a colour (grey: speaker unknown) · "
      + "<mark class=\"q direct\" style=\"background-color:#ffd166\">direct quote</mark> · "
      + "<mark class=\"q mixed\" style=\"background-color:#ffd166\">mixed quote (outlined)</mark> · "
      + "<mark class=\"q indirect\" style=\"background-color:#ffd166\">reported speech (hatched)</mark> · "
      + "<u class=\"cue\">cue</u></p>";
  /** Records on the body how many quotes the browser actually paints highlighted (read by the tests). */
  private static final String SELF_CHECK = "document.body.dataset.highlighted=new Set([...document.querySelectorAll("
      + "'article mark.q')].filter(e=>getComputedStyle(e).backgroundColor!=='rgba(0, 0, 0, 0)').map(e=>e.dataset.q)).size;";

  private ReportPage() {}

  /**
   * The colour of the {@code i}th speaker: a hand-picked palette, then hues a golden angle apart in
   * two lightnesses, so that 24 and more speakers stay apart.
   *
   * @param i the speaker's index in the article, from 0
   * @return a CSS colour
   */
  public static String colourOf(int i) {
    if (i < COLOURS.length) {
      return COLOURS[i];
    }
    int k = i - COLOURS.length;
    double hue = (k * 137.508 + 15) % 360;
    return String.format(java.util.Locale.ROOT, "hsl(%.0f,70%%,%d%%)", hue, k % 2 == 0 ? 78 : 68);
  }

  /**
   * Renders the page.
   *
   * @param title what the page is called (the file name)
   * @param x the extraction of the article
   * @return the whole HTML document
   */
  public static String render(String title, Extraction x) {
    return render(title, Optional.empty(), x);
  }

  /**
   * Renders the page with the article's headline in its header.
   *
   * @param title what the page is called (the file name, the request)
   * @param headline the article's headline, when it has one
   * @param x the extraction of the article
   * @return the whole HTML document
   */
  public static String render(String title, Optional<String> headline, Extraction x) {
    Map<Speaker, Integer> index = new IdentityHashMap<>();
    x.speakers().forEach(s -> index.put(s, index.size()));
    StringBuilder h = new StringBuilder(x.text().length() * 2 + 4096);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(esc("SayWho: " + title)).append("</title>\n<style>").append(Style.CSS).append("</style></head>\n<body>\n")
        .append("<header><h1>").append(esc(headline.orElse("Who said what"))).append("</h1><p class=\"source\">")
        .append(esc(title)).append(" · ")
        .append(x.quotes().size()).append(" quotes, ").append(x.speakers().size()).append(" speakers")
        .append(x.byline().map(b -> " · by " + esc(String.join(" – ",
            b.parts()))).orElse(""))
        .append("</p>").append(LEGEND).append("</header>\n<main><article id=\"article\">");
    article(h, x, index);
    h.append("</article>\n<aside>");
    speakers(h, x, index);
    claims(h, x);
    h.append("</aside></main>\n<script>").append(SELF_CHECK).append("</script>\n</body></html>\n");
    return h.toString();
  }

  /** The text cut at every quote and cue boundary; each piece wrapped in what covers it. */
  private static void article(StringBuilder h, Extraction x, Map<Speaker, Integer> index) {
    String text = x.text();
    List<Quote> quotes = x.quotes().list();
    List<Span> cues = new ArrayList<>();
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    for (Quote q : quotes) {
      cuts.add(q.span().start());
      cuts.add(q.span().end());
      q.cue().ifPresent(c -> {
        cues.add(c.span());
        cuts.add(c.span().start());
        cuts.add(c.span().end());
      });
    }
    Integer from = null;
    for (int to : cuts) {
      if (from != null && to > from) {
        piece(h, text, Span.of(from, to), quotes, cues, index);
      }
      from = to;
    }
  }

  private static void piece(StringBuilder h, String text, Span s, List<Quote> quotes, List<Span> cues,
      Map<Speaker, Integer> index) {
    int q = innermost(quotes, s);
    boolean cue = cues.stream().anyMatch(c -> c.contains(s));
    if (q >= 0) {
      Quote quote = quotes.get(q);
      String colour = quote.speaker().map(sp -> colourOf(index.get(sp))).orElse(NOBODY);
      h.append("<mark class=\"q ").append(quote.type().name().toLowerCase(Locale.ROOT)).append("\" data-q=\"").append(q)
          .append("\" style=\"background-color:").append(colour).append("\" title=\"").append(esc(hover(quote))).append("\">");
    }
    if (cue) {
      h.append("<u class=\"cue\">");
    }
    h.append(esc(s.in(text)));
    h.append(cue ? "</u>" : "").append(q >= 0 ? "</mark>" : "");
  }

  private static int innermost(List<Quote> quotes, Span s) {
    int best = -1;
    for (int i = 0; i < quotes.size(); i++) {
      if (quotes.get(i).span().contains(s)
          && (best < 0 || quotes.get(i).span().length() < quotes.get(best).span().length())) {
        best = i;
      }
    }
    return best;
  }

  private static String hover(Quote q) {
    String who = q.speaker().map(s -> s.name() + (s.roles().isEmpty() ? "" : ", " + String.join("; ", s.roles())))
        .orElse("speaker unknown");
    return who + " · " + q.type().name().toLowerCase(Locale.ROOT) + q.cue().map(c -> " · " + c.lemma()).orElse("");
  }

  private static void speakers(StringBuilder h, Extraction x, Map<Speaker, Integer> index) {
    long quotedWords = x.quotes().stream().mapToLong(q -> words(q.text())).sum();
    h.append("<section><h2>Speakers</h2><table><thead><tr><th></th><th>speaker</th><th>quotes</th>")
        .append("<th>quoted words</th><th>roles</th></tr></thead><tbody>");
    List<Speaker> bySize = new ArrayList<>(x.speakers());
    bySize.sort((a, b) -> Integer.compare(x.quotes().by(b).size(), x.quotes().by(a).size()));
    for (Speaker s : bySize) {
      long w = x.quotes().by(s).stream().mapToLong(q -> words(q.text())).sum();
      h.append("<tr><td><span class=\"swatch\" style=\"background:").append(colourOf(index.get(s)))
          .append("\"></span></td><td>").append(esc(s.name())).append(" <small>")
          .append(s.type().name().toLowerCase(Locale.ROOT)).append("</small></td><td class=\"n\">")
          .append(x.quotes().by(s).size()).append("</td><td class=\"n\">")
          .append(quotedWords == 0 ? "–" : String.format(Locale.ROOT, "%.0f%%", 100.0 * w / quotedWords))
          .append("</td><td>").append(esc(String.join("; ", s.roles()))).append("</td></tr>");
    }
    h.append("</tbody></table></section>");
  }

  private static void claims(StringBuilder h, Extraction x) {
    List<Claim> worthy = x.claims().checkWorthy().list();
    if (worthy.isEmpty()) {
      return;
    }
    h.append("<section><h2>Check-worthy claims</h2><ol class=\"claims\">");
    for (Claim c : worthy) {
      h.append("<li><span class=\"score\">").append(String.format(Locale.ROOT, "%.2f", c.checkWorthiness()))
          .append("</span> ").append(esc(c.text())).append(" <small>— ")
          .append(esc(c.claimant().map(Speaker::name).orElse("the article"))).append(", ")
          .append(c.type().name().toLowerCase(Locale.ROOT)).append(c.hedged() ? ", hedged" : "").append("</small></li>");
    }
    h.append("</ol></section>");
  }

  private static long words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  private static String esc(String s) {
    return Entities.escape(s);
  }
}
