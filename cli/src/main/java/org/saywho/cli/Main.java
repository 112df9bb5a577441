package org.saywho.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.saywho.Extraction;
import org.saywho.Extractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code saywho} command. */
@Command(
    name = "saywho",
    mixinStandardHelpOptions = true,
    version = "SayWho 0.1.0",
    description = {
        "Who said what in English news articles: quotes, speakers and cues.",
        "",
        "  saywho FILE...           a who-said-what table per article",
        "  saywho --json FILE...    one JSON object per article",
        "  saywho --jsonl [FILE]    {\"id\",\"text\"} lines from FILE or stdin, a result line each",
        "",
        "Exit status: 0 when every article was processed, 3 when some carried errors, 2 on bad usage."
    },
    sortOptions = false)
public final class Main implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "Article text files (UTF-8); with --jsonl, JSON Lines files.")
  private List<Path> files = new ArrayList<>();

  @Option(names = "--json", description = "Print one JSON object per article.")
  private boolean json;

  @Option(names = "--jsonl", description = "Read {\"id\",\"text\"} lines (stdin when no FILE), write one JSON line each.")
  private boolean jsonl;

  @Option(names = "--no-indirect", description = "Leave out indirect (reported) speech.")
  private boolean noIndirect;

  @Option(names = "--ascii-quotes", description = "Read ''…'' and ``…'' as quote marks (ASCII news archives).")
  private boolean asciiQuotes;

  @Option(names = "--threads", paramLabel = "N", description = "Threads for batches (default: all cores).")
  private int threads = Runtime.getRuntime().availableProcessors();

  private final ObjectMapper mapper = new ObjectMapper();

  /**
   * Runs the command line.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String... args) {
    return new CommandLine(new Main()).execute(args);
  }

  @Override
  public Integer call() throws IOException {
    if (!jsonl && files.isEmpty()) {
      throw new CommandLine.ParameterException(new CommandLine(this), "give at least one FILE, or --jsonl");
    }
    Extractor extractor = Extractor.builder()
        .indirect(!noIndirect)
        .asciiDoubleQuotes(asciiQuotes)
        .threads(Math.max(1, threads))
        .build();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
    try {
      return jsonl ? jsonLines(extractor, out) : articles(extractor, out);
    } finally {
      out.flush();
    }
  }

  private int jsonLines(Extractor extractor, PrintWriter out) throws IOException {
    long errors = 0;
    long unreadable = 0;
    try (JsonLines runner = new JsonLines(extractor, mapper, Math.max(1, threads))) {
      if (files.isEmpty()) {
        errors += runner.run(System.in, "stdin", out);
      } else {
        for (Path f : files) {
          try (InputStream in = Files.newInputStream(f)) {
            errors += runner.run(in, f.toString(), out);
          } catch (IOException e) {
            System.err.println("saywho: cannot read " + f + ": " + e.getMessage());
            unreadable++;
          }
        }
      }
      if (errors > 0 || unreadable > 0) {
        System.err.printf("saywho: %d of %d lines carried errors%s%n", errors, runner.lines(),
            unreadable > 0 ? ", " + unreadable + " files could not be read" : "");
        return 3;
      }
      System.err.printf("saywho: %d lines, no errors%n", runner.lines());
      return 0;
    }
  }

  private int articles(Extractor extractor, PrintWriter out) {
    JsonFormat format = new JsonFormat(mapper);
    int errors = 0;
    for (Path f : files) {
      String text;
      try {
        text = Utf8Files.read(f);
      } catch (IOException e) {
        System.err.println("saywho: " + (e instanceof Utf8Files.NotUtf8Exception ? e.getMessage() : f + ": " + e));
        errors++;
        continue;
      }
      Extraction x = extractor.apply(text);
      if (json) {
        out.println(format.toJson(f.getFileName().toString(), x).toPrettyString());
      } else {
        TableFormat.print(f.toString(), x, out);
      }
      errors += x.failure().isPresent() ? 1 : 0;
      out.flush();
    }
    return errors > 0 ? 3 : 0;
  }
}
