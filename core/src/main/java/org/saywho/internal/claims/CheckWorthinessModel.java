package org.saywho.internal.claims;

import java.util.List;
import java.util.Properties;
import opennlp.tools.ml.model.MaxentModel;
import org.saywho.internal.learn.Maxent;
import org.saywho.internal.lexicon.Resources;

/**
 * The trained check-worthiness classifier: a logistic regression over {@link ClaimFeatures}, with
 * its probability corrected from the training corpus's prior to balanced classes, and the threshold
 * chosen in cross-validation. Immutable and thread-safe.
 */
public final class CheckWorthinessModel {

  /** The model's resource path in saywho-models. */
  public static final String MODEL = "org/saywho/models/checkworthiness.bin";
  /** The resource holding the threshold and the training prior. */
  public static final String SETTINGS = "org/saywho/models/checkworthiness.properties";

  private final MaxentModel model;
  private final int positive;
  private final double priorOdds;
  private final double threshold;

  /**
   * Wraps a trained model.
   *
   * @param model the logistic regression, outcomes "1" (check-worthy) and "0"
   * @param prior the share of check-worthy sentences in the training corpus
   * @param threshold the balanced probability at or above which a sentence is check-worthy
   */
  public CheckWorthinessModel(MaxentModel model, double prior, double threshold) {
    this.model = model;
    this.positive = model.getIndex("1");
    this.priorOdds = prior / (1 - prior);
    this.threshold = threshold;
    if (positive < 0) {
      throw new IllegalArgumentException("the model has no outcome \"1\"");
    }
  }

  /** Loads the shipped model from the classpath. */
  public static CheckWorthinessModel load() {
    Properties settings = Resources.properties(SETTINGS);
    return new CheckWorthinessModel(Maxent.load(MODEL), Double.parseDouble(settings.getProperty("prior")),
        Double.parseDouble(settings.getProperty("threshold")));
  }

  /**
   * Returns the probability that a sentence with these features is a check-worthy factual claim,
   * as if check-worthy and other sentences were equally common.
   *
   * @param features the sentence's features
   * @return a probability in [0, 1]
   */
  public double score(List<String> features) {
    double p = model.eval(features.toArray(new String[0]))[positive];
    p = Math.min(1 - 1e-9, Math.max(1e-9, p));
    double odds = p / (1 - p) / priorOdds;
    return odds / (1 + odds);
  }

  /** Returns the threshold on {@link #score}. */
  public double threshold() {
    return threshold;
  }
}
