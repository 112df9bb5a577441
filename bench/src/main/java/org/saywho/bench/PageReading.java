package org.saywho.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.saywho.web.WebPage;

/**
 * How long reading a web page takes: {@link WebPage#read(byte[], String, String)} (charset, parse,
 * clean, body, metadata) on each saved page of a folder, warm, one thread.
 *
 * <pre>PageReading PAGES_DIR [ROUNDS]</pre>
 */
public final class PageReading {

  private PageReading() {}

  /**
   * Measures and prints the median and 90th percentile per page.
   *
   * @param args the folder of pages ({@code .html} or {@code .html.gz}) and the rounds (default 5)
   * @throws IOException when a page cannot be read
   */
  public static void main(String[] args) throws IOException {
    List<byte[]> pages = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(args[0]))) {
      for (Path f : files.sorted().toList()) {
        try (InputStream in = f.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(f)) : Files.newInputStream(f)) {
          pages.add(in.readAllBytes());
        }
      }
    }
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    pages.forEach(p -> WebPage.read(p, "", ""));
    List<Double> ms = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      for (byte[] p : pages) {
        long t = System.nanoTime();
        WebPage.read(p, "", "");
        ms.add((System.nanoTime() - t) / 1e6);
      }
    }
    Collections.sort(ms);
    System.out.printf(Locale.ROOT, "%d pages x %d rounds: median %.2f ms, p90 %.2f ms, max %.2f ms per page%n",
        pages.size(), rounds, ms.get(ms.size() / 2), ms.get(ms.size() * 9 / 10), ms.get(ms.size() - 1));
  }
}
