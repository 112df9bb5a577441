package org.saywho.cli.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.nio.charset.Charset;
import org.jspecify.annotations.Nullable;
import org.saywho.web.WebArticle;
import org.saywho.web.WebFetchException;
import org.saywho.web.WebFetcher;
import org.saywho.web.WebPage;

/**
 * The articles of the command line's inputs, in order: text files ({@code .txt}, or any other name),
 * saved web pages ({@code .html}, {@code .htm}, gzipped too), URLs ({@code http://}, {@code https://},
 * fetched), JSON Lines files ({@code .jsonl}: {"id","text"}, {"id","html"} or {"id","url"} per line)
 * and folders of these, walked in name order. Whatever cannot be read or fetched becomes an input
 * carrying an error, in its place.
 */
public final class Inputs implements Iterator<Input> {

  /** The longest article accepted, in UTF-16 chars: 10 million, a few hundred times a long feature. */
  public static final int MAX_ARTICLE_CHARS = 10_000_000;
  /** Lines longer than this many bytes are reported, not parsed. */
  public static final int MAX_LINE_BYTES = 64 << 20;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Deque<Entry> files;
  private final WebFetcher fetcher;
  private final Optional<Charset> encoding;
  private ByteLines lines;
  private InputStream open;
  private String linesName;
  private long lineNumber;
  private Input next;

  private Inputs(List<Entry> files, @Nullable InputStream stream, @Nullable String name, WebFetcher fetcher,
      Optional<Charset> encoding) {
    this.files = new ArrayDeque<>(files);
    this.fetcher = fetcher;
    this.encoding = encoding;
    if (stream != null) {
      startLines(stream, name);
    }
  }

  /**
   * The articles of files, folders and URLs.
   *
   * @param args files, folders and URLs, as given on the command line
   * @param fetcher fetches the URLs
   * @return their articles, in order
   */
  public static Inputs of(List<String> args, WebFetcher fetcher) {
    return of(args, fetcher, Optional.empty());
  }

  /**
   * The articles of files, folders and URLs, "-" standing for standard input read as one article.
   *
   * @param args files, folders, URLs and "-", as given on the command line
   * @param fetcher fetches the URLs
   * @param encoding the charset of text files, when the user names one (else UTF-8, or UTF-16 by its mark)
   * @return their articles, in order
   */
  public static Inputs of(List<String> args, WebFetcher fetcher, Optional<Charset> encoding) {
    return new Inputs(entries(args), null, null, fetcher, encoding);
  }

  /**
   * The articles of a JSON Lines stream.
   *
   * @param in the stream
   * @param name what errors call it
   * @param fetcher fetches the lines' URLs
   * @return its articles, one per line
   */
  public static Inputs jsonLines(InputStream in, String name, WebFetcher fetcher) {
    return new Inputs(List.of(), in, name, fetcher, Optional.empty());
  }

  /**
   * An argument to read, and the id its article gets: a file found in a folder is named by its path
   * relative to that folder, so two "story.txt" in different folders stay apart.
   */
  private record Entry(String arg, Optional<String> id) {}

