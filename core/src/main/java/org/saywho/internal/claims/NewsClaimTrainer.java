package org.saywho.internal.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import org.saywho.Claim;
import org.saywho.internal.learn.Maxent;

/**
 * Trains the three regressions of the {@link NewsClaimModel} deterministically (one thread, events in
 * corpus order) and cross-validates them with whole articles held out.
 */
public final class NewsClaimTrainer {

  /**
   * One labelled sentence.
   *
   * @param article the index of its article, which decides its fold
   * @param features its {@link SentenceFeatures}
   * @param status {@link NewsClaimModel#CLAIM}, {@link NewsClaimModel#OPINION} or {@link NewsClaimModel#NEITHER}
   * @param type its claim type, for a claim
   * @param checkWorthy whether a fact-checker would check it
   */
  public record Example(int article, List<String> features, String status, Optional<Claim.Type> type, boolean checkWorthy) {

    /** Copies the features. */
    public Example {
      features = List.copyOf(features);
    }

    String[] context() {
      return features.toArray(new String[0]);
    }
  }

  /**
   * The three trained regressions.
   *
   * @param status claim, opinion or neither
   * @param type the claim type
   * @param checkWorthy check-worthy or not
   */
  public record Trained(MaxentModel status, MaxentModel type, MaxentModel checkWorthy) {

    /** Returns the model with its thresholds on check-worthiness and on claims. */
    public NewsClaimModel model(double threshold, double claimThreshold) {
      return new NewsClaimModel(status, type, checkWorthy, threshold, claimThreshold, claimThreshold);
    }
  }


  private final double l2;
  private final int iterations;
  private final int cutoff;

  /**
   * Creates a trainer.
   *
   * @param l2 the L2 cost
   * @param iterations the maximum number of quasi-Newton iterations
   * @param cutoff features seen fewer times are dropped
   */
  public NewsClaimTrainer(double l2, int iterations, int cutoff) {
    this.l2 = l2;
    this.iterations = iterations;
    this.cutoff = cutoff;
  }

  /**
   * Trains on every example.
   *
   * @param examples the labelled sentences
   * @return the three regressions
   */
  public Trained train(List<Example> examples) {
    List<Event> status = new ArrayList<>();
    List<Event> type = new ArrayList<>();
    List<Event> worthy = new ArrayList<>();
    for (Example e : examples) {
      status.add(new Event(e.status(), e.context()));
      e.type().ifPresent(t -> type.add(new Event(t.name(), e.context())));
      worthy.add(new Event(e.checkWorthy() ? "1" : "0", e.context()));
    }
    return new Trained(Maxent.train(status, l2, iterations, cutoff), Maxent.train(type, l2, iterations, cutoff),
        Maxent.train(worthy, l2, iterations, cutoff));
  }

  /**
   * Cross-validates with article {@code a} in fold {@code a % folds}.
   *
   * @param examples the labelled sentences
   * @param folds the number of folds
   * @return each example's prediction by the models that did not see its article
   */
  public List<NewsClaimModel.Outcome> crossValidate(List<Example> examples, int folds) {
    NewsClaimModel.Outcome[] out = new NewsClaimModel.Outcome[examples.size()];
    for (int f = 0; f < folds; f++) {
      List<Example> train = new ArrayList<>();
      for (Example e : examples) {
        if (e.article() % folds != f) {
          train.add(e);
        }
      }
      NewsClaimModel m = train(train).model(0.5, 0.5);
      for (int i = 0; i < examples.size(); i++) {
        Example e = examples.get(i);
        if (e.article() % folds == f) {
          out[i] = m.evaluate(e.features());
        }
      }
    }
    return List.of(out);
  }
}
