package org.saywho.internal.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.saywho.Span;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Sentence;
import org.saywho.internal.doc.Tokens;

/**
 * The claim topics a user follows, matched to claims by stems: a topic term ("vaccine", "social
 * distancing") matches words with the same stems in sequence ("vaccines", "vaccinated", "Social
 * Distancing"); a hyphenated word matches by its parts ("COVID-19" matches "covid"). A claim is about a
 * topic {@link #OWN} when its own words name it, {@link #SENTENCE} when the rest of its sentence does
 * (its attribution), {@link #PARAGRAPH} when its paragraph does. Immutable and thread-safe.
 */
public final class Topics {

  /** Relevance of a topic the claim's own words name. */
  public static final double OWN = 1.0;
  /** Relevance of a topic named elsewhere in the claim's sentence. */
  public static final double SENTENCE = 0.75;
  /** Relevance of a topic named elsewhere in the claim's paragraph. */
  public static final double PARAGRAPH = 0.5;

  /** No topics: every claim is about none. */
  public static final Topics NONE = new Topics(List.of(), List.of());

  private static final String[] SUFFIXES = {"ations", "ation", "ings", "ing", "ated", "ates", "ate", "ies", "es", "ed", "s", "e", "y"};
  private static final int MIN_STEM = 3;

  private final List<String> terms;
  private final List<List<String>> stems;

  private Topics(List<String> terms, List<List<String>> stems) {
    this.terms = terms;
    this.stems = stems;
  }

  /**
   * Compiles topic terms.
   *
   * @param terms the terms, each one or more words
   * @return the topics
   */
  public static Topics of(List<String> terms) {
    List<List<String>> stems = new ArrayList<>();
    for (String term : terms) {
      List<String> words = new ArrayList<>();
      for (String w : term.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
        if (!w.isEmpty()) {
          words.add(stem(w));
        }
      }
      stems.add(List.copyOf(words));
    }
    return new Topics(List.copyOf(terms), List.copyOf(stems));
  }

  /** Returns the terms, in the order given. */
  public List<String> terms() {
    return terms;
  }

  /** Returns whether there are no topics. */
  public boolean isEmpty() {
    return terms.isEmpty();
  }

  /**
   * Returns the relevance of each topic to a claim: {@link #OWN}, {@link #SENTENCE}, {@link #PARAGRAPH}
   * or 0.
   *
   * @param doc the article
   * @param claim the claim's span
   * @return one relevance per term, in term order
   */
  public double[] relevance(Article doc, Span claim) {
    double[] out = new double[terms.size()];
    if (terms.isEmpty()) {
      return out;
    }
    Tokens t = doc.tokens();
    int first = t.firstAtOrAfter(claim.start());
    if (first >= t.size()) {
      return out;
    }
    Sentence sentence = doc.sentences().get(t.sentence(first));
    int paragraph = sentence.paragraph();
    int from = sentence.firstToken();
    while (from > 0 && doc.paragraphOf(from - 1) == paragraph) {
      from--;
    }
    int to = sentence.endToken();
    while (to < t.size() && doc.paragraphOf(to) == paragraph) {
      to++;
    }
    for (int k = 0; k < terms.size(); k++) {
      List<String> term = stems.get(k);
      for (int i = from; i < to && out[k] < OWN; i++) {
        int end = matchEnd(t, i, term);
        if (end < 0) {
          continue;
        }
        double level = t.start(i) >= claim.start() && t.end(end - 1) <= claim.end() ? OWN
            : i >= sentence.firstToken() && i < sentence.endToken() ? SENTENCE : PARAGRAPH;
        out[k] = Math.max(out[k], level);
      }
    }
    return out;
  }

  /** One past the last token of a match of {@code term} at token {@code i}, or -1. */
  private static int matchEnd(Tokens t, int i, List<String> term) {
    int at = i;
    int part = 0;
    String[] parts = parts(t.lower(at));
    for (String want : term) {
      if (part == parts.length) {
        at++;
        part = 0;
        if (at >= t.size()) {
          return -1;
        }
        parts = parts(t.lower(at));
      }
      if (part == 0 && at == i) {
        int found = -1;
        for (int p = 0; p < parts.length && found < 0; p++) {
          if (stem(parts[p]).equals(want)) {
            found = p;
          }
        }
        if (found < 0) {
          return -1;
        }
        part = found + 1;
      } else if (stem(parts[part]).equals(want)) {
        part++;
      } else {
        return -1;
      }
    }
    return at + 1;
  }

  private static String[] parts(String lower) {
    String[] parts = lower.split("-");
    return parts.length == 0 ? new String[] {lower} : parts;
  }

  /**
   * A light stem: the word without up to two common inflectional or derivational suffixes
   * ("viruses" → "viru" like "virus", "vaccinations" → "vaccin" like "vaccine").
   */
  static String stem(String w) {
    return strip(strip(w));
  }

  private static String strip(String w) {
    for (String suffix : SUFFIXES) {
      if (w.endsWith(suffix) && w.length() - suffix.length() >= MIN_STEM) {
        return w.substring(0, w.length() - suffix.length());
      }
    }
    return w;
  }
}
