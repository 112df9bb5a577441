package org.saywho.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.saywho.Extraction;
import org.saywho.Quote;
import org.saywho.Speaker;

/** Prints an extraction as a readable who-said-what table. */
final class TableFormat {

  private static final int QUOTE_WIDTH = 90;

  private TableFormat() {}

  static void print(String title, Extraction x, PrintWriter out) {
    out.println("== " + title);
    x.byline().ifPresent(b -> out.println("   by " + String.join(" – ",
        b.parts())));
    x.failure().ifPresent(f -> out.println("   could not be processed: " + f));
    if (x.quotes().isEmpty()) {
      out.println("   no quotes found");
      out.println();
      return;
    }
    out.printf("   %-28s %-9s %-16s %s%n", "SPEAKER", "TYPE", "CUE", "QUOTE");
    for (Quote q : x.quotes()) {
      out.printf("   %-28s %-9s %-16s %s%n",
          clip(q.speaker().map(Speaker::name).orElse("(unknown)"), 28),
          q.type().name().toLowerCase(java.util.Locale.ROOT),
          clip(q.cue().map(c -> c.text()).orElse("—"), 16),
          clip(q.text().replaceAll("\\s+", " "), QUOTE_WIDTH));
    }
    out.println();
    Map<Speaker, Integer> counts = new LinkedHashMap<>();
    x.speakers().forEach(s -> counts.put(s, x.quotes().by(s).size()));
    out.println("   Speakers:");
    counts.forEach((s, n) -> out.printf("   %-28s %-13s %2d quote%s%s%n", clip(s.name(), 28), s.type().name().toLowerCase(java.util.Locale.ROOT), n,
        n == 1 ? " " : "s", s.roles().isEmpty() ? "" : "  " + String.join("; ", s.roles())));
    out.println();
  }

  private static String clip(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }
}
