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
    out.println(String.format("   %-28s %-9s %-16s %s", "SPEAKER", "TYPE", "CUE", "QUOTE").stripTrailing());
    for (Quote q : x.quotes()) {
      out.println(String.format("   %-28s %-9s %-16s %s",
          clip(q.speaker().map(Speaker::name).orElse("(unknown)"), 28),
          q.type().name().toLowerCase(java.util.Locale.ROOT),
          clip(q.cue().map(c -> c.text()).orElse("—"), 16),
          clip(q.text().replaceAll("\\s+", " ").strip(), QUOTE_WIDTH)).stripTrailing());
    }
    out.println();
    Map<Speaker, Integer> counts = new LinkedHashMap<>();
    x.speakers().forEach(s -> counts.put(s, x.quotes().by(s).size()));
    out.println("   Speakers:");
    counts.forEach((s, n) -> out.println(String.format("   %-28s %-13s %9s%s", clip(s.name(), 28),
        s.type().name().toLowerCase(java.util.Locale.ROOT), Main.plural(n, "quote"),
        s.roles().isEmpty() ? "" : "  " + String.join("; ", s.roles())).stripTrailing()));
    out.println();
  }

  private static String clip(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }
}
