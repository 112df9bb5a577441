package org.saywho.internal.pipeline;

import java.util.Set;
import org.saywho.internal.claims.ClaimFinder;
import org.saywho.internal.doc.Doc;

/** Finds claims, types them and scores their check-worthiness. */
final class ClaimAnnotator implements Annotator {

  private final ClaimFinder finder;

  ClaimAnnotator(ClaimFinder finder) {
    this.finder = finder;
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.SENTENCES, Layer.TAGS, Layer.ATTRIBUTIONS, Layer.ENTITIES);
  }

  @Override
  public Layer provides() {
    return Layer.CLAIMS;
  }

  @Override
  public void annotate(Doc doc) {
    finder.find(doc);
  }
}
