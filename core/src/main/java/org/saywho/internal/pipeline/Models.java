package org.saywho.internal.pipeline;

import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.util.StringUtils;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import opennlp.tools.sentdetect.SentenceModel;
import org.saywho.internal.attribution.AttributionTagger;
import org.saywho.internal.claims.CheckWorthinessModel;
import org.saywho.internal.claims.ClaimWords;
import org.saywho.internal.claims.NewsClaimModel;
import org.saywho.internal.entity.NamedEntities;
import org.saywho.internal.lexicon.CueLexicon;
import org.saywho.internal.lexicon.Resources;
import org.saywho.internal.lexicon.Words;

/**
 * Every model and lexicon SayWho uses, loaded from the classpath (the saywho-models jar and OpenNLP's
 * sentence model artifact). Immutable and thread-safe once loaded.
 *
 * @param tagger CoreNLP's left3words part-of-speech tagger
 * @param sentences OpenNLP's English sentence model
 * @param cues the reporting-cue lexicon
 * @param words the word lists
 * @param checkWorthiness the check-worthiness classifier
 * @param attribution the attribution tagger
 * @param entities CoreNLP's named-entity recogniser
 * @param claims the news claim model
 * @param claimWords the claim stage's word lists
 */
public record Models(MaxentTagger tagger, SentenceModel sentences, CueLexicon cues, Words words,
    CheckWorthinessModel checkWorthiness, AttributionTagger attribution, NamedEntities entities, NewsClaimModel claims,
    ClaimWords claimWords) {

  /** Classpath path of the tagger, as unpacked from CoreNLP's models jar into saywho-models. */
  public static final String TAGGER = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
  /** Classpath path of OpenNLP's sentence model. */
  public static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  /**
   * Loads everything, the part-of-speech and attribution taggers in parallel with the rest.
   *
   * @return the models
   * @throws IllegalStateException when a resource is missing or unreadable
   */
  public static Models load() {
    try {
      CompletableFuture<MaxentTagger> tagger = CompletableFuture.supplyAsync(Models::loadTagger);
      CompletableFuture<AttributionTagger> attribution = CompletableFuture.supplyAsync(AttributionTagger::load);
      CompletableFuture<NamedEntities> entities = CompletableFuture.supplyAsync(NamedEntities::load);
      SentenceModel sentences = loadSentences();
      CueLexicon cues = CueLexicon.load();
      Words words = Words.load();
      CheckWorthinessModel checkWorthiness = CheckWorthinessModel.load();
      return new Models(tagger.join(), sentences, cues, words, checkWorthiness, attribution.join(), entities.join(),
          NewsClaimModel.load(), ClaimWords.load());
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  /**
   * Returns these models with another attribution tagger, for evaluating a retrained one.
   *
   * @param other the tagger
   * @return the models
   */
  public Models withAttribution(AttributionTagger other) {
    return new Models(tagger, sentences, cues, words, checkWorthiness, other, entities, claims, claimWords);
  }

  /** Loads CoreNLP's tagger from the classpath. */
  public static MaxentTagger loadTagger() {
    Resources.open(TAGGER);
    // printLoading false: CoreNLP would print "Loading POS tagger … done" to stderr on every build.
    return new MaxentTagger(TAGGER, StringUtils.argsToProperties("-model", TAGGER), false);
  }

  /** Loads OpenNLP's sentence model from the classpath. */
  public static SentenceModel loadSentences() {
    try (InputStream in = Resources.open(SENTENCE_MODEL)) {
      return new SentenceModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SENTENCE_MODEL, e);
    }
  }
}
