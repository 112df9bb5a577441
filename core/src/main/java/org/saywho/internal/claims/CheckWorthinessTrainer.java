package org.saywho.internal.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import org.saywho.internal.learn.Maxent;

/**
 * Trains the check-worthiness classifier with OpenNLP's L2-regularised logistic regression
 * (quasi-Newton), deterministically: one thread, a fixed feature cutoff, a fixed fold assignment.
 */
public final class CheckWorthinessTrainer {

  /**
   * One labelled sentence.
   *
   * @param features its {@link ClaimFeatures}
   * @param positive whether it is a check-worthy factual claim
   */
  public record Example(List<String> features, boolean positive) {

    /** Copies the features. */
    public Example {
      features = List.copyOf(features);
    }
  }

  /**
   * Cross-validation results: each example's out-of-fold probability on the training prior.
   *
   * @param probabilities the out-of-fold probabilities, in example order
   */
  public record CrossValidation(List<Double> probabilities) {}

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
  public CheckWorthinessTrainer(double l2, int iterations, int cutoff) {
    this.l2 = l2;
    this.iterations = iterations;
    this.cutoff = cutoff;
  }

  /**
   * Trains on every example.
   *
   * @param examples the labelled sentences
   * @return the model, outcomes "1" and "0"
   */
  public MaxentModel train(List<Example> examples) {
    List<Event> events = new ArrayList<>(examples.size());
    for (Example e : examples) {
      events.add(new Event(e.positive() ? "1" : "0", e.features().toArray(new String[0])));
    }
    return Maxent.train(events, l2, iterations, cutoff);
  }

  /**
   * Runs k-fold cross-validation with folds drawn by a seeded shuffle.
   *
   * @param examples the labelled sentences
   * @param folds the number of folds
   * @param seed the shuffle seed
   * @return each example's probability from the model that did not see it
   */
  public CrossValidation crossValidate(List<Example> examples, int folds, long seed) {
    int[] fold = new int[examples.size()];
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      order.add(i);
    }
    java.util.Collections.shuffle(order, new Random(seed));
    for (int k = 0; k < order.size(); k++) {
      fold[order.get(k)] = k % folds;
    }
    double[] out = new double[examples.size()];
    for (int f = 0; f < folds; f++) {
      List<Example> train = new ArrayList<>();
      for (int i = 0; i < examples.size(); i++) {
        if (fold[i] != f) {
          train.add(examples.get(i));
        }
      }
      MaxentModel m = train(train);
      int positive = m.getIndex("1");
      for (int i = 0; i < examples.size(); i++) {
        if (fold[i] == f) {
          out[i] = m.eval(examples.get(i).features().toArray(new String[0]))[positive];
        }
      }
    }
    List<Double> probabilities = new ArrayList<>();
    for (double p : out) {
      probabilities.add(p);
    }
    return new CrossValidation(probabilities);
  }

  /**
   * Serializes a trained model in OpenNLP's binary format.
   *
   * @param model a model from {@link #train}
   * @return its bytes
   */
  public static byte[] bytes(MaxentModel model) {
    return Maxent.bytes(model);
  }
}
