package org.saywho.internal.pipeline;

import java.util.Set;
import org.saywho.internal.doc.Doc;

/** One step of the pipeline. Implementations are immutable and thread-safe. */
interface Annotator {

  /** Returns the layers this annotator reads. */
  Set<Layer> requires();

  /** Returns the layer this annotator adds. */
  Layer provides();

  /**
   * Adds this annotator's layer to {@code doc}.
   *
   * @param doc the document, holding every required layer
   */
  void annotate(Doc doc);
}
