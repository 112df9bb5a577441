package org.saywho.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fetching against a server on 127.0.0.1, the only network a test uses. */
class WebFetcherTest {

  private static final String PAGE = "<html><head><title>Council closes bridge for repairs</title></head><body><article>"
      + "<p>The city council voted on Tuesday to close the bridge for repairs, a decision that will reroute traffic.</p>"
      + "<p>“We had no choice,” said Mayor Ann Lee, who called the structure unsafe after an inspection in March.</p>"
      + "</article></body></html>";

  private static HttpServer server;
  private static String base;

  @BeforeAll
  static void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/page", x -> send(x, 200, "text/html; charset=utf-8", PAGE));
    server.createContext("/moved", x -> redirect(x, "/page"));
    server.createContext("/loop", x -> redirect(x, "/loop"));
    server.createContext("/json", x -> send(x, 200, "application/json", "{}"));
    server.createContext("/missing", x -> send(x, 404, "text/html", "no"));
    server.createContext("/huge", x -> send(x, 200, "text/html", "<p>" + "word ".repeat(400_000) + "</p>"));
    server.createContext("/slow", x -> {
      try {
        Thread.sleep(3000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      send(x, 200, "text/html", PAGE);
    });
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private static void send(HttpExchange x, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().set("Content-Type", type);
    x.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static void redirect(HttpExchange x, String to) throws IOException {
    x.getResponseHeaders().set("Location", to);
    x.sendResponseHeaders(302, -1);
    x.close();
  }

  private static WebFetcher allowing() {
    return WebFetcher.builder().allowPrivateHosts(true).timeout(Duration.ofSeconds(1)).maxBytes(1_000_000).build();
  }

  @Test
  void fetch_loopbackByDefault_isRefusedWithTheReason() {
    assertThatThrownBy(() -> WebFetcher.builder().build().fetch(base + "/page"))
        .isInstanceOf(WebFetchException.class).hasMessageContaining("refused").hasMessageContaining("--allow-private-hosts");
  }

  @Test
  void fetch_allowedHost_readsTheArticle_afterARedirect() throws WebFetchException {
    WebArticle a = allowing().fetch(base + "/moved");
    assertThat(a.headline()).hasValue("Council closes bridge for repairs");
    assertThat(a.paragraphs()).hasSize(2);
    assertThat(a.url()).hasValue(base + "/page");
  }

  @Test
  void fetch_failures_eachSayWhy() {
    WebFetcher f = allowing();
    assertThatThrownBy(() -> f.fetch(base + "/loop")).hasMessageContaining("redirects");
    assertThatThrownBy(() -> f.fetch(base + "/json")).hasMessageContaining("not a web page");
    assertThatThrownBy(() -> f.fetch(base + "/missing")).hasMessageContaining("HTTP status 404");
    assertThatThrownBy(() -> f.fetch(base + "/huge")).hasMessageContaining("larger than 1000000 bytes");
    assertThatThrownBy(() -> f.fetch(base + "/slow")).hasMessageContaining("timed out");
    assertThatThrownBy(() -> f.fetch("ftp://example.com/x")).hasMessageContaining("only http and https");
    assertThatThrownBy(() -> f.fetch("http://127.0.0.1:1/none")).isInstanceOf(WebFetchException.class);
  }

  @Test
  void builder_badOptions_failFast() {
    assertThatThrownBy(() -> WebFetcher.builder().timeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WebFetcher.builder().maxBytes(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WebFetcher.builder().maxRedirects(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
