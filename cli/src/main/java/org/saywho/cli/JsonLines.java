package org.saywho.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.saywho.Extraction;
import org.saywho.Extractor;

/**
 * Runs {@code --jsonl}: reads {"id","text"} lines, writes one result line per input line in the same
 * order, flushed line by line. A line that cannot be processed yields {"id","line","error"} and the run
 * goes on. Lines are processed in batches on all cores.
 */
final class JsonLines {

  private static final int BATCH = 32;

  private final Extractor extractor;
  private final ObjectMapper mapper;
  private final JsonFormat format;
  private long errors;
  private long lines;

  JsonLines(Extractor extractor, ObjectMapper mapper) {
    this.extractor = extractor;
    this.mapper = mapper;
    this.format = new JsonFormat(mapper);
  }

  /** One input line, parsed: either a text to process or an error to report. */
  private record Item(long line, Object id, String text, String error) {}

  /** Processes every line of {@code in}; returns the number of lines that carried errors. */
  long run(BufferedReader in, PrintWriter out) throws IOException {
    List<Item> batch = new ArrayList<>(BATCH);
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lines++;
      if (line.isBlank()) {
        batch.add(new Item(lines, null, null, "empty line"));
      } else {
        batch.add(parse(lines, line));
      }
      if (batch.size() == BATCH) {
        flush(batch, out);
      }
    }
    flush(batch, out);
    return errors;
  }

  long lines() {
    return lines;
  }

  private Item parse(long n, String line) {
    try {
      JsonNode node = mapper.readTree(line);
      if (node == null || !node.isObject()) {
        return new Item(n, null, null, "not a JSON object");
      }
      Object id = node.hasNonNull("id") ? node.get("id").asText() : null;
      JsonNode text = node.get("text");
      if (text == null || !text.isTextual()) {
        return new Item(n, id, null, "no \"text\" string");
      }
      return new Item(n, id, text.asText(), null);
    } catch (IOException | RuntimeException e) {
      return new Item(n, null, null, "malformed JSON: " + firstLine(e.getMessage()));
    }
  }

  private void flush(List<Item> batch, PrintWriter out) {
    List<String> texts = batch.stream().filter(i -> i.text() != null).map(Item::text).toList();
    List<Extraction> results = extractor.extractAll(texts);
    int k = 0;
    for (Item item : batch) {
      if (item.text() == null) {
        errors++;
        out.println(format.error(item.id(), item.line(), item.error()).toString());
      } else {
        Extraction x = results.get(k++);
        String id = item.id() == null ? String.valueOf(item.line()) : (String) item.id();
        if (x.failure().isPresent()) {
          errors++;
          out.println(format.error(item.id(), item.line(), x.failure().get()).toString());
        } else {
          out.println(format.toJson(id, x).toString());
        }
      }
      out.flush();
    }
    batch.clear();
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
