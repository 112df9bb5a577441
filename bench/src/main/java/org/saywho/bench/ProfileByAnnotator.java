package org.saywho.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import org.saywho.Extractor;

/**
 * Where SayWho's time goes: runs the extractor over a corpus under Java Flight Recorder and prints the
 * share of CPU samples spent in each stage of the pipeline.
 *
 * <pre>ProfileByAnnotator CORPUS.jsonl [ROUNDS]</pre>
 */
public final class ProfileByAnnotator {

  /** Each stage's entry point, as "class.method", and the stage's name in the table. */
  private static final Map<String, String> STAGES = Map.ofEntries(
      Map.entry("org.saywho.internal.text.Layouts.of", "layout"),
      Map.entry("org.saywho.internal.text.QuoteMarks.find", "quote marks"),
      Map.entry("org.saywho.internal.text.Tokenizer.tokenize", "tokenizer"),
      Map.entry("org.saywho.internal.text.QuoteTokens.of", "quote tokens"),
      Map.entry("org.saywho.internal.text.SentenceSplitter.split", "sentences"),
      Map.entry("org.saywho.internal.text.Tagger.tag", "tagger"),
      Map.entry("org.saywho.internal.text.TagRules.apply", "tag rules"),
      Map.entry("org.saywho.internal.attribution.Units.of", "units"),
      Map.entry("org.saywho.internal.attribution.Attributor.attribute", "attribution grammar"),
      Map.entry("org.saywho.internal.attribution.TokenFeatures.of", "attribution model: features"),
      Map.entry("org.saywho.internal.attribution.AttributionTagger.label", "attribution model: tagging"),
      Map.entry("org.saywho.internal.attribution.TaggedAttributions.merge", "attribution model: merge"),
      Map.entry("org.saywho.internal.entity.NamedEntities.label", "entities: named-entity recogniser"),
      Map.entry("org.saywho.internal.entity.EntityResolver.resolve", "entities: names, coreference, gender"),
      Map.entry("org.saywho.internal.claims.ClaimFinder.find", "claims"),
      Map.entry("org.saywho.Assembler.assemble", "assembler (public records)"));

  private ProfileByAnnotator() {}

  /**
   * Profiles and prints the table.
   *
   * @param args the corpus and the number of rounds over it (default 5)
   * @throws IOException when the corpus or the recording cannot be read
   */
  public static void main(String[] args) throws IOException {
    List<String> texts = Articles.texts(Path.of(args[0]));
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Extractor extractor = Extractor.builder().threads(1).build();
    texts.forEach(extractor::apply);
    Path jfr = Files.createTempFile("saywho", ".jfr");
    try (Recording r = new Recording()) {
      r.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(5));
      r.setToDisk(true);
      r.start();
      for (int i = 0; i < rounds; i++) {
        texts.forEach(extractor::apply);
      }
      r.stop();
      r.dump(jfr);
    }
    Map<String, Integer> samples = new TreeMap<>();
    int total = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
      if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
        continue;
      }
      total++;
      samples.merge(stage(e.getStackTrace().getFrames()), 1, Integer::sum);
    }
    Files.deleteIfExists(jfr);
    System.out.printf(Locale.ROOT, "%d CPU samples over %d rounds of %d articles%n%n| stage | share |%n| --- | ---: |%n",
        total, rounds, texts.size());
    int all = total;
    samples.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(s -> System.out.printf(Locale.ROOT, "| %s | %.1f%% |%n", s.getKey(), 100.0 * s.getValue() / all));
  }

  private static String stage(List<RecordedFrame> frames) {
    for (RecordedFrame f : frames) {
      String stage = STAGES.get(f.getMethod().getType().getName() + "." + f.getMethod().getName());
      if (stage != null) {
        return stage;
      }
    }
    return "other (outside the pipeline)";
  }
}
