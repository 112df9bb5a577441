package org.saywho.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.saywho.Extraction;
import org.saywho.Extractor;
import org.saywho.cli.input.Input;
import org.saywho.cli.input.Inputs;
import org.saywho.cli.report.CorpusStats;
import org.saywho.web.WebArticle;
import org.saywho.cli.report.ReportPage;
import org.jspecify.annotations.Nullable;
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
    version = "SayWho 0.2.0",
    usageHelpWidth = 100,
    description = {
        "Who said what in English news articles: quotes, speakers, cues and claims.",
        "",
        "  saywho FILE|URL...          a who-said-what table per article",
        "                              (.txt, .html, .html.gz files; http(s) URLs of pages)",
        "  cat story.txt | saywho      the same for an article on stdin (or: saywho -)",
        "  saywho --json FILE|URL...   JSON: one object, or an array of them for several inputs",
        "  saywho --format csv FILE... one row per quote (csv or tsv), for spreadsheets and pandas",
        "  saywho --jsonl [PATH...]    one JSON line per article of .jsonl, .txt and .html files,",
        "                              folders and URLs; {\"id\",\"text\"|\"html\"|\"url\"} lines on stdin",
        "                              when no PATH",
        "  saywho --html FILE|URL      a highlighted report page of one article",
        "  saywho --stats PATH...      who is quoted most across a corpus (--json for machines)",
        "  saywho serve [--port N]     SayWho over HTTP, with a page to try it (saywho serve --help)",
        "",
        "Exit status: 0 when every article was processed, 3 when some carried errors, 2 on bad",
        "usage, 1 when the run itself failed (an unreadable folder or output file), 141 when the",
        "output was closed early (| head)."
    },
    sortOptions = false)
public final class Main implements Callable<Integer> {

  @Parameters(paramLabel = "PATH",
      description = "Article files (.txt, .html, .html.gz, .jsonl), folders of them, http(s) URLs, or - for stdin.")
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

  @Option(names = "--json", description = "JSON instead of a table; with --stats, the figures as JSON.")
  private boolean json;

  @Option(names = "--format", paramLabel = "csv|tsv", description = "One row per quote, as CSV or TSV.")
  private @Nullable String format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
  private @Nullable Path out;

  @Option(names = "--no-indirect", description = "Leave out indirect (reported) speech.")
  private boolean noIndirect;

  @Option(names = "--speech-only", description = "Leave out quotes whose cue reports a belief, intention or feeling (\"believes\", \"wants\").")
  private boolean speechOnly;

  @Option(names = "--claim-topics", paramLabel = "TERMS", split = ",",
      description = "Claim topics to follow, comma-separated (covid,vaccine,mask): each claim lists the topics it is"
          + " about, and only claims about one are check-worthy.")
  private List<String> claimTopics = new ArrayList<>();

  @Option(names = "--min-confidence", paramLabel = "X", description = "Leave out quotes below confidence X (0 to 1).")
  private double minConfidence;

  @Option(names = "--ascii-quotes", description = "Read ''…'' and ``…'' as quote marks (ASCII news archives).")
  private boolean asciiQuotes;

  @Option(names = "--encoding", paramLabel = "CHARSET",
      description = "Charset of .txt files (default UTF-8, or UTF-16 by its byte-order mark).")
  private @Nullable String encoding;

