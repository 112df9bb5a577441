package org.saywho.internal.pipeline;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.saywho.internal.attribution.Attributor;
import org.saywho.internal.doc.Doc;
import org.saywho.internal.entity.EntityResolver;
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
    return new Pipeline(List.of(
        new LayoutAnnotator(models.words()),
        new QuoteMarkAnnotator(settings.asciiDoubleQuotes()),
        new TokenAnnotator(new Tokenizer()),
        new SentenceAnnotator(new SentenceSplitter(models.sentences(), settings.maxSentenceTokens())),
        new TagAnnotator(new Tagger(models.tagger()), models.words()),
        new UnitAnnotator(settings.maxUnitTokens()),
        new AttributionAnnotator(new Attributor(models.cues())),
        new EntityAnnotator(new EntityResolver(models.words()))));
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

  /** Runs the annotators up to and including the one that provides {@code last}. */
  Doc annotateThrough(String text, Layer last) {
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
