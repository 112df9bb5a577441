package org.saywho.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.saywho.web.internal.Hosts;
import org.saywho.web.internal.LimitedBody;

/**
 * Fetches news pages over HTTP(S) and reads them with {@link WebPage}. Safe by default: only public
 * addresses (no loopback, private, link-local or reserved ones, checked at every redirect), a time
 * limit on the whole exchange, a size cap, a redirect limit, and only HTML responses. Every failure is
 * a {@link WebFetchException} that says why. Immutable and thread-safe.
 *
 * <pre>{@code
 * WebFetcher fetcher = WebFetcher.builder().timeout(Duration.ofSeconds(10)).build();
 * WebArticle article = fetcher.fetch("https://example.com/news/1");
 * }</pre>
 */
public final class WebFetcher {

  private final HttpClient client;
  private final Duration timeout;
  private final long maxBytes;
  private final int maxRedirects;
  private final boolean allowPrivateHosts;
  private final String userAgent;

  private WebFetcher(Builder b) {
    this.timeout = b.timeout;
    this.maxBytes = b.maxBytes;
    this.maxRedirects = b.maxRedirects;
    this.allowPrivateHosts = b.allowPrivateHosts;
    this.userAgent = b.userAgent;
    this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout).build();
  }

  /** Returns a builder with the defaults: 20 s, 10 MB, 5 redirects, public hosts only. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Fetches a page and reads its article.
   *
   * @param url an {@code http} or {@code https} URL
   * @return the article, its URL the canonical one or else the last URL fetched
   * @throws WebFetchException when the URL is refused or the page cannot be fetched as HTML
   * @throws NullPointerException when {@code url} is null
   */
  public WebArticle fetch(String url) throws WebFetchException {
    Objects.requireNonNull(url, "url");
    URI uri = parse(url);
    long deadline = System.nanoTime() + timeout.toNanos();
    for (int hop = 0; hop <= maxRedirects; hop++) {
      check(uri);
      HttpResponse<byte[]> response = send(uri, deadline);
      int status = response.statusCode();
      if (status >= 300 && status < 400) {
        Optional<String> location = response.headers().firstValue("Location");
        if (location.isEmpty()) {
          throw new WebFetchException(url + ": redirect " + status + " without a Location");
        }
        uri = parse(uri.resolve(location.get()).toString());
        continue;
      }
      if (status != 200) {
        throw new WebFetchException(url + ": HTTP status " + status);
      }
      String type = response.headers().firstValue("Content-Type").orElse("");
      String mime = type.split(";")[0].strip().toLowerCase(Locale.ROOT);
      if (!mime.equals("text/html") && !mime.equals("application/xhtml+xml")) {
        throw new WebFetchException(url + ": not a web page (Content-Type " + (type.isEmpty() ? "missing" : type) + ")");
      }
      return WebPage.read(response.body(), type, uri.toString());
    }
    throw new WebFetchException(url + ": more than " + maxRedirects + " redirects");
  }

  private static URI parse(String url) throws WebFetchException {
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
        throw new WebFetchException(url + ": only http and https URLs with a host are fetched");
      }
      return uri;
    } catch (java.net.URISyntaxException e) {
      throw new WebFetchException(url + ": not a URL (" + e.getReason() + ")", e);
    }
  }

  private void check(URI uri) throws WebFetchException {
    if (allowPrivateHosts) {
      return;
    }
    String host = uri.getHost();
    try {
      for (InetAddress a : InetAddress.getAllByName(host)) {
        if (Hosts.isPrivate(a)) {
          throw new WebFetchException(uri + ": refused, " + host + " is a private, loopback or reserved address ("
              + a.getHostAddress() + "); allow it with --allow-private-hosts");
        }
      }
    } catch (UnknownHostException e) {
      throw new WebFetchException(uri + ": unknown host " + host, e);
    }
  }

  private HttpResponse<byte[]> send(URI uri, long deadline) throws WebFetchException {
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      throw new WebFetchException(uri + ": timed out after " + timeout.toMillis() + " ms");
    }
    HttpRequest request = HttpRequest.newBuilder(uri).GET().timeout(Duration.ofNanos(left))
        .header("User-Agent", userAgent).header("Accept", "text/html,application/xhtml+xml").build();
    CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, info -> new LimitedBody(maxBytes));
    try {
      return future.get(left, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new WebFetchException(uri + ": timed out after " + timeout.toMillis() + " ms", e);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new WebFetchException(uri + ": interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() instanceof IOException io && io.getCause() instanceof LimitedBody.TooLarge t ? t : e.getCause();
      String why = cause instanceof LimitedBody.TooLarge ? cause.getMessage()
          : cause instanceof java.net.http.HttpTimeoutException ? "timed out after " + timeout.toMillis() + " ms"
          : cause instanceof java.net.ConnectException ? "cannot connect" : String.valueOf(cause);
      throw new WebFetchException(uri + ": " + why, e);
    }
  }

  /** Typed options for a {@link WebFetcher}. */
  public static final class Builder {
    private Duration timeout = Duration.ofSeconds(20);
    private long maxBytes = 10L << 20;
    private int maxRedirects = 5;
    private boolean allowPrivateHosts;
    private String userAgent = "SayWho/0.2 (news attribution research)";

    private Builder() {}

    /**
     * Sets the time limit on a whole fetch, redirects included; default 20 s.
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
     * Sets the largest page accepted; default 10 MB.
     *
     * @param bytes at least 1
     * @return this builder
     */
    public Builder maxBytes(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxBytes must be at least 1: " + bytes);
      }
      this.maxBytes = bytes;
      return this;
    }

    /**
     * Sets how many redirects are followed; default 5.
     *
     * @param n at least 0
     * @return this builder
     */
    public Builder maxRedirects(int n) {
      if (n < 0) {
        throw new IllegalArgumentException("maxRedirects must be at least 0: " + n);
      }
      this.maxRedirects = n;
      return this;
    }

    /**
     * Sets whether private, loopback and link-local addresses may be fetched; default false.
     *
     * @param allow true to allow them (a trusted network, a test server)
     * @return this builder
     */
    public Builder allowPrivateHosts(boolean allow) {
      this.allowPrivateHosts = allow;
      return this;
    }

    /**
     * Sets the User-Agent header.
     *
     * @param agent a non-blank agent string
     * @return this builder
     */
    public Builder userAgent(String agent) {
      if (agent.isBlank()) {
        throw new IllegalArgumentException("userAgent must not be blank");
      }
      this.userAgent = agent;
      return this;
    }

    /** Returns the fetcher. */
    public WebFetcher build() {
      return new WebFetcher(this);
    }
  }
}
