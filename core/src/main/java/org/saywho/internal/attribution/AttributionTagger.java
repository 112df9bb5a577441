package org.saywho.internal.attribution;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.learn.Maxent;
import org.saywho.internal.lexicon.Resources;

/**
 * The trained attribution tagger: a maximum-entropy Markov model that labels each token as the
 * begin or inside of an attribution's content, part of its cue or source, or outside, left to right
 * within a paragraph, each label seeing the two before it. Trained on PolNeAR by
 * {@link AttributionTrainer}; immutable and thread-safe.
 */
public final class AttributionTagger {

  /** Classpath path of the shipped model. */
  public static final String MODEL = "org/saywho/models/attribution.bin";

  /** A token's label. */
  enum Label {
    /** Outside every attribution. */
    O,
    /** The first token of a content. */
    B,
    /** Inside a content. */
    I,
    /** Part of a cue. */
    CUE,
    /** Part of a source. */
    SRC
  }

  private static final Label[] LABELS = Label.values();
  /**
   * Log-odds added to starting a content: the model, trained on every token, is shy of starting one.
   * Chosen on PolNeAR dev for the shipped model among 0.5 to 2.0 (all-attribution F1 .693 at 0.5, .703
   * at 1.0 with speaker accuracy .946, .704 at 1.2 and 1.3 with .943, .701 at 1.5, .685 at 2.0;
   * measured when chosen): of the bonuses within .001 of the best F1, the one with the most accurate
   * speakers, since more contents bring more speakers to resolve.
   */
  static final double BEGIN_BONUS = 1.0;
  /** Index of the grammar's label among a token's features ({@link TokenFeatures}). */
  private static final int RULE = TokenFeatures.RULE;

  private final Map<String, Context> weights;
  private final int[] labelOf;

  @SuppressWarnings("unchecked")
  AttributionTagger(MaxentModel model) {
    Object[] data = ((AbstractModel) model).getDataStructures();
    this.weights = (Map<String, Context>) data[1];
    String[] outcomes = (String[]) data[2];
    this.labelOf = new int[outcomes.length];
    for (int i = 0; i < outcomes.length; i++) {
      labelOf[i] = Label.valueOf(outcomes[i]).ordinal();
    }
  }

