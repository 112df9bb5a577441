package org.saywho.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.stanford.nlp.pipeline.Annotation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.saywho.Extraction;
import org.saywho.Extractor;
import org.saywho.examples.eval.Gold;
import org.saywho.examples.eval.Scorer;

/**
 * Measures one system over a gold corpus, in a JVM of its own, and writes the figures as JSON:
 * construction time, warm ms per article (median, p90) on one thread, articles per second on one
 * thread and on all cores, peak heap and resident memory, and quote F1 and speaker accuracy by the
 * rules of {@code shared/score.py}. For SayWho it also measures how time scales with article length.
 *
 * <pre>SideBySide saywho|corenlp CORPUS.jsonl OUT.json</pre>
 *
 * {@link Report} prints two such files side by side.
 */
public final class SideBySide {

  private SideBySide() {}

  /**
   * Runs the measurement.
   *
   * @param args the system, the corpus and the output file
   * @throws IOException when the corpus cannot be read or the result written
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length != 3 || !Set.of("saywho", "corenlp").contains(args[0])) {
      System.err.println("usage: SideBySide saywho|corenlp CORPUS.jsonl OUT.json");
      System.exit(2);
    }
    List<Gold> corpus = Gold.read(Path.of(args[1]));
    ObjectMapper json = new ObjectMapper();
    ObjectNode out = json.createObjectNode().put("system", args[0]).put("articles", corpus.size())
        .put("words", corpus.stream().mapToLong(g -> g.text().split("\\s+").length).sum());
    if (args[0].equals("saywho")) {
      saywho(corpus, out);
    } else {
      corenlp(corpus, out);
    }
    out.put("peakHeapMb", Memory.peakHeapMb()).put("peakRssMb", Memory.peakRssMb());
    json.writerWithDefaultPrettyPrinter().writeValue(Path.of(args[2]).toFile(), out);
  }

  private static void saywho(List<Gold> corpus, ObjectNode out) throws IOException {
    int cores = Runtime.getRuntime().availableProcessors();
    long t0 = System.nanoTime();
    Extractor one = Extractor.builder().threads(1).build();
    out.put("buildSeconds", (System.nanoTime() - t0) / 1e9);
    List<String> texts = corpus.stream().map(Gold::text).toList();
    for (int round = 0; round < 3; round++) {
      texts.forEach(one::apply);
    }
    timeOneByOne(corpus, one, out);
    Extractor all = Extractor.builder().threads(cores).build();
    all.extractAll(texts);
    double best = Double.MAX_VALUE;
    for (int round = 0; round < 3; round++) {
      long t = System.nanoTime();
      all.extractAll(texts);
      best = Math.min(best, (System.nanoTime() - t) / 1e9);
    }
    out.put("threads", cores).put("perSecondAll", texts.size() / best);
    out.put("speedupAll", out.get("perSecondAll").asDouble() / out.get("perSecond1").asDouble());
    scaling(one, out);
  }

  private static void corenlp(List<Gold> corpus, ObjectNode out) throws InterruptedException {
    int cores = Runtime.getRuntime().availableProcessors();
    long t0 = System.nanoTime();
    CoreNlpQuotes corenlp = new CoreNlpQuotes(CoreNlpQuotes.FULL, true);
    out.put("buildSeconds", (System.nanoTime() - t0) / 1e9);
    corpus.stream().limit(3).forEach(g -> corenlp.extract(g.text()));
    timeOneByOne(corpus, corenlp::extract, out);
    List<Annotation> docs = corpus.stream().map(g -> new Annotation(g.text())).toList();
    long t = System.nanoTime();
    int failed = annotateAll(corenlp, docs, cores);
    out.put("threads", cores).put("perSecondAll", docs.size() / ((System.nanoTime() - t) / 1e9));
    out.put("speedupAll", out.get("perSecondAll").asDouble() / out.get("perSecond1").asDouble());
    out.put("failedAll", failed);
  }

  /**
   * Annotates the documents on {@code threads} threads, as {@code StanfordCoreNLP.annotate(docs,
   * threads)} does, but counting the documents whose annotation throws instead of ending the run:
   * CoreNLP's quote attribution now and then throws a NullPointerException in its speaker sieve
   * when documents are annotated in parallel.
   */
  private static int annotateAll(CoreNlpQuotes corenlp, List<Annotation> docs, int threads) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger failed = new AtomicInteger();
    List<Callable<Object>> tasks = docs.stream().<Callable<Object>>map(d -> () -> {
      try {
        corenlp.pipeline().annotate(d);
      } catch (RuntimeException e) {
        failed.incrementAndGet();
      }
      return null;
    }).toList();
    try {
      for (Future<?> f : pool.invokeAll(tasks)) {
        f.get();
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
    return failed.get();
  }

  /** Times each article on one thread, scores the results and records both. */
  private static void timeOneByOne(List<Gold> corpus, Function<String, Extraction> system, ObjectNode out) {
    Memory.resetPeaks();
    Scorer directAndMixed = new Scorer(Set.of("direct", "mixed"));
    Scorer everything = new Scorer(Set.of("direct", "mixed", "indirect"));
    List<Double> ms = new ArrayList<>();
    long total = 0;
    for (Gold g : corpus) {
      long t = System.nanoTime();
      Extraction x = system.apply(g.text());
      long dt = System.nanoTime() - t;
      total += dt;
      ms.add(dt / 1e6);
      directAndMixed.add(g, x);
      everything.add(g, x);
    }
    out.put("warmMedianMs", Stats.quantile(ms, 0.5)).put("warmP90Ms", Stats.quantile(ms, 0.9))
        .put("perSecond1", corpus.size() / (total / 1e9));
    out.put("directMixedF1", directAndMixed.scores().f1())
        .put("speakerAccuracy", directAndMixed.scores().speakerAccuracy())
        .put("allF1", everything.scores().f1());
  }

  /** Time of the seed article against a 100 times longer article made of its copies. */
  private static void scaling(Extractor extractor, ObjectNode out) throws IOException {
    String seed = Articles.seed();
    List<Double> ms = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      long t = System.nanoTime();
      extractor.apply(seed);
      ms.add((System.nanoTime() - t) / 1e6);
    }
    String longer = String.join("\n\n", Collections.nCopies(100, seed));
    extractor.apply(longer);
    long t = System.nanoTime();
    extractor.apply(longer);
    double longMs = (System.nanoTime() - t) / 1e6;
    out.put("seedMs", Stats.quantile(ms, 0.5)).put("seedX100Ms", longMs)
        .put("scaling100x", longMs / Stats.quantile(ms, 0.5));
  }
}
