package org.saywho.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.saywho.Extraction;
import org.saywho.Extractor;

/**
 * JMH benchmarks of {@link Extractor#apply} per article (the seed article, a short wire story, a
 * 5,000-word feature) and of {@link Extractor#extractAll} on the whole corpus, on one thread and on
 * all cores. Run by {@code bash bench/run --jmh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class ExtractBenchmark {

  /** The corpus the wire story, the feature and the batch come from. */
  @Param("../shared/corpora/polnear-dev.jsonl")
  public String corpus;

  private Extractor single;
  private Extractor parallel;
  private String seed;
  private String wire;
  private String feature;
  private List<String> batch;

  /** Builds the extractors and picks the articles. */
  @Setup
  public void setUp() {
    single = Extractor.builder().threads(1).build();
    parallel = Extractor.builder().build();
    seed = Articles.seed();
    wire = Articles.wire(Path.of(corpus));
    feature = Articles.feature(Path.of(corpus));
    batch = Articles.texts(Path.of(corpus));
  }

  /** The seed article, about 600 words. */
  @Benchmark
  public Extraction seedArticle() {
    return single.apply(seed);
  }

  /** A wire story of about 300 words. */
  @Benchmark
  public Extraction wireStory() {
    return single.apply(wire);
  }

  /** A feature of 5,000 words or more. */
  @Benchmark
  public Extraction feature5000Words() {
    return single.apply(feature);
  }

  /** The whole corpus on one thread. */
  @Benchmark
  public List<Extraction> corpusOneThread() {
    return single.extractAll(batch);
  }

  /** The whole corpus on all cores. */
  @Benchmark
  public List<Extraction> corpusAllCores() {
    return parallel.extractAll(batch);
  }
}
