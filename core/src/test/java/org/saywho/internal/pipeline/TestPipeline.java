package org.saywho.internal.pipeline;

import org.saywho.internal.doc.Annotated;
import org.saywho.internal.doc.Article;

/** One standard pipeline shared by the stage tests (models load once per test JVM). */
public final class TestPipeline {

  private static final class Holder {
    static final Models MODELS = Models.load();
    static final Pipeline PIPELINE = new Pipeline(MODELS, Settings.DEFAULT);
  }

  private TestPipeline() {}

  /** Returns the loaded models. */
  public static Models models() {
    return Holder.MODELS;
  }

  /** Reads {@code text} through part-of-speech tags. */
  public static Article read(String text) {
    return Holder.PIPELINE.read(text);
  }

  /** Runs every stage on {@code text}. */
  public static Annotated annotate(String text) {
    return Holder.PIPELINE.annotate(text);
  }

  /** The words of the article's tokens joined by spaces, each with its tag after a slash. */
  public static String tagged(Article doc) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < doc.tokens().size(); i++) {
      sb.append(i == 0 ? "" : " ").append(doc.tokens().word(i)).append('/').append(doc.tokens().tag(i));
    }
    return sb.toString();
  }
}
