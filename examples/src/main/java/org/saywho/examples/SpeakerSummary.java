package org.saywho.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.saywho.Extraction;
import org.saywho.Extractor;
import org.saywho.Quotes;
import org.saywho.Speaker;

/**
 * Prints each speaker of an article with their roles and how often they are quoted, directly,
 * partly (mixed) and indirectly. With no argument it reads the bundled Rubio–Lavrov article.
 */
public final class SpeakerSummary {

  private SpeakerSummary() {}

  /**
   * Runs the example.
   *
   * @param args an optional article file
   * @throws IOException when the article cannot be read
   */
  public static void main(String[] args) throws IOException {
    String text = args.length > 0 ? Files.readString(Path.of(args[0])) : QuickStart.article("rubio-lavrov.txt");
    Extraction x = Extractor.extract(text);
    System.out.printf("%-30s %-13s %6s %6s %6s  %s%n", "SPEAKER", "TYPE", "DIRECT", "MIXED", "INDIR.", "ROLES");
    for (Speaker s : x.speakers()) {
      Quotes q = x.quotes().by(s);
      System.out.printf("%-30s %-13s %6d %6d %6d  %s%n", s.name(), s.type(), q.direct().size(), q.mixed().size(),
          q.indirect().size(), String.join("; ", s.roles()));
    }
    long unattributed = x.quotes().stream().filter(q -> q.speaker().isEmpty()).count();
    System.out.println(unattributed + " quote(s) without a known speaker");
  }
}
