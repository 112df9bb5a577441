package org.saywho.internal.claims;

import java.util.List;
import java.util.Properties;
import opennlp.tools.ml.model.MaxentModel;
import org.saywho.Claim;
import org.saywho.internal.learn.Maxent;
import org.saywho.internal.lexicon.Resources;

/**
 * The news claim model: three logistic regressions over {@link SentenceFeatures}, trained on news
 * sentences labelled by hand. One says whether a sentence makes a claim, states an opinion or
 * neither; one types a claim; one scores its check-worthiness for news. Immutable and thread-safe.
 */
public final class NewsClaimModel {

  /** Resource path of the claim / opinion / neither model. */
  public static final String STATUS = "org/saywho/models/news-claims-status.bin";
  /** Resource path of the type model. */
  public static final String TYPE = "org/saywho/models/news-claims-type.bin";
  /** Resource path of the check-worthiness model. */
  public static final String CHECK_WORTHY = "org/saywho/models/news-claims-checkworthy.bin";
  /** Resource path of the settings (the check-worthiness threshold). */
  public static final String SETTINGS = "org/saywho/models/news-claims.properties";

  /** Outcome of the status model for a claim. */
  public static final String CLAIM = "claim";
  /** Outcome of the status model for an opinion that is not a claim. */
  public static final String OPINION = "opinion";
  /** Outcome of the status model for neither. */
  public static final String NEITHER = "none";

  private final MaxentModel status;
  private final MaxentModel type;
  private final MaxentModel checkWorthy;
  private final int positive;
  private final double threshold;
  private final double claimThreshold;
  private final double topicClaimThreshold;

  /**
   * Wraps trained models.
   *
   * @param status outcomes {@link #CLAIM}, {@link #OPINION}, {@link #NEITHER}
   * @param type outcomes the names of {@link Claim.Type} values
   * @param checkWorthy outcomes "1" and "0"
   * @param threshold the probability at or above which a claim is check-worthy
   * @param claimThreshold the probability at or above which a sentence makes a claim
   * @param topicClaimThreshold the lower probability at or above which a sentence about a followed topic
   *     makes a claim
   */
  public NewsClaimModel(MaxentModel status, MaxentModel type, MaxentModel checkWorthy, double threshold, double claimThreshold,
      double topicClaimThreshold) {
    this.status = status;
    this.type = type;
    this.checkWorthy = checkWorthy;
    this.positive = checkWorthy.getIndex("1");
    this.threshold = threshold;
    this.claimThreshold = claimThreshold;
    this.topicClaimThreshold = topicClaimThreshold;
    if (positive < 0 || status.getIndex(CLAIM) < 0 || status.getIndex(OPINION) < 0) {
      throw new IllegalArgumentException("the news claim models lack their outcomes");
    }
  }

  /** Loads the shipped models from the classpath. */
  public static NewsClaimModel load() {
    Properties settings = Resources.properties(SETTINGS);
    return new NewsClaimModel(Maxent.load(STATUS), Maxent.load(TYPE), Maxent.load(CHECK_WORTHY),
        Double.parseDouble(settings.getProperty("threshold")), Double.parseDouble(settings.getProperty("claimThreshold")),
        Double.parseDouble(settings.getProperty("topicClaimThreshold")));
  }

  /**
   * What the model says of a sentence.
   *
   * @param claim the probability that it makes a claim
   * @param opinion the probability that it states an opinion and makes no claim
   * @param type the likeliest type of its claim
   * @param checkWorthiness the probability that a fact-checker would check it
   */
  public record Outcome(double claim, double opinion, Claim.Type type, double checkWorthiness) {}

  /**
   * Evaluates the three regressions on a sentence.
   *
   * @param features the sentence's features
   * @return the outcome
   */
  public Outcome evaluate(List<String> features) {
    String[] context = features.toArray(new String[0]);
    double[] s = status.eval(context);
    Claim.Type t = Claim.Type.valueOf(type.getBestOutcome(type.eval(context)));
    return new Outcome(s[status.getIndex(CLAIM)], s[status.getIndex(OPINION)], t, checkWorthy.eval(context)[positive]);
  }

  /** Returns the probability at or above which a sentence makes a claim. */
  public double claimThreshold() {
    return claimThreshold;
  }

  /** Returns the lower probability at or above which a sentence about a followed topic makes a claim. */
  public double topicClaimThreshold() {
    return topicClaimThreshold;
  }

  /** Returns the probability at or above which a claim is check-worthy. */
  public double threshold() {
    return threshold;
  }
}