  /**
   * Loads the shipped model.
   *
   * @return the tagger
   * @throws IllegalStateException when the model is missing
   */
  public static AttributionTagger load() {
    try (InputStream in = Resources.open(MODEL)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + MODEL, e);
    }
  }

  /**
   * Reads a model in OpenNLP's binary format.
   *
   * @param in the model's bytes
   * @return the tagger
   * @throws IOException when the bytes are not a model
   */
  public static AttributionTagger read(InputStream in) throws IOException {
    return new AttributionTagger(Maxent.read(in));
  }

  /**
   * Labels every token with the most probable label sequence of each paragraph (Viterbi over the
   * model's label-given-previous-label probabilities).
   */
  Tagging label(Article doc, TokenFeatures.OfArticle features) {
    Tokens t = doc.tokens();
    Label[] out = new Label[t.size()];
    double[] probability = new double[t.size()];
    int start = 0;
    for (int i = 1; i <= t.size(); i++) {
      if (i == t.size() || doc.paragraphOf(i) != doc.paragraphOf(start)) {
        viterbi(features, start, i, out, probability);
        start = i;
      }
    }
    return new Tagging(out, probability, this);
  }

  /**
   * The labels of an article's tokens.
   *
   * @param labels each token's label
   * @param probability each label's probability given the label before it
   * @param tagger the tagger that gave them
   */
  record Tagging(Label[] labels, double[] probability, AttributionTagger tagger) {

    /** The mean probability of the labels of tokens {@code [first, last]}. */
    double confidence(int first, int last) {
      double sum = 0;
      for (int i = first; i <= last; i++) {
        sum += probability[i];
      }
      return sum / (last - first + 1);
    }
  }

  /** Flat arrays, {@code k} entries per token, so that a long paragraph costs little memory. */
  private void viterbi(TokenFeatures.OfArticle features, int from, int to, Label[] out, double[] probability) {
    int n = to - from;
    int k = LABELS.length;
    double[] best = new double[n * k];
    byte[] back = new byte[n * k];
    double[] chosen = new double[n * k];
    for (int i = 0; i < n; i++) {
      String[] f = features.at(from + i);
      double[] base = scores(f, f.length);
      Arrays.fill(best, i * k, i * k + k, Double.NEGATIVE_INFINITY);
      for (int prev = 0; prev < (i == 0 ? 1 : k); prev++) {
        double[] p = logProbabilities(base, history(f, LABELS[prev]));
        double before = i == 0 ? 0 : best[(i - 1) * k + prev];
        for (int cur = 0; cur < k; cur++) {
          double v = before + p[cur] + (LABELS[cur] == Label.B ? BEGIN_BONUS : 0);
          if (v > best[i * k + cur]) {
            best[i * k + cur] = v;
            back[i * k + cur] = (byte) prev;
            chosen[i * k + cur] = p[cur];
          }
        }
      }
    }
    int cur = 0;
    for (int c = 1; c < k; c++) {
      if (best[(n - 1) * k + c] > best[(n - 1) * k + cur]) {
        cur = c;
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      out[from + i] = LABELS[cur];
      probability[from + i] = Math.exp(chosen[i * k + cur]);
      cur = back[i * k + cur];
    }
  }

  /**
   * Whether the tagger learned a lemma as a cue word: of the weights its lemma feature carries, the
   * cue label's is the highest and above zero. A word it never saw as a cue ("inaugurates", "staged")
   * has none such, though its place after a subject and before an object may still read as a cue's.
   */
  boolean learnedAsCue(String lemma) {
    Context c = weights.get("l=" + lemma);
    if (c == null) {
      return false;
    }
    double cue = 0;
    double other = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < c.getOutcomes().length; j++) {
      if (labelOf[c.getOutcomes()[j]] == Label.CUE.ordinal()) {
        cue = c.getParameters()[j];
      } else {
        other = Math.max(other, c.getParameters()[j]);
      }
    }
    return cue > 0 && cue > other;
  }

  /** The summed weights of {@code count} features for each label. */
  private double[] scores(String[] features, int count) {
    double[] s = new double[LABELS.length];
    for (int j = 0; j < count; j++) {
      add(features[j], s);
    }
    return s;
  }

  private void add(String feature, double[] s) {
    Context c = weights.get(feature);
    if (c == null) {
      return;
    }
    int[] outcomes = c.getOutcomes();
    double[] params = c.getParameters();
    for (int j = 0; j < outcomes.length; j++) {
      s[labelOf[outcomes[j]]] += params[j];
    }
  }

  private double[] logProbabilities(double[] base, String[] history) {
    double[] s = base.clone();
    for (String h : history) {
      add(h, s);
    }
    double max = Double.NEGATIVE_INFINITY;
    for (double v : s) {
      max = Math.max(max, v);
    }
    double sum = 0;
    for (double v : s) {
      sum += Math.exp(v - max);
    }
    double log = max + Math.log(sum);
    for (int j = 0; j < s.length; j++) {
      s[j] -= log;
    }
    return s;
  }

  /** The features of the previous label. */
  static String[] history(String[] features, Label prev) {
    return new String[] {"L1=" + prev, "L1w=" + prev + "_" + features[TokenFeatures.WORD],
        "L1r=" + prev + "_" + features[RULE], "L1n=" + prev + "_" + features[TokenFeatures.NEXT]};
  }

  /** The static features plus those of the label before. */
  static String[] withHistory(String[] features, Label prev) {
    String[] h = history(features, prev);
    String[] f = Arrays.copyOf(features, features.length + h.length);
    System.arraycopy(h, 0, f, features.length, h.length);
    return f;
  }

  /** The runs of content labels: each a begin and the insides after it, as token ranges. */
  static List<Range> contents(Label[] labels) {
    List<Range> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= labels.length; i++) {
      Label l = i < labels.length ? labels[i] : Label.O;
      boolean inside = l == Label.I && start >= 0;
      if (!inside && start >= 0) {
        out.add(new Range(start, i - 1));
        start = -1;
      }
      if (l == Label.B || (l == Label.I && start < 0)) {
        start = i;
      }
    }
    return out;
  }
}
