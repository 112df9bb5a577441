package org.saywho.internal.pipeline;

import java.util.Set;
import org.saywho.internal.doc.Doc;
import org.saywho.internal.entity.EntityResolver;

/** Resolves speaker mentions to canonical entities. */
final class EntityAnnotator implements Annotator {

  private final EntityResolver resolver;

  EntityAnnotator(EntityResolver resolver) {
    this.resolver = resolver;
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.ATTRIBUTIONS, Layer.TAGS);
  }

  @Override
  public Layer provides() {
    return Layer.ENTITIES;
  }

  @Override
  public void annotate(Doc doc) {
    resolver.resolve(doc);
  }
}
