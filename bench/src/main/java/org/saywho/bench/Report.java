package org.saywho.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Prints the measurements of {@link SideBySide} for SayWho and CoreNLP as a Markdown table, ending
 * with the line {@code saywho/corenlp throughput ratio: N.N} (one thread, warm).
 *
 * <pre>Report SAYWHO.json CORENLP.json</pre>
 */
public final class Report {

  private Report() {}

  /**
   * Prints the table.
   *
   * @param args the two result files
   * @throws IOException when one cannot be read
   */
  public static void main(String[] args) throws IOException {
    ObjectMapper json = new ObjectMapper();
    print(json.readTree(Path.of(args[0]).toFile()), json.readTree(Path.of(args[1]).toFile()), System.out);
  }

  static void print(JsonNode s, JsonNode c, PrintStream out) {
    out.printf(Locale.ROOT, "%d articles, %d words; %d cores%n%n", s.get("articles").asInt(), s.get("words").asLong(),
        s.get("threads").asInt());
    out.println("| measure | SayWho | CoreNLP |");
    out.println("| --- | ---: | ---: |");
    row(out, "construction (s)", s, c, "buildSeconds", "%.2f");
    row(out, "warm ms/article, median", s, c, "warmMedianMs", "%.1f");
    row(out, "warm ms/article, p90", s, c, "warmP90Ms", "%.1f");
    row(out, "articles/s, 1 thread", s, c, "perSecond1", "%.2f");
    row(out, "articles/s, all cores", s, c, "perSecondAll", "%.2f");
    row(out, "all cores / 1 thread", s, c, "speedupAll", "%.2f×");
    row(out, "articles failing on all cores", s, c, "failedAll", "%.0f");
    row(out, "peak heap used (MB)", s, c, "peakHeapMb", "%.0f");
    row(out, "peak resident (MB)", s, c, "peakRssMb", "%.0f");
    row(out, "direct+mixed F1", s, c, "directMixedF1", "%.3f");
    row(out, "speaker accuracy", s, c, "speakerAccuracy", "%.3f");
    row(out, "all attributions F1", s, c, "allF1", "%.3f");
    if (s.has("scaling100x")) {
      out.printf(Locale.ROOT, "%nSayWho scaling: seed article %.1f ms, 100 copies joined %.0f ms (%.1f×)%n",
          s.get("seedMs").asDouble(), s.get("seedX100Ms").asDouble(), s.get("scaling100x").asDouble());
    }
    out.printf(Locale.ROOT, "%nsaywho/corenlp throughput ratio: %.1f%n",
        s.get("perSecond1").asDouble() / c.get("perSecond1").asDouble());
  }

  private static void row(PrintStream out, String label, JsonNode s, JsonNode c, String field, String format) {
    out.printf(Locale.ROOT, "| %s | %s | %s |%n", label, cell(s, field, format), cell(c, field, format));
  }

  private static String cell(JsonNode n, String field, String format) {
    return n.has(field) ? String.format(Locale.ROOT, format, n.get(field).asDouble()) : "–";
  }
}