  @Option(names = "--threads", paramLabel = "N", description = "Threads for batches (default: all cores).")
  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--allow-private-hosts",
      description = "Fetch URLs on loopback, private and link-local addresses too (refused by default).")
  private boolean allowPrivateHosts;

  @Option(names = "--progress",
      description = "Show a progress bar on stderr (./saywho adds it when stderr is a terminal and stdout is not).")
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
        .setParameterExceptionHandler((e, a) -> usage(e.getMessage()))
        .setExecutionExceptionHandler((e, cl, parsed) -> {
          if (e instanceof CommandLine.ParameterException p) {
            return usage(p.getMessage());
          }
          System.err.println("saywho: " + e.getMessage());
          return 1;
        })
        .execute(args);
  }

  /** A usage error: one line saying what is wrong, one pointing at --help. */
  private static int usage(String message) {
    System.err.println("saywho: " + message);
    System.err.println("Try 'saywho --help' for more information.");
    return 2;
  }

  @Override
  public Integer call() throws IOException {
    CommandLine cl = new CommandLine(this);
    Optional<Charset> charset = checkOptions(cl);
    if (paths.isEmpty() && !mode.jsonl) {
      if (System.console() != null) {
        throw new CommandLine.ParameterException(cl, "give a FILE, a URL or -, or pipe an article into stdin");
      }
      paths = List.of("-");
    }
    if (mode.stats) {
      for (String p : paths) {
        if (!Inputs.isUrl(p) && !p.equals("-") && !Files.exists(Path.of(p))) {
          throw new IOException("no such file or folder: " + p);
        }
      }
    }
    Extractor extractor = Extractor.builder()
        .indirect(!noIndirect)
        .speechOnly(speechOnly)
        .claimTopics(claimTopics)
        .minConfidence(minConfidence)
        .asciiDoubleQuotes(asciiQuotes)
        .threads(threads)
        .build();
    fetcher = WebFetcher.builder().allowPrivateHosts(allowPrivateHosts).build();
    OutputStream stream = open(out);
    PrintWriter writer = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), false);
    try {
      if (mode.jsonl) {
        return jsonLines(extractor, writer);
      }
      if (mode.stats) {
        return stats(extractor, writer, charset);
      }
      return articles(extractor, writer, charset);
    } catch (BrokenPipe e) {
      return BrokenPipe.STATUS;
    } finally {
      writer.flush();
      if (out != null) {
        writer.close();
      }
    }
  }

  /** Refuses options that contradict each other or are out of range; returns the named charset. */
  private Optional<Charset> checkOptions(CommandLine cl) {
    if (json && (mode.jsonl || mode.html)) {
      throw new CommandLine.ParameterException(cl, "--json and " + (mode.jsonl ? "--jsonl" : "--html")
          + " are two output formats: choose one");
    }
    if (format != null && !format.equals("csv") && !format.equals("tsv")) {
      throw new CommandLine.ParameterException(cl, "--format takes csv or tsv, not " + format);
    }
    if (format != null && (json || mode.jsonl || mode.html || mode.stats)) {
      throw new CommandLine.ParameterException(cl, "--format " + format + " is an output format of its own: "
          + "leave out --json, --jsonl, --html and --stats");
    }
    if (threads < 1) {
      throw new CommandLine.ParameterException(cl, "--threads must be at least 1, not " + threads);
    }
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new CommandLine.ParameterException(cl, "--min-confidence must be between 0 and 1, not " + minConfidence);
    }
    if (claimTopics.stream().anyMatch(String::isBlank)) {
      throw new CommandLine.ParameterException(cl, "--claim-topics takes comma-separated terms, none of them blank: "
          + String.join(",", claimTopics));
    }
    if (mode.html && paths.size() != 1) {
      throw new CommandLine.ParameterException(cl, "--html writes one page for one article: give exactly one FILE or URL");
    }
    if (encoding == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Charset.forName(encoding));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl, "--encoding: unknown charset " + encoding);
    }
  }

  /** Opens the output: stdout (whose broken pipe {@link BrokenPipe} sees), or a file, with a clear error. */
  private static OutputStream open(@Nullable Path file) throws IOException {
    if (file == null) {
      return System.out;
    }
    try {
      return Files.newOutputStream(file);
    } catch (NoSuchFileException e) {
      throw new IOException("cannot write " + file + ": no such folder", e);
    } catch (AccessDeniedException e) {
      throw new IOException("cannot write " + file + ": permission denied", e);
    } catch (FileSystemException e) {
      throw new IOException("cannot write " + file + ": " + (e.getReason() == null ? e.getMessage() : e.getReason()), e);
    }
  }

  private int jsonLines(Extractor extractor, PrintWriter writer) {
    long errors;
    long lines;
    try (JsonLines runner = new JsonLines(extractor, mapper, threads, !paths.isEmpty());
        Progress bar = progress(paths)) {
      Iterator<Input> inputs = paths.isEmpty() || paths.equals(List.of("-"))
          ? Inputs.jsonLines(System.in, "stdin", fetcher) : Inputs.of(paths, fetcher);
      errors = runner.run(inputs, writer, bar::step);
      lines = runner.lines();
    }
    System.err.printf("saywho: %s, %s%n", plural(lines, "line"), errors == 0 ? "no errors" : errors + " with errors");
    return errors == 0 ? 0 : 3;
  }

  private int stats(Extractor extractor, PrintWriter writer, Optional<Charset> charset) {
    CorpusStats stats = new CorpusStats();
    try (Runner runner = new Runner(extractor, threads); Progress bar = progress(paths)) {
      runner.run(Inputs.of(paths, fetcher, charset), r -> {
        r.extraction().ifPresentOrElse(x -> stats.add(x, r.input().page().flatMap(WebArticle::outlet)), stats::addError);
        r.error().ifPresent(e -> System.err.println("saywho: " + e));
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

  private int articles(Extractor extractor, PrintWriter writer, Optional<Charset> charset) {
    JsonFormat jsonFormat = new JsonFormat(mapper);
    boolean array = json && Inputs.count(Inputs.expand(paths)) > 1;
    QuoteRows rows = format == null ? null : new QuoteRows(format);
    if (rows != null) {
      rows.header(writer);
    }
    if (array) {
      writer.println("[");
    }
    int errors = 0;
    boolean first = true;
    for (Iterator<Input> it = Inputs.of(paths, fetcher, charset); it.hasNext(); ) {
      Input in = it.next();
      if (in.error().isPresent()) {
        System.err.println("saywho: " + in.error().get());
        errors++;
        continue;
      }
      Extraction x = extractor.apply(in.text());
      if (mode.html) {
        writer.print(ReportPage.render(in.label(), in.page().flatMap(p -> p.headline()), x));
      } else if (rows != null) {
        rows.rows(in.label(), x, writer);
      } else if (json) {
        writer.print(array && !first ? ",\n" : "");
        jsonFormat.write(jsonFormat.toJson(in, x), writer, true);
        if (!array) {
          writer.println();
        }
      } else {
        TableFormat.print(in.label(), x, writer);
      }
      first = false;
      errors += x.failure().isPresent() ? 1 : 0;
      writer.flush();
      BrokenPipe.check(writer);
    }
    if (array) {
      writer.println(first ? "]" : "\n]");
    }
    return errors > 0 ? 3 : 0;
  }

  /** "1 line", "2 lines". */
  static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private Progress progress(List<String> inputs) {
    return progress && !inputs.isEmpty() && !inputs.contains("-") ? Progress.bar(Inputs.count(Inputs.expand(inputs)))
        : Progress.none();
  }
}
