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
 * share of CPU samples spent in each annotator of the pipeline.
 *
 * <pre>ProfileByAnnotator CORPUS.jsonl [ROUNDS]</pre>
 */
public final class ProfileByAnnotator {

  private static final String ANNOTATORS = "org.saywho.internal.pipeline.";

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
      samples.merge(annotator(e.getStackTrace().getFrames()), 1, Integer::sum);
    }
    Files.deleteIfExists(jfr);
    System.out.printf(Locale.ROOT, "%d CPU samples over %d rounds of %d articles%n%n| annotator | share |%n| --- | ---: |%n",
        total, rounds, texts.size());
    int all = total;
    samples.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(s -> System.out.printf(Locale.ROOT, "| %s | %.1f%% |%n", s.getKey(), 100.0 * s.getValue() / all));
  }

  private static String annotator(List<RecordedFrame> frames) {
    for (RecordedFrame f : frames) {
      String type = f.getMethod().getType().getName();
      if (type.startsWith(ANNOTATORS) && type.endsWith("Annotator") && f.getMethod().getName().equals("annotate")) {
        return type.substring(ANNOTATORS.length());
      }
      if (type.equals("org.saywho.Assembler")) {
        return "Assembler (public records)";
      }
    }
    return "other (outside the pipeline)";
  }
}
