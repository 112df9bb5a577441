package org.saywho.cli;

import java.io.PrintWriter;
import java.util.List;
import org.saywho.Extraction;
import org.saywho.Quote;
import org.saywho.Speaker;

/**
 * {@code --format csv|tsv}: one row per quote, for spreadsheets and pandas: article id, speaker,
 * speaker type, quote type, cue, start, end, text. CSV quotes fields as RFC 4180 does; TSV has no
 * quoting, so tabs and line breaks inside a field become spaces.
 */
final class QuoteRows {

  static final List<String> HEADER = List.of("id", "speaker", "speaker_type", "type", "cue", "cue_kind", "start", "end", "text");

  private final boolean csv;

  QuoteRows(String format) {
    this.csv = format.equals("csv");
  }

  void header(PrintWriter out) {
    row(out, HEADER);
  }

  void rows(String id, Extraction x, PrintWriter out) {
    for (Quote q : x.quotes()) {
      row(out, List.of(id, q.speaker().map(Speaker::name).orElse(""),
          q.speaker().map(s -> s.type().name()).orElse(""), q.type().name(), q.cue().map(c -> c.lemma()).orElse(""),
          q.cue().map(c -> c.kind().name()).orElse(""), String.valueOf(q.span().start()), String.valueOf(q.span().end()), q.text()));
    }
  }

  private void row(PrintWriter out, List<String> fields) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      line.append(i == 0 ? "" : csv ? "," : "\t").append(csv ? csvField(fields.get(i)) : fields.get(i).replaceAll("[\\t\\r\\n]+", " "));
    }
    out.print(line.append(csv ? "\r\n" : "\n"));
  }

  private static String csvField(String f) {
    return f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r") ? "\"" + f.replace("\"", "\"\"") + "\"" : f;
  }
}
