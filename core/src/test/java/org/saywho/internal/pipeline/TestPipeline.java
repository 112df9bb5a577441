package org.saywho.internal.pipeline;

import org.saywho.internal.doc.Doc;

/** One standard pipeline shared by the annotator tests (models load once per test JVM). */
final class TestPipeline {

  private static final class Holder {
    static final Models MODELS = Models.load();
    static final Pipeline PIPELINE = Pipeline.standard(MODELS, new Settings(250, 500, false));
  }

  private TestPipeline() {}

  static Models models() {
    return Holder.MODELS;
  }

  static Doc through(Layer last, String text) {
    return Holder.PIPELINE.annotateThrough(text, last);
  }

  /** The words of the doc's tokens joined by spaces, each with its tag after a slash. */
  static String tagged(Doc doc) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < doc.tokens().size(); i++) {
      sb.append(i == 0 ? "" : " ").append(doc.tokens().word(i)).append('/').append(doc.tokens().tag(i));
    }
    return sb.toString();
  }
}
