package org.saywho.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saywho.Extractor;
import org.saywho.cli.JsonFormat;

/** The server on a free port of 127.0.0.1: every endpoint, the limits, bad input, concurrent clients. */
class SayWhoServerIT {

  static final String ARTICLE = "Ahmed Kamel – Egypt Daily News\n"
      + "“We will not accept this,” Kremlin spokesperson Dmitry Peskov said on Tuesday.\n"
      + "He added that talks with Washington would continue. “The door is open,” he said.\n"
      + "Secretary of State Marco Rubio told reporters the meeting was useful.";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static SayWhoServer server;
  private static String base;

  @BeforeAll
  static void start() {
    server = SayWhoServer.builder().port(0).maxRequestBytes(200_000).build().start();
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static HttpResponse<String> post(String base, String path, String type, String body) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
        .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> get(String base, String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode library(String id, String text) {
    return new JsonFormat(JSON).toJson(id, Extractor.extract(text));
  }

  @Test
  void extract_plainText_givesTheCommandLinesJson() throws Exception {
    HttpResponse<String> r = post(base, "/v1/extract", "text/plain; charset=utf-8", ARTICLE);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(JSON.readTree(r.body())).isEqualTo(library("request", ARTICLE));
  }

  @Test
  void extract_jsonWithIdAndOptions_andAWebPage() throws Exception {
    String body = JSON.createObjectNode().put("id", "a1").put("text", ARTICLE)
        .set("options", JSON.createObjectNode().put("indirect", false)).toString();
    JsonNode x = JSON.readTree(post(base, "/v1/extract", "application/json", body).body());
    assertThat(x.get("id").asText()).isEqualTo("a1");
    assertThat(x.get("quotes")).isNotEmpty().allSatisfy(q -> assertThat(q.get("type").asText()).isNotEqualTo("INDIRECT"));
    String page = "<html><head><title>Talks go on - Daily</title></head><body><nav>Home Sport</nav><article>"
        + ARTICLE.lines().skip(1).map(l -> "<p>" + l + "</p>").reduce("", String::concat) + "</article></body></html>";
    JsonNode p = JSON.readTree(post(base, "/v1/extract", "text/html", page).body());
    assertThat(p.get("article").get("headline").asText()).isEqualTo("Talks go on");
    assertThat(p.get("text").asText()).doesNotContain("Home Sport");
    assertThat(p.get("quotes")).isNotEmpty();
  }

  @Test
  void batch_jsonLinesInAndOutInOrder_withAnErrorLineInPlace() throws Exception {
    String lines = "{\"id\":\"1\",\"text\":\"“Yes,” Lee said.\"}\n\n{bad json\n{\"id\":\"3\",\"text\":\"“No,” Kim said.\"}\n";
    HttpResponse<String> r = post(base, "/v1/extract/batch", "application/x-ndjson", lines);
    assertThat(r.statusCode()).isEqualTo(200);
    List<JsonNode> out = new ArrayList<>();
    for (String l : r.body().split("\n")) {
      out.add(JSON.readTree(l));
    }
    assertThat(out).hasSize(3);
    assertThat(out.get(0).get("id").asText()).isEqualTo("1");
    assertThat(out.get(1).get("error").asText()).startsWith("malformed JSON");
    assertThat(out.get(2).get("quotes").get(0).get("text").asText()).isEqualTo("No,");
  }

  @Test
  void health_version_openapi_andThePage() throws Exception {
    assertThat(JSON.readTree(get(base, "/v1/health").body()).get("status").asText()).isEqualTo("ok");
    JsonNode version = JSON.readTree(get(base, "/v1/version").body());
    assertThat(version.get("saywho").asText()).isEqualTo(Version.SAYWHO);
    assertThat(version.get("models")).allSatisfy(m -> assertThat(m.get("sha256").asText()).hasSize(64));
    assertThat(JSON.readTree(get(base, "/v1/openapi.json").body()).get("paths").has("/v1/extract")).isTrue();
    HttpResponse<String> report = post(base, "/v1/report", "text/plain", ARTICLE);
    assertThat(report.statusCode()).isEqualTo(200);
    assertThat(report.body()).startsWith("<!DOCTYPE html>").contains("Dmitry Peskov", "class=\"legend\"");
    HttpResponse<String> page = get(base, "/");
    assertThat(page.body()).contains("<textarea").doesNotContain("http://", "https://cdn");
  }

  @Test
  void errors_areJsonWithAStatusAndAMessage() throws Exception {
    HttpResponse<String> badJson = post(base, "/v1/extract", "application/json", "{not json");
    assertThat(badJson.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(badJson.body()).get("message").asText()).startsWith("malformed JSON");
    HttpResponse<String> noText = post(base, "/v1/extract", "application/json", "{\"id\":\"x\"}");
    assertThat(noText.statusCode()).isEqualTo(400);
    assertThat(post(base, "/v1/extract", "application/json", "{\"text\":\"x\",\"options\":{\"minConfidence\":2}}").statusCode())
        .isEqualTo(400);
    HttpResponse<String> huge = post(base, "/v1/extract", "text/plain", "word ".repeat(50_000));
    assertThat(huge.statusCode()).isEqualTo(413);
    assertThat(JSON.readTree(huge.body()).get("status").asInt()).isEqualTo(413);
    assertThat(post(base, "/v1/extract", "image/png", "x").statusCode()).isEqualTo(415);
    HttpResponse<String> missing = get(base, "/v2/nothing");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(missing.body()).get("message").asText()).contains("/v2/nothing");
    HttpResponse<String> refused = post(base, "/v1/extract", "application/json", "{\"url\":\"http://127.0.0.1:1/x\"}");
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(JSON.readTree(refused.body()).get("message").asText()).contains("refused");
  }

  @Test
  void concurrentClients_getTheLibrarysResults() throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(8);
    try {
      List<Future<HttpResponse<String>>> futures = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        futures.add(clients.submit(() -> post(base, "/v1/extract", "text/plain", ARTICLE)));
      }
      JsonNode expected = library("request", ARTICLE);
      for (Future<HttpResponse<String>> f : futures) {
        assertThat(JSON.readTree(f.get().body())).isEqualTo(expected);
      }
    } finally {
      clients.shutdownNow();
    }
  }

  @Test
  void slowRequest_isCutAtTheTimeLimit_andAFullQueue_answers503WithRetryAfter() throws Exception {
    String long_ = (ARTICLE + "\n").repeat(400);
    try (SayWhoServer slow = SayWhoServer.builder().port(0).timeout(Duration.ofMillis(50)).build().start()) {
      HttpResponse<String> r = post("http://127.0.0.1:" + slow.port(), "/v1/extract", "text/plain", long_);
      assertThat(r.statusCode()).isEqualTo(503);
      assertThat(JSON.readTree(r.body()).get("message").asText()).contains("longer than");
    }
    try (SayWhoServer small = SayWhoServer.builder().port(0).workers(1).queue(1).build().start()) {
      String url = "http://127.0.0.1:" + small.port();
      ExecutorService clients = Executors.newFixedThreadPool(6);
      try {
        List<Future<HttpResponse<String>>> futures = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
          futures.add(clients.submit(() -> post(url, "/v1/extract", "text/plain", long_)));
        }
        int busy = 0;
        for (Future<HttpResponse<String>> f : futures) {
          HttpResponse<String> r = f.get();
          if (r.statusCode() == 503) {
            busy++;
            assertThat(r.headers().firstValue("Retry-After")).isPresent();
          } else {
            assertThat(r.statusCode()).isEqualTo(200);
          }
        }
        assertThat(busy).isPositive();
      } finally {
        clients.shutdownNow();
      }
    }
  }
}
