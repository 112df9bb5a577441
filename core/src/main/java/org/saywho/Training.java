package org.saywho;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import opennlp.tools.ml.model.Event;
import org.saywho.internal.attribution.AttributionEvaluation;
import org.saywho.internal.attribution.AttributionTagger;
import org.saywho.internal.attribution.AttributionTrainer;
import org.saywho.internal.attribution.Attributor;
import org.saywho.internal.attribution.Units;
import org.saywho.internal.doc.Annotated;
import org.saywho.internal.learn.Maxent;
import org.saywho.internal.doc.Article;
import org.saywho.internal.lexicon.CueLexicon;
import org.saywho.internal.pipeline.Pipeline;
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

  /**
   * An attribution of an annotated article, as character spans of its text.
   *
   * @param content what is reported
   * @param type direct, mixed or indirect
   * @param cue the cue, when annotated
   * @param source the source, when annotated
   */
  public record GoldAttribution(Span content, Quote.Type type, Optional<Span> cue, Optional<Span> source) {

    /** Checks that no component is null. */
    public GoldAttribution {
      Objects.requireNonNull(content, "content");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(cue, "cue");
      Objects.requireNonNull(source, "source");
    }
  }

  /**
   * An article with its gold attributions.
   *
   * @param text the article
   * @param attributions its attributions
   */
  public record AnnotatedArticle(String text, List<GoldAttribution> attributions) {

    /** Checks and copies. */
    public AnnotatedArticle {
      Objects.requireNonNull(text, "text");
      attributions = List.copyOf(attributions);
      for (GoldAttribution a : attributions) {
        if (a.content().end() > text.length()) {
          throw new IllegalArgumentException("attribution " + a.content() + " past the text's end " + text.length());
        }
      }
    }
  }

  /**
   * How the attribution tagger (a maximum-entropy Markov model) is trained.
   *
   * @param l2 the L2 cost, positive
   * @param iterations the maximum number of quasi-Newton iterations, at least 1
   * @param cutoff features seen fewer times are dropped, at least 0
   */
  public record AttributionSettings(double l2, int iterations, int cutoff) {

    /** The settings of the shipped model: 80 iterations and cutoff 2 beat 60 and 3 on PolNeAR dev (all F1 .687 against .678). */
    public static final AttributionSettings SHIPPED = new AttributionSettings(1.0, 80, 2);

    /** Checks the settings are in range. */
    public AttributionSettings {
      if (!(l2 > 0) || iterations < 1 || cutoff < 0) {
        throw new IllegalArgumentException("bad training settings: l2 " + l2 + ", iterations " + iterations + ", cutoff " + cutoff);
      }
    }
  }

  /** An attribution corpus with each token's features computed once by SayWho's reader and grammar. */
  public static final class AttributionCorpus {

    private final List<Event> events;

    private AttributionCorpus(List<Event> events) {
      this.events = events;
    }

    /** Returns the number of tokens. */
    public int tokens() {
      return events.size();
    }
  }

  /**
   * How many gold contents an attribution model found.
   *
   * @param gold gold contents
   * @param found gold contents found
   * @param extra attributions that found none
   */
  public record Counts(int gold, int found, int extra) {

    /** Returns found over found plus extra. */
    public double precision() {
      return found + extra == 0 ? 0 : found / (double) (found + extra);
    }

    /** Returns found over gold. */
    public double recall() {
      return gold == 0 ? 0 : found / (double) gold;
    }

    /** Returns the harmonic mean of precision and recall. */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /**
   * Scores of attribution contents on held-out articles, as {@code score.py} counts them.
   *
   * @param byType the counts of each type, a content found only by one of its own type
   * @param all the counts over all types, a content found by one of any type
   */
  public record AttributionScores(Map<Quote.Type, Counts> byType, Counts all) {

    /** Copies the map. */
    public AttributionScores {
      byType = Map.copyOf(byType);
      Objects.requireNonNull(all, "all");
    }
  }

  /**
   * Reads annotated articles with SayWho's reader and attribution grammar and computes the tagger's
   * training events.
   *
   * @param articles the annotated articles
   * @return the corpus, ready to train on
   */
  public static AttributionCorpus attributionCorpus(List<AnnotatedArticle> articles) {
    Objects.requireNonNull(articles, "articles");
    Words words = Words.load();
    Reader reader = new Reader(Models.loadTagger(), Models.loadSentences(), words, Settings.DEFAULT);
    Units units = new Units(Settings.DEFAULT.maxUnitTokens());
    Attributor grammar = Attributor.grammarOnly(CueLexicon.load());
    List<Event> events = new ArrayList<>();
    for (AnnotatedArticle a : articles) {
      Article doc = reader.read(a.text());
      List<AttributionTrainer.Gold> gold = a.attributions().stream()
          .map(g -> new AttributionTrainer.Gold(g.content(), g.cue(), g.source())).toList();
      events.addAll(AttributionTrainer.events(doc, grammar.features(doc, units.of(doc)), gold));
    }
    return new AttributionCorpus(List.copyOf(events));
  }

  /**
   * Trains the attribution tagger, deterministically (one thread, events in corpus order).
   *
   * @param corpus the corpus
   * @param settings the training settings
   * @return the model in OpenNLP's binary format, as shipped in saywho-models
   */
  public static byte[] trainAttribution(AttributionCorpus corpus, AttributionSettings settings) {
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(settings, "settings");
    return Maxent.bytes(Maxent.train(corpus.events, settings.l2(), settings.iterations(), settings.cutoff()));
  }

  /**
   * Scores an attribution model on held-out articles through SayWho's whole attribution stage.
   *
   * @param model a model from {@link #trainAttribution}
   * @param articles the held-out articles
   * @return the scores by type
   */
  public static AttributionScores evaluateAttribution(byte[] model, List<AnnotatedArticle> articles) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(articles, "articles");
    AttributionTagger tagger;
    try {
      tagger = AttributionTagger.read(new ByteArrayInputStream(model));
    } catch (IOException e) {
      throw new IllegalArgumentException("not an attribution model", e);
    }
    Pipeline pipeline = new Pipeline(Models.load().withAttribution(tagger), Settings.DEFAULT);
    List<Map<Quote.Type, AttributionEvaluation.Counts>> counts = new ArrayList<>();
    AttributionEvaluation.Counts all = new AttributionEvaluation.Counts(0, 0, 0);
    for (AnnotatedArticle a : articles) {
      Annotated doc = pipeline.annotate(a.text());
      List<AttributionEvaluation.GoldContent> gold = a.attributions().stream()
          .map(g -> new AttributionEvaluation.GoldContent(g.content(), g.type())).toList();
      counts.add(AttributionEvaluation.score(a.text(), gold, doc.attributions()));
      all = all.plus(AttributionEvaluation.scoreAll(a.text(), gold, doc.attributions()));
    }
    Map<Quote.Type, Counts> byType = new EnumMap<>(Quote.Type.class);
    AttributionEvaluation.sum(counts).forEach((k, v) -> byType.put(k, counts(v)));
    return new AttributionScores(byType, counts(all));
  }

  private static Counts counts(AttributionEvaluation.Counts c) {
    return new Counts(c.gold(), c.found(), c.extra());
  }

  /** Returns the bytes of the attribution model SayWho ships. */
  public static byte[] shippedAttributionModel() {
    try (InputStream in = Resources.open(AttributionTagger.MODEL)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + AttributionTagger.MODEL, e);
    }
  }

  private static CheckWorthinessTrainer trainer(CheckWorthinessSettings s) {
    return new CheckWorthinessTrainer(s.l2(), s.iterations(), s.cutoff());
  }
}
