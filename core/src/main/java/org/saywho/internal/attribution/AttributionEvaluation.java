package org.saywho.internal.attribution;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.saywho.Quote;
import org.saywho.Span;
import org.saywho.internal.doc.Attribution;

/**
 * Scores attributions against gold as {@code score.py} does: a gold content is found when an unused
 * attribution of the same type overlaps it with IoU at least 0.5, both trimmed of quote marks, spaces
 * and punctuation at their ends.
 */
public final class AttributionEvaluation {

  private static final String TRIM = " \t\r\n\"“”‘’'«»„‚.,;:!?—–-()[]";

  /**
   * Counts for one type of attribution.
   *
   * @param gold gold contents
   * @param found gold contents found
   * @param extra attributions that found none
   */
  public record Counts(int gold, int found, int extra) {

    /** Returns the sum of these counts and {@code o}. */
    public Counts plus(Counts o) {
      return new Counts(gold + o.gold, found + o.found, extra + o.extra);
    }
  }

  /**
   * A gold content and its type.
   *
   * @param content the content
   * @param type direct, mixed or indirect
   */
  public record GoldContent(Span content, Quote.Type type) {}

  private AttributionEvaluation() {}

  /**
   * Scores one article's attributions, by type.
   *
   * @param text the article
   * @param gold its gold contents
   * @param system the attributions found
   * @return the counts of each type
   */
  public static Map<Quote.Type, Counts> score(String text, List<GoldContent> gold, List<Attribution> system) {
    Map<Quote.Type, Counts> out = new EnumMap<>(Quote.Type.class);
    for (Quote.Type type : Quote.Type.values()) {
      out.put(type, match(text, gold.stream().filter(x -> x.type() == type).map(GoldContent::content).toList(),
          system.stream().filter(a -> a.type() == type).map(Attribution::content).toList()));
    }
    return out;
  }

  /**
   * Scores one article's attributions whatever their types, as {@code score.py} does for all types at once.
   *
   * @param text the article
   * @param gold its gold contents
   * @param system the attributions found
   * @return the counts
   */
  public static Counts scoreAll(String text, List<GoldContent> gold, List<Attribution> system) {
    return match(text, gold.stream().map(GoldContent::content).toList(), system.stream().map(Attribution::content).toList());
  }

  private static Counts match(String text, List<Span> g, List<Span> s) {
    boolean[] used = new boolean[s.size()];
    int found = 0;
    for (Span gs : g) {
      int best = -1;
      double bestIou = 0;
      for (int i = 0; i < s.size(); i++) {
        double v = used[i] ? 0 : iou(text, gs, s.get(i));
        if (v > bestIou) {
          bestIou = v;
          best = i;
        }
      }
      if (bestIou >= 0.5) {
        used[best] = true;
        found++;
      }
    }
    return new Counts(g.size(), found, s.size() - found);
  }

  /** Sums counts over articles. */
  public static Map<Quote.Type, Counts> sum(List<Map<Quote.Type, Counts>> articles) {
    Map<Quote.Type, Counts> out = new EnumMap<>(Quote.Type.class);
    for (Map<Quote.Type, Counts> a : articles) {
      a.forEach((k, v) -> out.merge(k, v, Counts::plus));
    }
    return out;
  }

  private static double iou(String text, Span a, Span b) {
    int[] x = trim(text, a);
    int[] y = trim(text, b);
    int inter = Math.max(0, Math.min(x[1], y[1]) - Math.max(x[0], y[0]));
    int union = Math.max(x[1], y[1]) - Math.min(x[0], y[0]);
    return union == 0 ? 0 : inter / (double) union;
  }

  private static int[] trim(String text, Span s) {
    int a = s.start();
    int b = s.end();
    while (a < b && TRIM.indexOf(text.charAt(a)) >= 0) {
      a++;
    }
    while (b > a && TRIM.indexOf(text.charAt(b - 1)) >= 0) {
      b--;
    }
    return new int[] {a, b};
  }
}
