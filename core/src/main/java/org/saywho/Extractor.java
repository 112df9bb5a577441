package org.saywho;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.saywho.internal.doc.Annotated;
import org.saywho.internal.pipeline.Models;
import org.saywho.internal.pipeline.Pipeline;
import org.saywho.internal.pipeline.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds who said what in English news articles.
 *
 * <pre>{@code
 * Extraction x = Extractor.extract(text);                 // the shared default extractor
 * Extractor e = Extractor.builder().indirect(false).build();
 * Extraction y = e.apply(text);
 * List<Extraction> all = e.extractAll(texts);            // in order, on all cores
 * }</pre>
 *
 * <p>An {@code Extractor} is immutable and thread-safe: build one and share it across threads.
 * Building loads every model (about a second) and fails fast with {@link SayWhoException} when one is
 * missing. Extraction never throws on any string: empty, binary or odd text yields a possibly empty
 * result, and an internal failure yields {@link Extraction#failed a failed extraction}.
 */
public final class Extractor implements Function<String, Extraction> {

  private static final Logger LOG = LoggerFactory.getLogger(Extractor.class);

  private final Function<String, Annotated> pipeline;
  private final ExtractorOptions options;

  /** Creates an extractor around any annotation function; the builder passes the standard pipeline. */
  Extractor(Function<String, Annotated> pipeline, ExtractorOptions options) {
    this.pipeline = pipeline;
    this.options = options;
  }

  Function<String, Annotated> pipeline() {
    return pipeline;
  }

  ExtractorOptions options() {
    return options;
  }

  /** Holds the default extractor, built on first use. */
  private static final class Default {
    static final Extractor INSTANCE = builder().build();
  }

  /**
   * Returns the default extractor, building it on first use.
   *
   * @return the shared default extractor
   */
  public static Extractor defaults() {
    return Default.INSTANCE;
  }

  /**
   * Extracts the quotes of {@code text} with the default extractor.
   *
   * @param text an English news article
   * @return what was found
   * @throws NullPointerException when {@code text} is null
   */
  public static Extraction extract(String text) {
    return defaults().apply(text);
  }

  /** Returns a builder with the default options. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Extracts the quotes of {@code text}.
   *
   * @param text an English news article
   * @return what was found
   * @throws NullPointerException when {@code text} is null
   */
  @Override
  public Extraction apply(String text) {
    Objects.requireNonNull(text, "text must not be null");
    try {
      return Assembler.assemble(pipeline.apply(text), options);
    } catch (RuntimeException | StackOverflowError e) {
      LOG.warn("extraction failed on a text of {} characters", text.length(), e);
      return Extraction.failed(text, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /**
   * Extracts the quotes of every text, in parallel on the configured number of threads.
   *
   * @param texts the articles
   * @return one extraction per text, in the same order
   * @throws NullPointerException when the list or one of its texts is null
   */
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

  /** Typed options for an {@link Extractor}. Not thread-safe; build once and share the extractor. */
  public static final class Builder {
    private boolean indirect = true;
    private boolean unattributed = true;
    private double minConfidence = 0;
    private int threads = Runtime.getRuntime().availableProcessors();
    private int maxSentenceTokens = 250;
    private boolean asciiDoubleQuotes;

    private Builder() {}

    /**
     * Sets whether indirect (reported) speech is extracted; default true.
     *
     * @param on true to include indirect quotes
     * @return this builder
     */
    public Builder indirect(boolean on) {
      this.indirect = on;
      return this;
    }

    /**
     * Sets whether quotes whose speaker cannot be found are reported; default true.
     *
     * @param on true to include them
     * @return this builder
     */
    public Builder unattributed(boolean on) {
      this.unattributed = on;
      return this;
    }

    /**
     * Leaves out quotes with confidence below {@code min}; default 0.
     *
     * @param min a value in [0, 1]
     * @return this builder
     */
    public Builder minConfidence(double min) {
      if (!(min >= 0 && min <= 1)) {
        throw new IllegalArgumentException("minConfidence must be in [0, 1]: " + min);
      }
      this.minConfidence = min;
      return this;
    }

    /**
     * Sets how many threads {@link Extractor#extractAll} uses; default all processors.
     *
     * @param n at least 1
     * @return this builder
     */
    public Builder threads(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("threads must be at least 1: " + n);
      }
      this.threads = n;
      return this;
    }

    /**
     * Sets the work bound: a sentence longer than {@code n} tokens is cut into pieces of {@code n}
     * tokens, so no input takes more than linear time; default 250.
     *
     * @param n at least 20
     * @return this builder
     */
    public Builder maxSentenceTokens(int n) {
      if (n < 20) {
        throw new IllegalArgumentException("maxSentenceTokens must be at least 20: " + n);
      }
      this.maxSentenceTokens = n;
      return this;
    }

    /**
     * Sets whether doubled apostrophes (''…'' and ``…''), as in ASCII newspaper archives, count as
     * quote marks; default false: like a single apostrophe they are not quote marks.
     *
     * @param on true to read them as quote marks
     * @return this builder
     */
    public Builder asciiDoubleQuotes(boolean on) {
      this.asciiDoubleQuotes = on;
      return this;
    }

    /**
     * Loads the models and returns the extractor.
     *
     * @return a thread-safe extractor
     * @throws SayWhoException when a model cannot be loaded
     */
    public Extractor build() {
      Models models;
      try {
        models = Models.load();
      } catch (RuntimeException e) {
        throw new SayWhoException("cannot load SayWho's models: " + e.getMessage(), e);
      }
      Settings settings = new Settings(maxSentenceTokens, 2 * maxSentenceTokens, asciiDoubleQuotes);
      return new Extractor(new Pipeline(models, settings)::annotate,
          new ExtractorOptions(indirect, unattributed, minConfidence, threads, settings));
    }
  }
}
