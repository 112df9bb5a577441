package org.saywho;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
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
import org.saywho.internal.claims.ClaimWords;
import org.saywho.internal.claims.NewsClaimModel;
import org.saywho.internal.claims.NewsClaimTrainer;
import org.saywho.internal.claims.SentenceFeatures;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.doc.Unit;
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
    return Resources.bytes(CheckWorthinessModel.MODEL);
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

    /**
     * Returns the SHA-256 (hex) of every token's label and features, in corpus order: the model is
     * rebuilt bit for bit exactly when the features it was trained on have this fingerprint, so a
     * change to what the tagger reads (the grammar, the reader, the features) shows here before
     * anyone trains.
     */
    public String featuresSha256() {
      MessageDigest digest;
      try {
        digest = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is missing from this JVM", e);
      }
      for (Event e : events) {
        digest.update(e.getOutcome().getBytes(StandardCharsets.UTF_8));
        for (String f : e.getContext()) {
          digest.update((byte) ' ');
          digest.update(f.getBytes(StandardCharsets.UTF_8));
        }
        digest.update((byte) '\n');
      }
      return HexFormat.of().formatHex(digest.digest());
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
    Attributor grammar = Attributor.grammarOnly(CueLexicon.load(), words);
    List<Event> events = new ArrayList<>();
    for (AnnotatedArticle a : articles) {
      Article doc = reader.readBoth(a.text()).asTrained();
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
    return Resources.bytes(AttributionTagger.MODEL);
  }

  private static CheckWorthinessTrainer trainer(CheckWorthinessSettings s) {
    return new CheckWorthinessTrainer(s.l2(), s.iterations(), s.cutoff());
  }

  /**
   * A sentence of an article labelled for claims, as in SayWho's claims gold.
   *
   * @param span the sentence's characters
   * @param claim whether it makes a checkable claim
   * @param opinion whether it mainly states an opinion
   * @param type the claim's type, for a claim (never OPINION)
   * @param checkWorthy whether a fact-checker would plausibly check it
   */
  public record ClaimSentence(Span span, boolean claim, boolean opinion, Optional<Claim.Type> type, boolean checkWorthy) {

    /** Checks the components agree. */
    public ClaimSentence {
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(type, "type");
      if (type.isPresent() != claim || type.filter(t -> t == Claim.Type.OPINION).isPresent()) {
        throw new IllegalArgumentException("a claim, and only a claim, has a type other than OPINION: " + span);
      }
    }
  }

  /**
   * An article with every sentence labelled for claims.
   *
   * @param text the article
   * @param sentences its labelled sentences, in text order
   */
  public record ClaimArticle(String text, List<ClaimSentence> sentences) {

    /** Checks and copies. */
    public ClaimArticle {
      Objects.requireNonNull(text, "text");
      sentences = List.copyOf(sentences);
      for (ClaimSentence c : sentences) {
        if (c.span().end() > text.length()) {
          throw new IllegalArgumentException("sentence " + c.span() + " past the text's end " + text.length());
        }
      }
    }
  }

  /**
   * How the news claim model's three regressions are trained.
   *
   * @param l2 the L2 cost, positive
   * @param iterations the maximum number of quasi-Newton iterations, at least 1
   * @param cutoff features seen fewer times are dropped, at least 0
   */
  public record ClaimSettings(double l2, int iterations, int cutoff) {

    /** The settings of the shipped model: L2 cost 4, chosen by cross-validation among 1 to 8. */
    public static final ClaimSettings SHIPPED = new ClaimSettings(4.0, 300, 1);

    /** Checks the settings are in range. */
    public ClaimSettings {
      if (!(l2 > 0) || iterations < 1 || cutoff < 0) {
        throw new IllegalArgumentException("bad training settings: l2 " + l2 + ", iterations " + iterations + ", cutoff " + cutoff);
      }
    }
  }

  /** A claims corpus with each sentence's features computed once by SayWho's own stages. */
  public static final class ClaimCorpus {

    private final List<NewsClaimTrainer.Example> examples;

    private ClaimCorpus(List<NewsClaimTrainer.Example> examples) {
      this.examples = List.copyOf(examples);
    }

    /** Returns the number of sentences. */
    public int size() {
      return examples.size();
    }
  }

  /**
   * A cross-validated prediction for a sentence.
   *
   * @param claim the predicted probability that it makes a claim
   * @param opinion the predicted probability that it is an opinion and no claim
   * @param type the predicted claim type
   * @param checkWorthiness the predicted check-worthy probability
   */
  public record ClaimPrediction(double claim, double opinion, Claim.Type type, double checkWorthiness) {}

  /**
   * Reads the articles with SayWho's reader and attribution stage and computes each labelled
   * sentence's features.
   *
   * @param articles the labelled articles
   * @return the corpus, ready to train on
   */
  public static ClaimCorpus claimCorpus(List<ClaimArticle> articles) {
    Objects.requireNonNull(articles, "articles");
    Words words = Words.load();
    Reader reader = new Reader(Models.loadTagger(), Models.loadSentences(), words, Settings.DEFAULT);
    Units units = new Units(Settings.DEFAULT.maxUnitTokens());
    Attributor attributor = new Attributor(CueLexicon.load(), AttributionTagger.load(), words);
    SentenceFeatures features = new SentenceFeatures(CheckWorthinessModel.load(), ClaimWords.load(), words);
    List<NewsClaimTrainer.Example> out = new ArrayList<>();
    for (int a = 0; a < articles.size(); a++) {
      ClaimArticle article = articles.get(a);
      Reader.Reading reading = reader.readBoth(article.text());
      Article doc = reading.article();
      Article asTrained = reading.asTrained();
      List<Unit> docUnits = units.of(doc);
      var attributions = attributor.attribute(doc, docUnits, asTrained, asTrained == doc ? docUnits : units.of(asTrained));
      Tokens t = doc.tokens();
      for (int n = 0; n < article.sentences().size(); n++) {
        ClaimSentence s = article.sentences().get(n);
        int first = t.firstAtOrAfter(s.span().start());
        int end = first;
        while (end < t.size() && t.end(end) <= s.span().end()) {
          end++;
        }
        if (end == first) {
          end = Math.min(t.size(), first + 1); // a sentence the tokenizer ran into its neighbour
          first = end - 1;
        }
        String status = s.claim() ? NewsClaimModel.CLAIM : s.opinion() ? NewsClaimModel.OPINION : NewsClaimModel.NEITHER;
        out.add(new NewsClaimTrainer.Example(a, features.of(doc, first, end, n, attributions), status, s.type(), s.checkWorthy()));
      }
    }
    return new ClaimCorpus(out);
  }

  /**
   * Trains the news claim model on the whole corpus, deterministically (one thread).
   *
   * @param corpus the corpus
   * @param settings the training settings
   * @return the status, type and check-worthiness models in OpenNLP's binary format, as shipped
   */
  public static List<byte[]> trainClaims(ClaimCorpus corpus, ClaimSettings settings) {
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(settings, "settings");
    NewsClaimTrainer.Trained m = claimTrainer(settings).train(corpus.examples);
    return List.of(Maxent.bytes(m.status()), Maxent.bytes(m.type()), Maxent.bytes(m.checkWorthy()));
  }

  /**
   * Cross-validates the news claim model with whole articles held out: article {@code a} (in the
   * order given to {@link #claimCorpus}) is in fold {@code a % folds}.
   *
   * @param corpus the corpus
   * @param settings the training settings
   * @param folds the number of folds, at least 2
   * @return each sentence's held-out prediction, in corpus order
   */
  public static List<ClaimPrediction> crossValidateClaims(ClaimCorpus corpus, ClaimSettings settings, int folds) {
    Objects.requireNonNull(corpus, "corpus");
    if (folds < 2) {
      throw new IllegalArgumentException("folds must be at least 2: " + folds);
    }
    return claimTrainer(settings).crossValidate(corpus.examples, folds).stream()
        .map(p -> new ClaimPrediction(p.claim(), p.opinion(), p.type(), p.checkWorthiness()))
        .toList();
  }

  /** Returns the bytes of the shipped news claim models: status, type and check-worthiness. */
  public static List<byte[]> shippedClaimModels() {
    return Stream.of(NewsClaimModel.STATUS, NewsClaimModel.TYPE, NewsClaimModel.CHECK_WORTHY).map(Resources::bytes).toList();
  }

  private static NewsClaimTrainer claimTrainer(ClaimSettings settings) {
    return new NewsClaimTrainer(settings.l2(), settings.iterations(), settings.cutoff());
  }
}
