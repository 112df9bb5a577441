package org.saywho.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A bounded load test against 127.0.0.1: the bundled article, 1, 4 and 16 concurrent clients, a
 * fixed number of requests each round; prints requests/s and p50/p99 latency (the README's figures).
 */
class LoadIT {

  private static final int REQUESTS = 160;

  @Test
  void seedArticle_at1_4_16Clients_everyRequestAnswered() throws Exception {
    String article = Files.readString(Path.of("../examples/articles/rubio-lavrov.txt"));
    try (SayWhoServer server = SayWhoServer.builder().port(0).queue(64).build().start()) {
      URI uri = URI.create("http://127.0.0.1:" + server.port() + "/v1/extract");
      HttpClient http = HttpClient.newHttpClient();
      HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "text/plain; charset=utf-8")
          .POST(HttpRequest.BodyPublishers.ofString(article)).build();
      for (int i = 0; i < 20; i++) {
        http.send(request, HttpResponse.BodyHandlers.ofString()); // warm up
      }
      for (int clients : new int[] {1, 4, 16}) {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
          futures.add(pool.submit(() -> {
            long t = System.nanoTime();
            int status = http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
            return new long[] {status, System.nanoTime() - t};
          }));
        }
        List<Double> ms = new ArrayList<>();
        for (Future<long[]> f : futures) {
          long[] r = f.get();
          assertThat(r[0]).isEqualTo(200);
          ms.add(r[1] / 1e6);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdownNow();
        Collections.sort(ms);
        System.out.printf(Locale.ROOT, "load: %2d clients, %d requests: %.1f requests/s, p50 %.1f ms, p99 %.1f ms%n",
            clients, REQUESTS, REQUESTS / seconds, ms.get(ms.size() / 2), ms.get((int) (ms.size() * 0.99) - 1));
      }
    }
  }
}
