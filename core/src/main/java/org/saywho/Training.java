package org.saywho;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.saywho.internal.claims.CheckWorthinessModel;
import org.saywho.internal.claims.CheckWorthinessTrainer;
import org.saywho.internal.claims.ClaimFeatures;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.Resources;
import org.saywho.internal.lexicon.Words;
import org.saywho.internal.pipeline.Models;
import org.saywho.internal.pipeline.Reader;
import org.saywho.internal.pipeline.Settings;

/**
 * Rebuilds SayWho's trained models from their corpora, for the training mains and the tests that
 * check a shipped model is reproducible. Extraction never needs this class.
 *
 * <pre>{@code
 * Training.CheckWorthinessCorpus corpus = Training.checkWorthinessCorpus(sentences);
 * byte[] model = Training.trainCheckWorthiness(corpus, Training.CheckWorthinessSettings.SHIPPED);
 * }</pre>
 */
public final class Training {

  private Training() {}

  /**
   * A sentence labelled for check-worthiness.
   *
   * @param text the sentence
   * @param checkWorthy whether it is a check-worthy factual claim
   */
  public record LabelledSentence(String text, boolean checkWorthy) {

    /** Checks the text is given. */
    public LabelledSentence {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * How the check-worthiness classifier (L2-regularised logistic regression) is trained.
   *
   * @param l2 the L2 cost, positive
   * @param iterations the maximum number of quasi-Newton iterations, at least 1
   * @param cutoff features seen fewer times are dropped, at least 0
   */
  public record CheckWorthinessSettings(double l2, int iterations, int cutoff) {

    /** The settings of the shipped model, chosen by cross-validation among L2 costs 0.5 to 32. */
    public static final CheckWorthinessSettings SHIPPED = new CheckWorthinessSettings(4.0, 300, 1);

    /** Checks the settings are in range. */
    public CheckWorthinessSettings {
      if (!(l2 > 0) || iterations < 1 || cutoff < 0) {
        throw new IllegalArgumentException("bad training settings: l2 " + l2 + ", iterations " + iterations + ", cutoff " + cutoff);
      }
    }
  }

  /** A check-worthiness corpus with each sentence's features computed once by SayWho's own reader. */
  public static final class CheckWorthinessCorpus {

    private final List<CheckWorthinessTrainer.Example> examples;

    private CheckWorthinessCorpus(List<CheckWorthinessTrainer.Example> examples) {
      this.examples = List.copyOf(examples);
    }

    /** Returns the number of sentences. */
    public int size() {
      return examples.size();
    }

    /** Returns each sentence's label, in corpus order. */
    public List<Boolean> labels() {
      return examples.stream().map(CheckWorthinessTrainer.Example::positive).toList();
    }
  }

  /**
   * Reads sentences with SayWho's tokenizer and tagger and computes their features.
   *
   * @param sentences the labelled sentences
   * @return the corpus, ready to train on
   */
  public static CheckWorthinessCorpus checkWorthinessCorpus(List<LabelledSentence> sentences) {
    Objects.requireNonNull(sentences, "sentences");
    Reader reader = new Reader(Models.loadTagger(), Models.loadSentences(), Words.load(), Settings.DEFAULT);
    List<CheckWorthinessTrainer.Example> out = new ArrayList<>(sentences.size());
    for (LabelledSentence s : sentences) {
      Tokens tokens = reader.read(s.text()).tokens();
      out.add(new CheckWorthinessTrainer.Example(ClaimFeatures.of(tokens, 0, tokens.size()), s.checkWorthy()));
    }
    return new CheckWorthinessCorpus(out);
  }

  /**
   * Trains the check-worthiness classifier on the whole corpus, deterministically (one thread).
   *
   * @param corpus the corpus
   * @param settings the training settings
   * @return the model in OpenNLP's binary format, as shipped in saywho-models
   */
  public static byte[] trainCheckWorthiness(CheckWorthinessCorpus corpus, CheckWorthinessSettings settings) {
    return CheckWorthinessTrainer.bytes(trainer(settings).train(corpus.examples));
  }

  /**
   * Cross-validates the classifier with folds drawn by a seeded shuffle.
   *
   * @param corpus the corpus
   * @param settings the training settings
   * @param folds the number of folds, at least 2
   * @param seed the shuffle seed
   * @return each sentence's check-worthy probability from the model that did not see it, in corpus order
   */
  public static List<Double> crossValidateCheckWorthiness(CheckWorthinessCorpus corpus, CheckWorthinessSettings settings,
      int folds, long seed) {
    if (folds < 2) {
      throw new IllegalArgumentException("folds must be at least 2: " + folds);
    }
    return trainer(settings).crossValidate(corpus.examples, folds, seed).probabilities();
  }

  /** Returns the bytes of the check-worthiness model SayWho ships. */
  public static byte[] shippedCheckWorthinessModel() {
    try (InputStream in = Resources.open(CheckWorthinessModel.MODEL)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + CheckWorthinessModel.MODEL, e);
    }
  }

  private static CheckWorthinessTrainer trainer(CheckWorthinessSettings s) {
    return new CheckWorthinessTrainer(s.l2(), s.iterations(), s.cutoff());
  }
}
