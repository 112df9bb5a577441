package org.saywho.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.util.JavalinException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import org.saywho.Extraction;
import org.saywho.Extractor;
import org.saywho.cli.JsonFormat;
import org.saywho.cli.report.ReportPage;
import org.saywho.web.WebFetcher;

/**
 * SayWho over HTTP. Safe by default: it binds to 127.0.0.1, limits the request size, the time a
 * request may take and the work queued (a full queue is answered 503 with Retry-After), fetches only
 * public URLs, and answers every request, errors included, with a status and a JSON message.
 *
 * <pre>{@code
 * try (SayWhoServer server = SayWhoServer.builder().port(8080).build().start()) {
 *   ...   // POST /v1/extract, POST /v1/extract/batch, GET /v1/health, /v1/version, /v1/openapi.json, /
 * }
 * }</pre>
 */
public final class SayWhoServer implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Builder options;
  private final Extractor extractor;
  private final WebFetcher fetcher;
  private final JsonFormat format = new JsonFormat(JSON);
  private final Work work;
  private final Javalin app;

  private SayWhoServer(Builder b) {
    this.options = b;
    this.extractor = Extractor.builder().threads(1).claimTopics(b.claimTopics).build();
    this.fetcher = WebFetcher.builder().allowPrivateHosts(b.allowPrivateHosts).build();
    this.work = new Work(b.workers, b.queue, b.timeout);
    this.app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.maxRequestSize = b.maxRequestBytes;
      config.jetty.modifyServer(server -> server.setStopTimeout(1000));
    });
    app.get("/", ctx -> ctx.contentType("text/html; charset=utf-8").result(Resources.text("index.html")));
    app.get("/v1/health", ctx -> json(ctx, 200, JSON.createObjectNode().put("status", "ok")));
    String version = Version.json(JSON).toString();
    app.get("/v1/version", ctx -> ctx.contentType("application/json").result(version));
    app.get("/v1/openapi.json", ctx -> ctx.contentType("application/json").result(Resources.text("openapi.json")));
    app.post("/v1/extract", ctx -> json(ctx, 200, extractOnAWorker(job(ctx))));
    app.post("/v1/report", ctx -> {
      Job job = job(ctx);
      Extraction x = work.run(() -> extract(job));
      ctx.contentType("text/html; charset=utf-8")
          .result(ReportPage.render(job.input().label(), job.input().page().flatMap(p -> p.headline()), x));
    });
    app.post("/v1/extract/batch", this::batch);
    app.exception(ApiException.class, (e, ctx) -> {
      if (e.retryAfterSeconds() > 0) {
        ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds()));
      }
      error(ctx, e.status(), e.getMessage());
    });
    app.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error: " + e));
    app.error(404, ctx -> {
      if (!String.valueOf(ctx.res().getContentType()).startsWith("application/json")) {
        error(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path());
      }
    });
    app.error(405, ctx -> error(ctx, 405, "method not allowed: " + ctx.method() + " " + ctx.path()));
  }

  /** Returns a builder with the defaults: 127.0.0.1:8080, 10 MB, 60 s, all cores, a queue of 64. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts listening.
   *
   * @return this server
   */
  public SayWhoServer start() {
    app.start(options.host, options.port);
    return this;
  }

  /** Returns the port the server listens on (the chosen one when built with port 0). */
  public int port() {
    return app.port();
  }

  /**
   * Stops listening and ends the workers. A connection still open after the one-second grace is
   * closed, not waited for.
   */
  @Override
  public void close() {
    work.close(); // answers every waiting request first, so the HTTP server stops without waiting
    try {
      app.stop();
    } catch (JavalinException e) {
      // Jetty stops everything, then reports that the graceful part ran out of time; nothing is left open.
      if (!(e.getCause() instanceof TimeoutException)) {
        throw e;
      }
    }
  }

  private Job job(Context ctx) {
    byte[] body = body(ctx);
    String type = Objects.requireNonNullElse(ctx.contentType(), "").toLowerCase(Locale.ROOT);
    if (type.startsWith("text/plain")) {
      return Job.text(new String(body, StandardCharsets.UTF_8));
    }
    if (type.startsWith("text/html") || type.startsWith("application/xhtml+xml")) {
      return Job.page(body, type);
    }
    if (type.startsWith("application/json")) {
      return Job.json(parse(body), fetcher, 0);
    }
    throw new ApiException(415, "send text/plain (an article), text/html (a web page) or application/json "
        + "({\"text\"|\"html\"|\"url\", \"id\", \"options\"}), not " + (type.isEmpty() ? "no Content-Type" : type));
  }

  /** Extracts a job's article and applies its options; on the calling thread. */
  private Extraction extract(Job job) {
    return job.options().apply(extractor.apply(job.input().text()));
  }

  private ObjectNode extractOnAWorker(Job job) {
    return format.toJson(job.input(), work.run(() -> extract(job)));
  }

  private void batch(Context ctx) throws IOException {
    String type = Objects.requireNonNullElse(ctx.contentType(), "").toLowerCase(Locale.ROOT);
    if (!type.startsWith("application/x-ndjson") && !type.startsWith("application/jsonl")
        && !type.startsWith("application/json") && !type.startsWith("text/plain")) {
      throw new ApiException(415, "send JSON lines (application/x-ndjson), one {\"text\"|\"html\"|\"url\", \"id\"} per line");
    }
    List<String> lines = new ArrayList<>();
    for (String line : new String(body(ctx), StandardCharsets.UTF_8).split("\\r?\\n")) {
      if (!line.isBlank()) {
        lines.add(line);
      }
    }
    ctx.contentType("application/x-ndjson; charset=utf-8");
    ctx.status(200);
    OutputStream out = ctx.res().getOutputStream();
    work.run(() -> {
      long n = 0;
      for (String line : lines) {
        n++;
        out.write((batchLine(line, n).toString() + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
      }
      return n;
    });
  }

  /** One line of a batch: its result, or an error line in its place. */
  private ObjectNode batchLine(String line, long n) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (IOException e) {
      return format.error(null, n, "malformed JSON: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
    }
    try {
      Job job = Job.json(node, fetcher, n);
      return format.toJson(job.input(), extract(job));
    } catch (ApiException e) {
      return format.error(node != null && node.hasNonNull("id") ? node.get("id").asText() : null, n, e.getMessage());
    }
  }

  private byte[] body(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > options.maxRequestBytes) {
      throw tooLarge();
    }
    try (InputStream in = ctx.req().getInputStream()) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      for (int r; (r = in.read(buf)) > 0; ) {
        if (bytes.size() + r > options.maxRequestBytes) {
          throw tooLarge();
        }
        bytes.write(buf, 0, r);
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new ApiException(400, "cannot read the request body: " + e.getMessage());
    }
  }

  private ApiException tooLarge() {
    return new ApiException(413, "request body over the limit of " + options.maxRequestBytes + " bytes");
  }

  private static JsonNode parse(byte[] body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new ApiException(400, "malformed JSON: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
    }
  }

  private static void json(Context ctx, int status, JsonNode body) {
    ctx.status(status).contentType("application/json").result(body.toString());
  }

  private static void error(Context ctx, int status, String message) {
    json(ctx, status, JSON.createObjectNode().put("status", status).put("message", message));
  }

  /** Typed options for a {@link SayWhoServer}; {@link #build} loads the models and fails fast. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port = 8080;
    private long maxRequestBytes = 10L << 20;
    private Duration timeout = Duration.ofSeconds(60);
    private int workers = Runtime.getRuntime().availableProcessors();
    private int queue = 64;
    private boolean allowPrivateHosts;
    private List<String> claimTopics = List.of();

    private Builder() {}

    /**
     * Sets the address to bind; default 127.0.0.1 (this machine only).
     *
     * @param host an address or host name; "0.0.0.0" for every interface
     * @return this builder
     */
    public Builder host(String host) {
      if (host.isBlank()) {
        throw new IllegalArgumentException("host must not be blank");
      }
      this.host = host;
      return this;
    }

    /**
     * Sets the port; default 8080, 0 for any free port.
     *
     * @param port 0 to 65535
     * @return this builder
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0 to 65535: " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Sets the largest request body; default 10 MB. Larger ones are answered 413.
     *
     * @param bytes at least 1
     * @return this builder
     */
    public Builder maxRequestBytes(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxRequestBytes must be at least 1: " + bytes);
      }
      this.maxRequestBytes = bytes;
      return this;
    }

    /**
     * Sets how long a request's work may take; default 60 s. Longer ones are answered 503.
     *
     * @param t a positive duration
     * @return this builder
     */
    public Builder timeout(Duration t) {
      if (t.isNegative() || t.isZero()) {
        throw new IllegalArgumentException("timeout must be positive: " + t);
      }
      this.timeout = t;
      return this;
    }

    /**
     * Sets the worker threads; default all cores.
     *
     * @param n at least 1
     * @return this builder
     */
    public Builder workers(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("workers must be at least 1: " + n);
      }
      this.workers = n;
      return this;
    }

    /**
     * Sets how many requests may wait for a worker; default 64. Beyond, requests are answered 503.
     *
     * @param n at least 1
     * @return this builder
     */
    public Builder queue(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("queue must be at least 1: " + n);
      }
      this.queue = n;
      return this;
    }

    /**
     * Sets whether {@code "url"} requests may reach private, loopback and link-local addresses; default false.
     *
     * @param allow true to allow them
     * @return this builder
     */
    public Builder allowPrivateHosts(boolean allow) {
      this.allowPrivateHosts = allow;
      return this;
    }

    /**
     * Sets the claim topics every extraction follows (see {@code Extractor.Builder#claimTopics}); default none.
     *
     * @param topics the topic terms
     * @return this builder
     * @throws IllegalArgumentException when a term is blank
     */
    public Builder claimTopics(List<String> topics) {
      Extractor.builder().claimTopics(topics);
      this.claimTopics = List.copyOf(topics);
      return this;
    }

    /** Loads the models and returns the server, not yet listening. */
    public SayWhoServer build() {
      return new SayWhoServer(this);
    }
  }

  /** Reads the server's own resources (the web page, the OpenAPI description). */
  static final class Resources {
    private Resources() {}

    static String text(String name) {
      try (InputStream in = SayWhoServer.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + name);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
