package org.saywho;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.saywho.internal.claims.Topics;
import org.saywho.internal.pipeline.Models;
import org.saywho.internal.pipeline.Pipeline;
import org.saywho.internal.pipeline.Settings;

/**
 * Finds who said what in English news articles.
 *
 * <pre>{@code
 * Extraction x = Extractor.extract(text);                  // the shared default extractor
 * Extractor e = Extractor.builder().indirect(false).build();
 * Extraction y = e.apply(text);                            // a configured extractor
 * List<Extraction> all = e.extractAll(texts);              // in order, on all cores
 * }</pre>
 *
 * <p>{@link #extract(String)} always uses the default options; a configured extractor is used through
 * {@link #apply(String)}. Being an interface, {@code Extractor} does not let the static method be
 * called on an instance: {@code builder().build().extract(text)} does not compile, so options are
 * never silently ignored.
 *
 * <p>An {@code Extractor} is immutable and thread-safe: build one and share it across threads.
 * Building loads every model (about a second) and fails fast with {@link SayWhoException} when one is
 * missing. Extraction never throws on any string: empty, binary or odd text yields a possibly empty
 * result, and an internal failure yields {@link Extraction#failed a failed extraction}.
 */
public sealed interface Extractor extends Function<String, Extraction> permits StandardExtractor {

  /**
   * Extracts the quotes of {@code text} with the default extractor, built on first use.
   *
   * @param text an English news article
   * @return what was found
   * @throws NullPointerException when {@code text} is null
   */
  static Extraction extract(String text) {
    return defaults().apply(text);
  }

  /**
   * Returns the default extractor, building it on first use.
   *
   * @return the shared default extractor
   */
  static Extractor defaults() {
    return StandardExtractor.defaults();
  }

  /** Returns a builder with the default options. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Extracts the quotes of {@code text} with this extractor's options.
   *
   * @param text an English news article
   * @return what was found
   * @throws NullPointerException when {@code text} is null
   */
  @Override
  Extraction apply(String text);

  /**
   * Extracts the quotes of every text, in parallel on the configured number of threads.
   *
   * @param texts the articles
   * @return one extraction per text, in the same order; a text that fails yields a failed extraction
   * @throws NullPointerException when the list or one of its texts is null
   */
  List<Extraction> extractAll(List<String> texts);

  /** Typed options for an {@link Extractor}. Not thread-safe; build once and share the extractor. */
  final class Builder {
    private boolean indirect = true;
    private boolean unattributed = true;
    private boolean speechOnly = false;
    private double minConfidence = 0;
    private int threads = Runtime.getRuntime().availableProcessors();
    private int maxSentenceTokens = Settings.DEFAULT.maxSentenceTokens();
    private boolean asciiDoubleQuotes;
    private List<String> claimTopics = List.of();

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
     * Sets whether only quotes that report speech or writing are extracted, leaving out those whose
     * cue reports a belief, intention, perception or feeling ("she believes that…"); default false.
     *
     * @param on true to keep speech alone
     * @return this builder
     */
    public Builder speechOnly(boolean on) {
      this.speechOnly = on;
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
     * Sets the claim topics to follow ("covid", "vaccine", "social distancing"); default none. Each
     * claim then lists the topics it is about ({@link Claim#topics()}, filtered by
     * {@link Claims#about(String...)}): its own words, its sentence or its paragraph name the topic,
     * matched by word stems ("vaccines", "vaccinated" for "vaccine"; "COVID-19" for "covid"). With
     * topics, a claim is check-worthy only when it is about one of them.
     *
     * @param topics the topic terms, each one or more words
     * @return this builder
     * @throws IllegalArgumentException when a term is blank
     */
    public Builder claimTopics(Collection<String> topics) {
      Objects.requireNonNull(topics, "topics");
      List<String> terms = new ArrayList<>();
      for (String t : topics) {
        Objects.requireNonNull(t, "topic");
        if (t.isBlank()) {
          throw new IllegalArgumentException("a claim topic is blank");
        }
        if (!terms.contains(t.strip())) {
          terms.add(t.strip());
        }
      }
      this.claimTopics = List.copyOf(terms);
      return this;
    }

    /**
     * Sets the claim topics to follow; see {@link #claimTopics(Collection)}.
     *
     * @param topics the topic terms
     * @return this builder
     */
    public Builder claimTopics(String... topics) {
      return claimTopics(Arrays.asList(Objects.requireNonNull(topics, "topics")));
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
      return new StandardExtractor(new Pipeline(models, settings)::annotate,
          new ExtractorOptions(indirect, unattributed, speechOnly, minConfidence, threads, settings, Topics.of(claimTopics)));
    }
  }
}
