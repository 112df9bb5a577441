package org.saywho.internal.pipeline;

import java.util.Set;
import org.saywho.internal.attribution.Attributor;
import org.saywho.internal.doc.Doc;

/** Finds cues, speakers and contents. */
final class AttributionAnnotator implements Annotator {

  private final Attributor attributor;

  AttributionAnnotator(Attributor attributor) {
    this.attributor = attributor;
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.UNITS, Layer.TAGS, Layer.QUOTE_MARKS);
  }

  @Override
  public Layer provides() {
    return Layer.ATTRIBUTIONS;
  }

  @Override
  public void annotate(Doc doc) {
    attributor.attribute(doc);
  }
}
