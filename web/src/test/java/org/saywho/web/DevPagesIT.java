package org.saywho.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.saywho.testing.SharedData;

/**
 * The dev half of the article-extraction benchmark's English news pages ({@code ../shared/corpora/web-pages}):
 * floors under the figures the README reports, and the same pages fetched from a server on 127.0.0.1.
 */
@EnabledIf(value = "org.saywho.testing.SharedData#present", disabledReason = SharedData.ABSENT)
class DevPagesIT {

  /** A page and its expected article. */
  private record Page(String id, byte[] html, String body, List<String> headlines, List<String> authors) {}


  private static List<Page> pages() throws IOException {
    Path dir = List.of(Path.of("../shared"), Path.of("../../shared")).stream().map(p -> p.resolve("corpora/web-pages"))
        .filter(Files::isDirectory).findFirst().orElseThrow();
    ObjectMapper json = new ObjectMapper();
    List<Page> out = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("expected.jsonl"))) {
      JsonNode n = json.readTree(line);
      byte[] html;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("pages/" + n.get("id").asText() + ".html.gz")))) {
        html = in.readAllBytes();
      }
      List<String> headlines = new ArrayList<>();
      n.get("headlines").forEach(h -> headlines.add(h.asText()));
      List<String> authors = new ArrayList<>();
      n.get("authors").forEach(a -> authors.add(a.asText()));
      out.add(new Page(n.get("id").asText(), html, n.get("body").asText(), headlines, authors));
    }
    return out;
  }

  @Test
  void devPages_scoreAtTheLevelOfTheBestExtractors() throws IOException {
    List<Page> pages = pages();
    double precision = 0;
    double recall = 0;
    int headlines = 0;
    int declaring = 0;
    int right = 0;
    List<String> junk = new ArrayList<>();
    List<String> poor = new ArrayList<>();
    for (Page p : pages) {
      WebArticle a = WebPage.read(p.html(), "", "");
      var gold = PageScores.shingles(p.body());
      var found = PageScores.shingles(PageScores.body(a.text()));
      int tp = PageScores.overlap(gold, found);
      precision += PageScores.total(found) == 0 ? 0 : tp / (double) PageScores.total(found);
      recall += PageScores.total(gold) == 0 ? 1 : tp / (double) PageScores.total(gold);
      if (PageScores.bagOfWordsF1(p.body(), PageScores.body(a.text())) < 0.5) {
        poor.add(p.id());
      }
      headlines += PageScores.headlineRight(a.text().split("\n", 2)[0], p.headlines()) ? 1 : 0;
      if (!p.authors().isEmpty()) {
        declaring++;
        String author = String.join(", ", a.authors());
        if (!author.isEmpty() && PageScores.authorRight(author, p.authors())) {
          right++;
        } else if (!author.isEmpty()) {
          junk.add(p.id() + ": " + author);
        }
      }
    }
    double mp = precision / pages.size();
    double mr = recall / pages.size();
    double f1 = 2 * mp * mr / (mp + mr);
    System.out.printf(Locale.ROOT, "%d pages: shingle P=%.3f R=%.3f F1=%.3f; headlines %d; bylines %d of %d, junk %d%n",
        pages.size(), mp, mr, f1, headlines, right, declaring, junk.size());
    assertThat(f1).as("shingle F1").isGreaterThanOrEqualTo(0.96);
    assertThat(poor).as("pages below bag-of-words F1 0.5").isEmpty();
    assertThat(headlines).as("headlines right").isGreaterThanOrEqualTo((int) Math.ceil(0.97 * pages.size()));
    assertThat(right).as("bylines right").isGreaterThanOrEqualTo((int) Math.ceil(0.8 * declaring));
    assertThat(junk).as("junk bylines").isEmpty();
  }

  @Test
  void devPages_fetchedFromALocalServer_readAsTheSavedFiles() throws Exception {
    List<Page> pages = pages().subList(0, 5);
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    for (Page p : pages) {
      server.createContext("/" + p.id(), x -> {
        x.getResponseHeaders().set("Content-Type", "text/html");
        x.sendResponseHeaders(200, p.html().length);
        try (OutputStream out = x.getResponseBody()) {
          out.write(p.html());
        }
      });
    }
    server.start();
    try {
      WebFetcher fetcher = WebFetcher.builder().allowPrivateHosts(true).build();
      for (Page p : pages) {
        WebArticle fetched = fetcher.fetch("http://127.0.0.1:" + server.getAddress().getPort() + "/" + p.id());
        assertThat(fetched.paragraphs()).isEqualTo(WebPage.read(p.html(), "", "").paragraphs());
      }
    } finally {
      server.stop(0);
    }
  }
}
