package org.saywho.internal.pipeline;

import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceModel;
import org.saywho.internal.attribution.Attributor;
import org.saywho.internal.claims.ClaimFinder;
import org.saywho.internal.doc.Doc;
import org.saywho.internal.entity.EntityResolver;
import org.saywho.internal.lexicon.Words;
import org.saywho.internal.text.SentenceSplitter;
import org.saywho.internal.text.Tagger;
import org.saywho.internal.text.Tokenizer;

/**
 * The annotators in order. Construction checks that every annotator's required layers are provided
 * by annotators before it. Immutable and thread-safe.
 */
public final class Pipeline {

  private final List<Annotator> annotators;

  Pipeline(List<Annotator> annotators) {
    Set<Layer> provided = EnumSet.noneOf(Layer.class);
    for (Annotator a : annotators) {
      for (Layer needed : EnumSet.copyOf(a.requires().isEmpty() ? EnumSet.noneOf(Layer.class) : a.requires())) {
        if (!provided.contains(needed)) {
          throw new IllegalStateException(a.getClass().getSimpleName() + " needs " + needed + ", which no earlier annotator provides");
        }
      }
      provided.add(a.provides());
    }
    this.annotators = List.copyOf(annotators);
  }

  /**
   * Returns SayWho's standard pipeline.
   *
   * @param models the loaded models
   * @param settings work bounds
   * @return the pipeline
   */
  public static Pipeline standard(Models models, Settings settings) {
    List<Annotator> all = new ArrayList<>(tagging(models.tagger(), models.sentences(), models.words(), settings));
    all.addAll(List.of(
        new UnitAnnotator(settings.maxUnitTokens()),
        new AttributionAnnotator(new Attributor(models.cues())),
        new EntityAnnotator(new EntityResolver(models.words())),
        new ClaimAnnotator(new ClaimFinder(models.checkWorthiness()))));
    return new Pipeline(all);
  }

  /**
   * Returns the pipeline's first steps, through part-of-speech tags: what the check-worthiness
   * trainer needs, without the check-worthiness model it trains.
   *
   * @param tagger CoreNLP's tagger
   * @param sentences OpenNLP's sentence model
   * @param words the word lists
   * @param settings work bounds
   * @return a pipeline that provides layers up to {@link Layer#TAGS}
   */
  public static Pipeline throughTags(MaxentTagger tagger, SentenceModel sentences, Words words, Settings settings) {
    return new Pipeline(tagging(tagger, sentences, words, settings));
  }

  private static List<Annotator> tagging(MaxentTagger tagger, SentenceModel sentences, Words words, Settings settings) {
    return List.of(
        new LayoutAnnotator(words),
        new QuoteMarkAnnotator(settings.asciiDoubleQuotes()),
        new TokenAnnotator(new Tokenizer()),
        new SentenceAnnotator(new SentenceSplitter(sentences, settings.maxSentenceTokens())),
        new TagAnnotator(new Tagger(tagger), words));
  }

  /**
   * Runs every annotator on a new document for {@code text}.
   *
   * @param text the article
   * @return the annotated document
   */
  public Doc annotate(String text) {
    return annotateThrough(text, Layer.values()[Layer.values().length - 1]);
  }

  /**
   * Runs the annotators up to and including the one that provides {@code last}.
   *
   * @param text the article
   * @param last the last layer wanted
   * @return the document annotated that far
   */
  public Doc annotateThrough(String text, Layer last) {
    Doc doc = new Doc(text);
    for (Annotator a : annotators) {
      a.annotate(doc);
      if (a.provides() == last) {
        break;
      }
    }
    return doc;
  }
}
