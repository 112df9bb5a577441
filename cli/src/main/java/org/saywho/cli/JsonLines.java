package org.saywho.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Iterator;
import org.saywho.Extractor;
import org.saywho.cli.input.Input;
import org.saywho.cli.input.Inputs;
import org.saywho.web.WebFetcher;

/**
 * Runs {@code --jsonl}: one result line per input article, in input order, flushed line by line. An
 * input that cannot be processed (see {@link Inputs}: not UTF-8, not JSON, no text, an article over
 * {@value Inputs#MAX_ARTICLE_CHARS} characters; or an internal failure) yields
 * {"id","line","error"} in its place and the run goes on.
 */
final class JsonLines implements AutoCloseable {

  private final JsonFormat format;
  private final Runner runner;
  private final boolean withSource;
  private long errors;
  private long lines;

  JsonLines(Extractor extractor, ObjectMapper mapper, int threads) {
    this(extractor, mapper, threads, false);
  }

  /** With {@code withSource}, each line names the file its article came from. */
  JsonLines(Extractor extractor, ObjectMapper mapper, int threads, boolean withSource) {
    this.format = new JsonFormat(mapper);
    this.runner = new Runner(extractor, threads);
    this.withSource = withSource;
  }

  /** Processes a JSON Lines stream; returns the number of its lines that carried errors. */
  long run(InputStream in, String name, PrintWriter out) {
    return run(Inputs.jsonLines(in, name, WebFetcher.builder().build()), out, () -> { });
  }

  /** Processes inputs, calling {@code progress} after each line; returns the number of errors. */
  long run(Iterator<Input> inputs, PrintWriter out, Runnable progress) {
    long before = errors;
    runner.run(inputs, r -> {
      lines++;
      Input in = r.input();
      ObjectNode line;
      if (r.error().isPresent()) {
        errors++;
        line = format.error(in.id().orElse(null), in.line(), r.error().get());
      } else {
        line = format.toJson(in, r.extraction().orElseThrow());
      }
      if (withSource) {
        line.put("source", in.source());
      }
      format.write(line, out, false);
      out.println();
      out.flush();
      BrokenPipe.check(out);
      progress.run();
    });
    return errors - before;
  }

  /** The number of lines written by all runs so far. */
  long lines() {
    return lines;
  }

  @Override
  public void close() {
    runner.close();
  }
}
