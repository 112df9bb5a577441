package org.saywho.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.saywho.Extraction;
import org.saywho.Extractor;
import org.saywho.Quote;
import org.saywho.Speaker;

/** Extracts the bundled Rubio–Lavrov article and prints who said what. */
public final class QuickStart {

  private QuickStart() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   * @throws IOException when the bundled article cannot be read
   */
  public static void main(String[] args) throws IOException {
    String text = article("rubio-lavrov.txt");
    Extraction x = Extractor.extract(text);
    x.byline().ifPresent(b -> System.out.println("By " + b.author().orElse("?") + b.outlet().map(o -> " for " + o).orElse("")));
    for (Quote q : x.quotes()) {
      String who = q.speaker().map(Speaker::name).orElse("(unknown)");
      System.out.printf("%-22s %-8s %s%n", who, q.type(), q.text());
    }
    System.out.println(x.quotes().by("Peskov").direct().size() + " direct quote(s) by Peskov");
  }

  /** Reads an article bundled with the examples. */
  static String article(String name) throws IOException {
    try (InputStream in = QuickStart.class.getResourceAsStream("articles/" + name)) {
      if (in == null) {
        throw new IOException("no bundled article " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