  private static List<Entry> entries(List<String> args) {
    List<Entry> out = new ArrayList<>();
    for (String arg : args) {
      Path p = isUrl(arg) || arg.equals("-") ? null : Path.of(arg);
      if (p != null && Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).filter(Inputs::articleFile).sorted()
              .forEach(f -> out.add(new Entry(f.toString(), Optional.of(p.relativize(f).toString()))));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot walk " + p, e);
        }
      } else {
        out.add(new Entry(arg, Optional.empty()));
      }
    }
    return out;
  }

  /** Whether a command-line argument is a URL to fetch rather than a path. */
  public static boolean isUrl(String arg) {
    String a = arg.toLowerCase(Locale.ROOT);
    return a.startsWith("http://") || a.startsWith("https://");
  }

  /** URLs and files as given, and the article files of folders (walked, in name order). */
  public static List<String> expand(List<String> args) {
    return entries(args).stream().map(Entry::arg).toList();
  }

  /** How many articles {@code files} hold: one per line of a JSON Lines file, one per other file or URL. */
  public static long count(List<String> files) {
    long n = 0;
    for (String f : files) {
      n += !isUrl(f) && !f.equals("-") && kind(Path.of(f)) == Kind.JSONL ? lineCount(Path.of(f)) : 1;
    }
    return n;
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public Input next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Input out = next;
    next = null;
    return out;
  }

  private Input advance() {
    while (true) {
      if (lines != null) {
        Input line = nextLine();
        if (line != null) {
          return line;
        }
      }
      if (files.isEmpty()) {
        return null;
      }
      Entry entry = files.poll();
      String arg = entry.arg();
      Optional<String> id = entry.id();
      if (isUrl(arg)) {
        return fetched(arg, 0, id, arg);
      }
      if (arg.equals("-")) {
        try {
          String text = Utf8Files.decode(System.in.readAllBytes(), "stdin");
          return sized("stdin", 0, Optional.of("stdin"), text, Optional.empty());
        } catch (IOException e) {
          return Input.failed("stdin", 0, Optional.of("stdin"), "cannot read stdin: " + e.getMessage());
        }
      }
      Path f = Path.of(arg);
      try {
        switch (kind(f)) {
          case JSONL -> startLines(Files.newInputStream(f), f.toString());
          case HTML -> {
            return page(f.toString(), 0, id, WebPage.read(Files.readAllBytes(f), "", ""));
          }
          case HTML_GZ -> {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
              return page(f.toString(), 0, id, WebPage.read(in.readAllBytes(), "", ""));
            }
          }
          default -> {
            return sized(f.toString(), 0, id, Utf8Files.read(f, encoding), Optional.empty());
          }
        }
      } catch (Utf8Files.NotUtf8Exception e) {
        return Input.failed(f.toString(), 0, id, e.getMessage());
      } catch (IOException | UncheckedIOException e) {
        return Input.failed(f.toString(), 0, id, why(f, e));
      }
    }
  }

  private void startLines(InputStream in, String name) {
    open = in;
    lines = new ByteLines(in, MAX_LINE_BYTES);
    linesName = name;
    lineNumber = 0;
  }

  /** Why a file could not be read, in words: "no such file: x.txt", "permission denied: x.txt". */
  static String why(Path f, Exception e) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (cause instanceof java.nio.file.NoSuchFileException) {
      return "no such file: " + f;
    }
    if (cause instanceof java.nio.file.AccessDeniedException) {
      return "permission denied: " + f;
    }
    if (cause instanceof java.util.zip.ZipException) {
      return "not a gzip file: " + f;
    }
    return "cannot read " + f + ": " + cause.getMessage();
  }

  private Input fetched(String source, long line, Optional<String> id, String url) {
    try {
      return page(source, line, id, fetcher.fetch(url));
    } catch (WebFetchException e) {
      return Input.failed(source, line, id, "cannot fetch " + e.getMessage());
    }
  }

  private static Input page(String source, long line, Optional<String> id, WebArticle page) {
    return sized(source, line, id, page.text(), Optional.of(page));
  }

  private @Nullable Input nextLine() {
    while (true) {
      ByteLines.Line line;
      try {
        line = lines.next();
      } catch (IOException e) {
        closeLines();
        return Input.failed(linesName, ++lineNumber, Optional.empty(), "cannot read further: " + e.getMessage());
      }
      if (line == null) {
        closeLines();
        return null;
      }
      lineNumber++;
      if (!line.truncated() && isBlank(line.bytes())) {
        continue; // a blank line separates nothing and holds no article
      }
      return JsonLine.parse(linesName, lineNumber, line, this);
    }
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return false;
      }
    }
    return true;
  }

  private void closeLines() {
    try {
      open.close();
    } catch (IOException e) {
      // the whole stream was read; nothing is lost
    }
    lines = null;
  }

  static Input sized(String source, long line, Optional<String> id, String text, Optional<WebArticle> page) {
    if (text.length() > MAX_ARTICLE_CHARS) {
      return Input.failed(source, line, id,
          "article of " + text.length() + " characters is over the limit of " + MAX_ARTICLE_CHARS);
    }
    return Input.article(source, line, id, text, page);
  }

  private enum Kind { TEXT, HTML, HTML_GZ, JSONL }

  private static Kind kind(Path f) {
    Path name0 = f.getFileName();
    String name = name0 == null ? "" : name0.toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".jsonl") ? Kind.JSONL
        : name.endsWith(".html") || name.endsWith(".htm") ? Kind.HTML
        : name.endsWith(".html.gz") || name.endsWith(".htm.gz") ? Kind.HTML_GZ : Kind.TEXT;
  }

  private static boolean articleFile(Path f) {
    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
    return !name.startsWith(".") && (name.endsWith(".txt") || kind(f) != Kind.TEXT);
  }

  private static long lineCount(Path f) {
    try (InputStream in = Files.newInputStream(f)) {
      ByteLines l = new ByteLines(in, 0);
      long n = 0;
      while (l.next() != null) {
        n++;
      }
      return n;
    } catch (IOException e) {
      return 1;
    }
  }

  /** Parses one JSON line into an input. */
  private static final class JsonLine {
    private JsonLine() {}

    static Input parse(String source, long n, ByteLines.Line line, Inputs inputs) {
      if (line.truncated()) {
        return Input.failed(source, n, Optional.empty(), "line longer than " + MAX_LINE_BYTES + " bytes");
      }
      String json;
      try {
        json = Utf8Files.decode(line.bytes(), source, line.offset());
      } catch (Utf8Files.NotUtf8Exception e) {
        return Input.failed(source, n, Optional.empty(), e.getMessage());
      }
      if (json.isBlank()) {
        return Input.failed(source, n, Optional.empty(), "empty line");
      }
      try {
        JsonNode node = JSON.readTree(json);
        if (node == null || !node.isObject()) {
          return Input.failed(source, n, Optional.empty(), "not a JSON object");
        }
        Optional<String> id = node.hasNonNull("id") ? Optional.of(node.get("id").asText()) : Optional.empty();
        JsonNode text = node.get("text");
        JsonNode html = node.get("html");
        JsonNode url = node.get("url");
        String base = url != null && url.isTextual() ? url.asText() : "";
        if (text != null && text.isTextual()) {
          return sized(source, n, id, text.asText(), Optional.empty());
        }
        if (html != null && html.isTextual()) {
          return page(source, n, id, WebPage.read(html.asText(), base));
        }
        if (!base.isEmpty()) {
          return inputs.fetched(source, n, id, base);
        }
        return Input.failed(source, n, id, "no \"text\", \"html\" or \"url\" string");
      } catch (IOException | RuntimeException e) {
        String m = String.valueOf(e.getMessage());
        return Input.failed(source, n, Optional.empty(), "malformed JSON: " + m.lines().findFirst().orElse(""));
      }
    }
  }
}
