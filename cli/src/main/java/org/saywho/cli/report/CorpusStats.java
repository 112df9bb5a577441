package org.saywho.cli.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.saywho.Extraction;
import org.saywho.Quote;
import org.saywho.Speaker;

/**
 * Who is quoted most across a corpus: quotes per speaker (by canonical name), by type, and in how many
 * articles. Not thread-safe; feed it from one thread.
 */
public final class CorpusStats {

  private static final String UNATTRIBUTED = "(unattributed)";

  private final Map<String, Tally> speakers = new HashMap<>();
  private final Map<Quote.Type, Long> byType = new EnumMap<>(Quote.Type.class);
  private long articles;
  private long errors;

  /** One speaker's counts. */
  private static final class Tally {
    final String name;
    final String type;
    final Map<Quote.Type, Long> quotes = new EnumMap<>(Quote.Type.class);
    long articles;

    Tally(String name, String type) {
      this.name = name;
      this.type = type;
    }

    long total() {
      return quotes.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /**
   * Counts one article's quotes.
   *
   * @param x the article's extraction
   */
  public void add(Extraction x) {
    articles++;
    Map<String, Boolean> seen = new HashMap<>();
    for (Quote q : x.quotes()) {
      String name = q.speaker().map(Speaker::name).orElse(UNATTRIBUTED);
      String type = q.speaker().map(s -> s.type().name()).orElse("UNKNOWN");
      Tally t = speakers.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new Tally(name, type));
      t.quotes.merge(q.type(), 1L, Long::sum);
      byType.merge(q.type(), 1L, Long::sum);
      if (seen.put(name.toLowerCase(Locale.ROOT), true) == null) {
        t.articles++;
      }
    }
  }

  /** Counts an article that could not be processed. */
  public void addError() {
    errors++;
  }

  /** How many articles could not be processed. */
  public long errors() {
    return errors;
  }

  private List<Tally> ranked() {
    List<Tally> out = new ArrayList<>(speakers.values());
    out.sort((a, b) -> a.total() != b.total() ? Long.compare(b.total(), a.total()) : a.name.compareTo(b.name));
    return out;
  }

  /**
   * Prints the most quoted speakers as a table.
   *
   * @param out where to print
   * @param top how many speakers to list
   */
  public void printTable(PrintWriter out, int top) {
    long total = byType.values().stream().mapToLong(Long::longValue).sum();
    long all = articles + errors;
    out.printf(Locale.ROOT, "%d article%s (%d could not be processed), %d quote%s: %d direct, %d mixed, %d indirect%n%n",
        all, all == 1 ? "" : "s", errors, total, total == 1 ? "" : "s", count(byType, Quote.Type.DIRECT),
        count(byType, Quote.Type.MIXED), count(byType, Quote.Type.INDIRECT));
    out.printf("%-4s %-32s %-13s %7s %7s %7s %8s %7s %8s%n", "#", "SPEAKER", "TYPE", "QUOTES", "DIRECT", "MIXED",
        "INDIRECT", "SHARE", "ARTICLES");
    int rank = 0;
    for (Tally t : ranked()) {
      if (++rank > top) {
        break;
      }
      out.printf(Locale.ROOT, "%-4d %-32s %-13s %7d %7d %7d %8d %6.1f%% %8d%n", rank, clip(t.name), t.type.toLowerCase(Locale.ROOT),
          t.total(), count(t.quotes, Quote.Type.DIRECT), count(t.quotes, Quote.Type.MIXED),
          count(t.quotes, Quote.Type.INDIRECT), total == 0 ? 0 : 100.0 * t.total() / total, t.articles);
    }
    out.flush();
  }

  /**
   * The same figures as JSON, every speaker included.
   *
   * @param mapper the JSON mapper
   * @return {"articles","errors","quotes":{…},"speakers":[…]}
   */
  public ObjectNode toJson(ObjectMapper mapper) {
    ObjectNode out = mapper.createObjectNode().put("articles", articles + errors).put("errors", errors);
    ObjectNode quotes = out.putObject("quotes");
    quotes.put("total", byType.values().stream().mapToLong(Long::longValue).sum());
    for (Quote.Type type : Quote.Type.values()) {
      quotes.put(type.name().toLowerCase(Locale.ROOT), count(byType, type));
    }
    ArrayNode list = out.putArray("speakers");
    for (Tally t : ranked()) {
      ObjectNode s = list.addObject().put("name", t.name).put("type", t.type).put("quotes", t.total());
      for (Quote.Type type : Quote.Type.values()) {
        s.put(type.name().toLowerCase(Locale.ROOT), count(t.quotes, type));
      }
      s.put("articles", t.articles);
    }
    return out;
  }

  private static long count(Map<Quote.Type, Long> m, Quote.Type t) {
    return m.getOrDefault(t, 0L);
  }

  private static String clip(String s) {
    return s.length() <= 32 ? s : s.substring(0, 31) + "…";
  }
}
