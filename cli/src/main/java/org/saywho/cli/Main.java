package org.saywho.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.saywho.Extraction;
import org.saywho.Extractor;
import org.saywho.cli.input.Input;
import org.saywho.cli.input.Inputs;
import org.saywho.cli.report.CorpusStats;
import org.saywho.cli.report.ReportPage;
import org.saywho.web.WebFetcher;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code saywho} command. */
@Command(
    name = "saywho",
    mixinStandardHelpOptions = true,
    version = "SayWho 0.1.0",
    description = {
        "Who said what in English news articles: quotes, speakers, cues and claims.",
        "",
        "  saywho FILE|URL...          a who-said-what table per article (.txt, .html, .html.gz, a URL)",
        "  saywho --json FILE|URL...   one JSON object per article",
        "  saywho --jsonl [PATH...]    a JSON line per article of .jsonl, .txt and .html files, folders, URLs",
        "                              ({\"id\",\"text\"|\"html\"|\"url\"} lines on stdin when no PATH)",
        "  saywho --html FILE          a highlighted report page of one article",
        "  saywho --stats PATH...      who is quoted most across a corpus (--json for machines)",
        "",
        "Exit status: 0 when every article was processed, 3 when some carried errors, 2 on bad usage,",
        "1 when the run itself failed (an unreadable folder or output file)."
    },
    sortOptions = false)
public final class Main implements Callable<Integer> {

  @Parameters(paramLabel = "PATH",
      description = "Article files (.txt, .html, .html.gz, .jsonl), folders of them, or http(s) URLs of pages.")
  private List<String> paths = new ArrayList<>();

  @ArgGroup(exclusive = true)
  private Mode mode = new Mode();

  /** What to print; a table when none is chosen. */
  static final class Mode {
    @Option(names = "--jsonl", description = "Write one JSON line per article, in input order.")
    boolean jsonl;

    @Option(names = "--html", description = "Write a self-contained report page of one article.")
    boolean html;

    @Option(names = "--stats", description = "Print who is quoted most across all the articles.")
    boolean stats;
  }

  @Option(names = "--json", description = "One JSON object per article; with --stats, the figures as JSON.")
  private boolean json;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
  private Path out;

  @Option(names = "--no-indirect", description = "Leave out indirect (reported) speech.")
  private boolean noIndirect;

  @Option(names = "--ascii-quotes", description = "Read ''…'' and ``…'' as quote marks (ASCII news archives).")
  private boolean asciiQuotes;

  @Option(names = "--threads", paramLabel = "N", description = "Threads for batches (default: all cores).")
  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--allow-private-hosts",
      description = "Fetch URLs on loopback, private and link-local addresses too (refused by default).")
  private boolean allowPrivateHosts;

  @Option(names = "--progress", description = "Show a progress bar on stderr (./saywho adds it when stderr is a terminal).")
  private boolean progress;

  private final ObjectMapper mapper = new ObjectMapper();
  private WebFetcher fetcher = WebFetcher.builder().build();

  /**
   * Runs the command line.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String... args) {
    return new CommandLine(new Main())
        .setExecutionExceptionHandler((e, cl, parsed) -> {
          System.err.println("saywho: " + e.getMessage());
          return 1;
        })
        .execute(args);
  }

  @Override
  public Integer call() throws IOException {
    CommandLine cl = new CommandLine(this);
    if (!mode.jsonl && paths.isEmpty()) {
      throw new CommandLine.ParameterException(cl, "give at least one PATH, or --jsonl to read stdin");
    }
    if (mode.html && paths.size() != 1) {
      throw new CommandLine.ParameterException(cl, "--html takes exactly one article file");
    }
    Extractor extractor = Extractor.builder()
        .indirect(!noIndirect)
        .asciiDoubleQuotes(asciiQuotes)
        .threads(Math.max(1, threads))
        .build();
    fetcher = WebFetcher.builder().allowPrivateHosts(allowPrivateHosts).build();
    OutputStream stream = out == null ? System.out : Files.newOutputStream(out);
    PrintWriter writer = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), false);
    try {
      if (mode.jsonl) {
        return jsonLines(extractor, writer);
      }
      if (mode.stats) {
        return stats(extractor, writer);
      }
      return articles(extractor, writer);
    } finally {
      writer.flush();
      if (out != null) {
        writer.close();
      }
    }
  }

  private int jsonLines(Extractor extractor, PrintWriter writer) {
    long errors;
    long lines;
    try (JsonLines runner = new JsonLines(extractor, mapper, Math.max(1, threads), !paths.isEmpty());
        Progress bar = progress(paths)) {
      Iterator<Input> inputs = paths.isEmpty() ? Inputs.jsonLines(System.in, "stdin", fetcher) : Inputs.of(paths, fetcher);
      errors = runner.run(inputs, writer, bar::step);
      lines = runner.lines();
    }
    System.err.printf("saywho: %d lines, %s%n", lines, errors == 0 ? "no errors" : errors + " with errors");
    return errors == 0 ? 0 : 3;
  }

  private int stats(Extractor extractor, PrintWriter writer) {
    CorpusStats stats = new CorpusStats();
    try (Runner runner = new Runner(extractor, Math.max(1, threads)); Progress bar = progress(paths)) {
      runner.run(Inputs.of(paths, fetcher), r -> {
        r.extraction().ifPresentOrElse(stats::add, stats::addError);
        bar.step();
      });
    }
    if (json) {
      writer.println(stats.toJson(mapper).toPrettyString());
    } else {
      stats.printTable(writer, 30);
    }
    return stats.errors() == 0 ? 0 : 3;
  }

  private int articles(Extractor extractor, PrintWriter writer) {
    JsonFormat format = new JsonFormat(mapper);
    int errors = 0;
    for (Iterator<Input> it = Inputs.of(paths, fetcher); it.hasNext(); ) {
      Input in = it.next();
      if (in.error().isPresent()) {
        System.err.println("saywho: " + in.error().get());
        errors++;
        continue;
      }
      Extraction x = extractor.apply(in.text());
      if (mode.html) {
        writer.print(ReportPage.render(in.page().flatMap(p -> p.headline()).orElse(in.label()), x));
      } else if (json) {
        writer.println(format.toJson(in, x).toPrettyString());
      } else {
        TableFormat.print(in.source(), x, writer);
      }
      errors += x.failure().isPresent() ? 1 : 0;
      writer.flush();
    }
    return errors > 0 ? 3 : 0;
  }

  private Progress progress(List<String> inputs) {
    return progress && !inputs.isEmpty() ? Progress.bar(Inputs.count(Inputs.expand(inputs))) : Progress.none();
  }
}
