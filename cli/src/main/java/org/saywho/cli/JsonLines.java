package org.saywho.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.saywho.Extraction;
import org.saywho.Extractor;

/**
 * Runs {@code --jsonl}: reads {"id","text"} lines, writes one result line per input line in the same
 * order, flushed line by line. A line that cannot be processed (not UTF-8, not JSON, no text, an
 * article over {@value #MAX_ARTICLE_CHARS} characters, an internal failure) yields
 * {"id","line","error"} and the run goes on. Articles are processed on several threads with only a
 * few in flight, so a killed run loses no more than those.
 */
final class JsonLines implements AutoCloseable {

  /** The longest article accepted, in UTF-16 chars: 10 million, a few hundred times a long feature. */
  static final int MAX_ARTICLE_CHARS = 10_000_000;
  /** Lines longer than this many bytes are reported, not parsed. */
  static final int MAX_LINE_BYTES = 64 << 20;

  private final Extractor extractor;
  private final ObjectMapper mapper;
  private final JsonFormat format;
  private final ExecutorService pool;
  private final int inFlight;
  private long errors;
  private long lines;

  JsonLines(Extractor extractor, ObjectMapper mapper, int threads) {
    this.extractor = extractor;
    this.mapper = mapper;
    this.format = new JsonFormat(mapper);
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "saywho-jsonl");
      t.setDaemon(true);
      return t;
    });
    this.inFlight = 2 * threads;
  }

  /** One input line, parsed: either a text to process or an error to report. */
  private record Item(long line, String id, String text, String error) {}

  /** An item and, when it has a text, its extraction under way. */
  private record Pending(Item item, Future<Extraction> result) {}

  /**
   * Processes every line of {@code in}, numbering lines from 1.
   *
   * @param name how errors name the input (a file name, or "stdin")
   * @return the number of lines of {@code in} that carried errors
   */
  long run(InputStream in, String name, PrintWriter out) throws IOException {
    long errorsBefore = errors;
    ByteLines reader = new ByteLines(in, MAX_LINE_BYTES);
    Deque<Pending> pending = new ArrayDeque<>();
    long n = 0;
    for (ByteLines.Line line = reader.next(); line != null; line = reader.next()) {
      lines++;
      Item item = parse(++n, line, name);
      pending.add(new Pending(item, item.text() == null ? null : pool.submit(() -> extractor.apply(item.text()))));
      while (pending.size() > inFlight || !pending.isEmpty() && done(pending.peek())) {
        write(pending.poll(), out);
      }
    }
    while (!pending.isEmpty()) {
      write(pending.poll(), out);
    }
    return errors - errorsBefore;
  }

  /** The number of lines read by all runs so far. */
  long lines() {
    return lines;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  private static boolean done(Pending p) {
    return p.result() == null || p.result().isDone();
  }

  private Item parse(long n, ByteLines.Line line, String name) {
    if (line.truncated()) {
      return new Item(n, null, null, "line longer than " + MAX_LINE_BYTES + " bytes");
    }
    String json;
    try {
      json = Utf8Files.decode(line.bytes(), name, line.offset());
    } catch (Utf8Files.NotUtf8Exception e) {
      return new Item(n, null, null, e.getMessage());
    }
    if (json.isBlank()) {
      return new Item(n, null, null, "empty line");
    }
    try {
      JsonNode node = mapper.readTree(json);
      if (node == null || !node.isObject()) {
        return new Item(n, null, null, "not a JSON object");
      }
      String id = node.hasNonNull("id") ? node.get("id").asText() : null;
      JsonNode text = node.get("text");
      if (text == null || !text.isTextual()) {
        return new Item(n, id, null, "no \"text\" string");
      }
      if (text.asText().length() > MAX_ARTICLE_CHARS) {
        return new Item(n, id, null, "article of " + text.asText().length() + " characters is over the limit of "
            + MAX_ARTICLE_CHARS);
      }
      return new Item(n, id, text.asText(), null);
    } catch (IOException | RuntimeException e) {
      return new Item(n, null, null, "malformed JSON: " + firstLine(e.getMessage()));
    }
  }

  private void write(Pending p, PrintWriter out) {
    Item item = p.item();
    String error = item.error();
    Extraction x = null;
    if (p.result() != null) {
      try {
        x = p.result().get();
        error = x.failure().orElse(null);
      } catch (ExecutionException e) {
        error = "internal error: " + e.getCause();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        error = "interrupted";
      }
    }
    if (error != null) {
      errors++;
      out.println(format.error(item.id(), item.line(), error).toString());
    } else {
      out.println(format.toJson(item.id() == null ? String.valueOf(item.line()) : item.id(), x).toString());
    }
    out.flush();
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
