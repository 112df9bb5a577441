package org.saywho;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.saywho.internal.doc.Annotated;

/** The {@link Extractor}: the pipeline and the options it was built with. */
final class StandardExtractor implements Extractor {

  private static final System.Logger LOG = System.getLogger(Extractor.class.getName());

  private final Function<String, Annotated> pipeline;
  private final ExtractorOptions options;

  /** Creates an extractor around any annotation function; the builder passes the standard pipeline. */
  StandardExtractor(Function<String, Annotated> pipeline, ExtractorOptions options) {
    this.pipeline = pipeline;
    this.options = options;
  }

  /** Holds the default extractor, built on first use. */
  private static final class Default {
    static final Extractor INSTANCE = Extractor.builder().build();
  }

  static Extractor defaults() {
    return Default.INSTANCE;
  }

  Function<String, Annotated> pipeline() {
    return pipeline;
  }

  ExtractorOptions options() {
    return options;
  }

  @Override
  public Extraction apply(String text) {
    Objects.requireNonNull(text, "text must not be null");
    try {
      return Assembler.assemble(pipeline.apply(text), options);
    } catch (RuntimeException | StackOverflowError e) {
      LOG.log(System.Logger.Level.DEBUG, () -> "extraction failed on a text of " + text.length() + " characters", e);
      return Extraction.failed(text, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  @Override
  public List<Extraction> extractAll(List<String> texts) {
    Objects.requireNonNull(texts, "texts must not be null");
    texts.forEach(t -> Objects.requireNonNull(t, "texts must not contain null"));
    if (options.threads() == 1 || texts.size() < 2) {
      return texts.stream().map(this).toList();
    }
    ForkJoinPool pool = new ForkJoinPool(Math.min(options.threads(), texts.size()));
    try {
      List<Future<Extraction>> futures = new ArrayList<>(texts.size());
      for (String text : texts) {
        futures.add(pool.submit(() -> apply(text)));
      }
      List<Extraction> out = new ArrayList<>(texts.size());
      for (int i = 0; i < futures.size(); i++) {
        out.add(result(futures.get(i), texts.get(i)));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Extraction result(Future<Extraction> f, String text) {
    try {
      return f.get();
    } catch (ExecutionException e) {
      return Extraction.failed(text, String.valueOf(e.getCause()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Extraction.failed(text, "interrupted");
    }
  }
}
