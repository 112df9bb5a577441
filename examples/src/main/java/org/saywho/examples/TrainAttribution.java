package org.saywho.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.saywho.Quote;
import org.saywho.Span;
import org.saywho.Training;
import org.saywho.Training.AnnotatedArticle;
import org.saywho.Training.AttributionScores;
import org.saywho.Training.AttributionSettings;
import org.saywho.Training.Counts;
import org.saywho.Training.GoldAttribution;

/**
 * Rebuilds the attribution tagger from PolNeAR's training split, bit for bit (one thread, events in
 * corpus order), prints its scores on the dev split through the whole attribution stage, and writes
 * the model and its settings. About 8 minutes and 10 GB of heap on 2 cores.
 *
 * <pre>
 * ./mvnw -q -pl examples exec:java -Dexec.mainClass=org.saywho.examples.TrainAttribution \
 *     -Dexec.args="../shared/corpora/polnear-train.jsonl ../shared/corpora/polnear-dev.jsonl models/src/main/resources/org/saywho/models"
 * </pre>
 */
public final class TrainAttribution {

  private TrainAttribution() {}

  /**
   * Runs the training.
   *
   * @param args the training corpus, the dev corpus and the output directory
   * @throws IOException when a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: TrainAttribution TRAIN.jsonl DEV.jsonl OUTPUT_DIR");
      System.exit(2);
    }
    Path train = Path.of(args[0]);
    long t0 = System.nanoTime();
    Training.AttributionCorpus corpus = Training.attributionCorpus(read(train));
    System.out.printf(Locale.ROOT, "%d training tokens read in %.0f s%n", corpus.tokens(), (System.nanoTime() - t0) / 1e9);
    AttributionSettings settings = AttributionSettings.SHIPPED;
    t0 = System.nanoTime();
    byte[] bytes = Training.trainAttribution(corpus, settings);
    System.out.printf(Locale.ROOT, "trained in %.0f s: %d bytes, sha256 %s%n", (System.nanoTime() - t0) / 1e9, bytes.length,
        TrainCheckWorthiness.sha256(bytes));
    AttributionScores dev = Training.evaluateAttribution(bytes, read(Path.of(args[1])));
    for (Quote.Type type : Quote.Type.values()) {
      report(type.name().toLowerCase(Locale.ROOT), dev.byType().getOrDefault(type, new Counts(0, 0, 0)));
    }
    report("all", dev.all());
    Path out = Path.of(args[2]);
    Files.createDirectories(out);
    Files.write(out.resolve("attribution.bin"), bytes);
    String props = String.format(Locale.ROOT,
        "# Written by org.saywho.examples.TrainAttribution; do not edit.%n"
            + "corpus=%s%ncorpus.sha256=%s%ntokens=%d%nfeatures.sha256=%s%nl2=%s%niterations=%d%ncutoff=%d%nmodel.sha256=%s%n",
        train.getFileName(), TrainCheckWorthiness.sha256(Files.readAllBytes(train)), corpus.tokens(), corpus.featuresSha256(),
        settings.l2(), settings.iterations(), settings.cutoff(), TrainCheckWorthiness.sha256(bytes));
    Files.writeString(out.resolve("attribution.properties"), props, StandardCharsets.UTF_8);
  }

  private static void report(String label, Counts c) {
    System.out.printf(Locale.ROOT, "  dev %-9s P=%.3f R=%.3f F1=%.3f (gold %d, found %d, extra %d)%n", label, c.precision(),
        c.recall(), c.f1(), c.gold(), c.found(), c.extra());
  }

  /**
   * Reads a PolNeAR corpus in SayWho's JSONL gold format.
   *
   * @param corpus the file
   * @return its annotated articles
   * @throws IOException when it cannot be read
   */
  public static List<AnnotatedArticle> read(Path corpus) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<AnnotatedArticle> out = new ArrayList<>();
    for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = mapper.readTree(line);
      List<GoldAttribution> gold = new ArrayList<>();
      for (String field : List.of("quotes", "indirect")) {
        for (JsonNode q : n.path(field)) {
          gold.add(new GoldAttribution(Span.of(q.get("start").asInt(), q.get("end").asInt()),
              Quote.Type.valueOf(q.get("type").asText().toUpperCase(Locale.ROOT)), span(q, "cue"), span(q, "speaker")));
        }
      }
      out.add(new AnnotatedArticle(n.get("text").asText(), gold));
    }
    return out;
  }

  private static Optional<Span> span(JsonNode q, String prefix) {
    JsonNode s = q.get(prefix + "_start");
    return s == null || s.isNull() ? Optional.empty() : Optional.of(Span.of(s.asInt(), q.get(prefix + "_end").asInt()));
  }
}
