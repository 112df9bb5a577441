package org.saywho.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.saywho.testing.SharedData;
import org.junit.jupiter.api.io.TempDir;

/** The dev web pages end to end through the command line: pages read, quotes found, metadata written. */
@EnabledIf(value = "org.saywho.testing.SharedData#present", disabledReason = SharedData.ABSENT)
class WebPagesIT {


  private static Path pages() {
    return List.of(Path.of("../shared"), Path.of("../../shared")).stream().map(p -> p.resolve("corpora/web-pages/pages"))
        .filter(Files::isDirectory).findFirst().orElseThrow();
  }

  private static List<JsonNode> lines(Path out) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> lines = new ArrayList<>();
    for (String l : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      lines.add(json.readTree(l));
    }
    return lines;
  }

  @Test
  void devPages_findQuotesAndCarryTheirMetadata(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("pages.jsonl");
    assertThat(Main.run("--jsonl", pages().toString(), "--out", out.toString())).isZero();
    List<JsonNode> lines = lines(out);
    int directOrMixed = 0;
    int all = 0;
    int withHeadline = 0;
    for (JsonNode line : lines) {
      for (JsonNode q : line.get("quotes")) {
        all++;
        directOrMixed += q.get("type").asText().equals("INDIRECT") ? 0 : 1;
      }
      withHeadline += line.get("article").get("headline").isTextual() ? 1 : 0;
    }
    // 0.1 read these pages with 361 direct or mixed quotes and 706 in all; 0.2 finds 436 and 865.
    assertThat(lines).hasSize(67);
    assertThat(directOrMixed).as("direct and mixed quotes found on the dev pages").isGreaterThanOrEqualTo(400);
    assertThat(all).as("quotes found on the dev pages").isGreaterThanOrEqualTo(800);
    assertThat(withHeadline).isEqualTo(67);
  }

  @Test
  void urls_fetchedFromALocalServer_onlyWhenPrivateHostsAreAllowed(@TempDir Path dir) throws Exception {
    Path page = Files.list(pages()).sorted().findFirst().orElseThrow();
    byte[] html = new java.util.zip.GZIPInputStream(Files.newInputStream(page)).readAllBytes();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/story", x -> {
      x.getResponseHeaders().set("Content-Type", "text/html");
      x.sendResponseHeaders(200, html.length);
      try (OutputStream o = x.getResponseBody()) {
        o.write(html);
      }
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/story";
      Path refused = dir.resolve("refused.jsonl");
      assertThat(Main.run("--jsonl", url, "--out", refused.toString())).isEqualTo(3);
      assertThat(lines(refused).get(0).get("error").asText()).contains("refused").contains("--allow-private-hosts");
      Path fetched = dir.resolve("fetched.jsonl");
      assertThat(Main.run("--jsonl", "--allow-private-hosts", url, "--out", fetched.toString())).isZero();
      JsonNode line = lines(fetched).get(0);
      Path saved = dir.resolve("saved.jsonl");
      assertThat(Main.run("--jsonl", page.toString(), "--out", saved.toString())).isZero();
      JsonNode fromFile = lines(saved).get(0);
      assertThat(line.get("article").get("url").asText()).isNotEmpty();
      assertThat(line.get("text")).isEqualTo(fromFile.get("text"));
      assertThat(line.get("quotes")).isEqualTo(fromFile.get("quotes"));
    } finally {
      server.stop(0);
    }
  }
}
