package org.saywho.internal.pipeline;

import java.util.List;
import org.saywho.internal.attribution.Attributor;
import org.saywho.internal.attribution.Units;
import org.saywho.internal.claims.ClaimFinder;
import org.saywho.internal.doc.Annotated;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution;
import org.saywho.internal.doc.ClaimCandidate;
import org.saywho.internal.doc.Resolution;
import org.saywho.internal.doc.Unit;
import org.saywho.internal.entity.EntityResolver;

/**
 * SayWho's stages in order: layout → quote marks → tokens and sentences → tags ({@link Reader}) →
 * units → attributions → entities → claims. Each stage takes the immutable results of the stages
 * before it and returns its own. Immutable and thread-safe.
 */
public final class Pipeline {

  private final Reader reader;
  private final Units units;
  private final Attributor attributor;
  private final EntityResolver resolver;
  private final ClaimFinder claimFinder;

  /**
   * Creates SayWho's pipeline.
   *
   * @param models the loaded models
   * @param settings work bounds
   */
  public Pipeline(Models models, Settings settings) {
    this.reader = new Reader(models.tagger(), models.sentences(), models.words(), settings);
    this.units = new Units(settings.maxUnitTokens());
    this.attributor = new Attributor(models.cues(), models.attribution(), models.words());
    this.resolver = new EntityResolver(models.words(), models.entities());
    this.claimFinder = new ClaimFinder(models.checkWorthiness(), models.claims(), models.claimWords(), models.words());
  }

  /**
   * Reads an article through part-of-speech tags.
   *
   * @param text the article
   * @return the tagged article
   */
  public Article read(String text) {
    return reader.read(text);
  }

  /**
   * Runs every stage on an article.
   *
   * @param text the article
   * @return what every stage found
   */
  public Annotated annotate(String text) {
    Reader.Reading reading = reader.readBoth(text);
    Article article = reading.article();
    List<Unit> unitList = units.of(article);
    Article asTrained = reading.asTrained();
    List<Attribution> attributions =
        attributor.attribute(article, unitList, asTrained, asTrained == article ? unitList : units.of(asTrained));
    Resolution speakers = resolver.resolve(article, attributions);
    List<ClaimCandidate> claims = claimFinder.find(article, attributions);
    return new Annotated(article, unitList, attributions, speakers, claims);
  }
}
