package org.saywho.examples.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.saywho.Extraction;
import org.saywho.Quote;
import org.saywho.Span;

/**
 * Scores extractions against gold articles by the rules of {@code ../shared/score.py}: a gold quote
 * is found when an unused system quote of a wanted type overlaps it with IoU at least 0.5 after
 * trimming quote marks, spaces and punctuation; a found quote is attributed right when the system's
 * speaker mention, or any mention of its speaker, overlaps the gold speaker, or the speaker's name
 * ends in the same word as the gold speaker (pronouns excluded).
 */
public final class Scorer {

  private static final String TRIM = " \t\r\n\"“”‘’'«»„‚.,;:!?—–-()[]";
  private static final Set<String> PRONOUNS = Set.of(
      "he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "its", "their");

  private final Set<String> types;
  private long tp;
  private long fp;
  private long fn;
  private long right;
  private long judged;

  /**
   * Creates a scorer for the given gold types.
   *
   * @param types lower-case types to score: "direct", "mixed", "indirect"
   */
  public Scorer(Set<String> types) {
    this.types = Set.copyOf(types);
  }

  /**
   * Adds one article's result.
   *
   * @param gold the gold article
   * @param system the extraction of its text
   */
  public void add(Gold gold, Extraction system) {
    String text = gold.text();
    List<Quote> sys = system.quotes().stream().filter(q -> types.contains(q.type().name().toLowerCase(Locale.ROOT))).toList();
    Set<Integer> used = new HashSet<>();
    for (Gold.Quote g : gold.quotes()) {
      if (!types.contains(g.type())) {
        continue;
      }
      Span gs = trim(text, g.span());
      double best = 0;
      int bi = -1;
      for (int i = 0; i < sys.size(); i++) {
        if (used.contains(i)) {
          continue;
        }
        double v = iou(gs, trim(text, sys.get(i).span()));
        if (v > best) {
          best = v;
          bi = i;
        }
      }
      if (best >= 0.5) {
        used.add(bi);
        tp++;
        if (g.speakerSpan().isPresent()) {
          judged++;
          right += attributed(text, g, sys.get(bi)) ? 1 : 0;
        }
      } else {
        fn++;
      }
    }
    fp += sys.size() - used.size();
  }

  /** Returns the scores so far. */
  public Scores scores() {
    double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    double acc = judged == 0 ? 0 : (double) right / judged;
    return new Scores(p, r, f, acc, tp + fn, tp, fp);
  }

  private static boolean attributed(String text, Gold.Quote g, Quote s) {
    Span gs = g.speakerSpan().orElseThrow();
    if (s.speakerMention().map(m -> m.overlaps(gs)).orElse(false)
        || s.speaker().map(sp -> sp.mentions().stream().anyMatch(m -> m.overlaps(gs))).orElse(false)) {
      return true;
    }
    String gw = lastWord(g.canonical().or(g::speaker).orElse(""));
    String name = s.speaker().map(sp -> sp.name()).or(() -> s.speakerMention().map(m -> m.in(text))).orElse("");
    return !name.isEmpty() && !gw.isEmpty() && !PRONOUNS.contains(gw) && lastWord(name).equals(gw);
  }

  static String lastWord(String s) {
    String cleaned = s.replace("’s", "").replace("'s", "");
    String last = "";
    for (String w : cleaned.split("\\s+")) {
      String stripped = strip(w);
      if (!stripped.isEmpty()) {
        last = stripped;
      }
    }
    return last.toLowerCase(Locale.ROOT);
  }

  private static String strip(String w) {
    int s = 0;
    int e = w.length();
    while (s < e && (w.charAt(s) == '.' || w.charAt(s) == ',')) {
      s++;
    }
    while (e > s && (w.charAt(e - 1) == '.' || w.charAt(e - 1) == ',')) {
      e--;
    }
    return w.substring(s, e);
  }

  static Span trim(String text, Span span) {
    int s = span.start();
    int e = span.end();
    while (s < e && TRIM.indexOf(text.charAt(s)) >= 0) {
      s++;
    }
    while (e > s && TRIM.indexOf(text.charAt(e - 1)) >= 0) {
      e--;
    }
    return Span.of(s, e);
  }

  static double iou(Span a, Span b) {
    int inter = Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
    int union = Math.max(a.end(), b.end()) - Math.min(a.start(), b.start());
    return union == 0 ? 0 : (double) inter / union;
  }

  /** Returns the type names scored. */
  public List<String> types() {
    return new ArrayList<>(types);
  }
}
