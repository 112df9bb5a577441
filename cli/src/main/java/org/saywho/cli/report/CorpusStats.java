package org.saywho.cli.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.saywho.Extraction;
import org.saywho.Quote;
import org.saywho.Speaker;
import org.saywho.SpeakerIndex;

/**
 * The figures media researchers publish about a corpus: who is quoted most (one identity per person
 * across articles, by {@link SpeakerIndex}), quotes by type, and sources and people by gender with the
 * share of women, overall and by outlet when the articles come from several. A source is counted once
 * per article it is quoted in, as the Gender Gap Tracker counts. Not thread-safe; feed it from one thread.
 */
public final class CorpusStats {

  private final SpeakerIndex.Builder index = SpeakerIndex.builder();
  private final Map<Quote.Type, Long> byType = new EnumMap<>(Quote.Type.class);
  private final GenderCounts sources = new GenderCounts();
  private final GenderCounts people = new GenderCounts();
  private final Map<Speaker.Gender, Map<Quote.Type, Long>> quotesByGender = new EnumMap<>(Speaker.Gender.class);
  private final Map<String, GenderCounts> sourcesByOutlet = new TreeMap<>();
  private long articles;
  private long errors;

  /** Counts of persons by gender. */
  private static final class GenderCounts {
    final Map<Speaker.Gender, Long> counts = new EnumMap<>(Speaker.Gender.class);

    void add(Speaker.Gender g) {
      counts.merge(g, 1L, Long::sum);
    }

    long get(Speaker.Gender g) {
      return counts.getOrDefault(g, 0L);
    }

    long total() {
      return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Women among persons of known gender, 0 when none is known. */
    double womenShare() {
      long known = get(Speaker.Gender.FEMALE) + get(Speaker.Gender.MALE);
      return known == 0 ? 0 : (double) get(Speaker.Gender.FEMALE) / known;
    }

    ObjectNode toJson(ObjectNode o) {
      o.put("total", total());
      for (Speaker.Gender g : Speaker.Gender.values()) {
        o.put(g.name().toLowerCase(Locale.ROOT), get(g));
      }
      return o.put("womenShare", Math.round(womenShare() * 10000) / 10000.0);
    }
  }

  /**
   * Counts one article; its outlet is its byline's, if any.
   *
   * @param x the article's extraction
   */
  public void add(Extraction x) {
    add(x, Optional.empty());
  }

  /**
   * Counts one article from an outlet.
   *
   * @param x the article's extraction
   * @param outlet its outlet; the byline's when empty
   */
  public void add(Extraction x, Optional<String> outlet) {
    articles++;
    Optional<String> from = outlet.or(() -> x.byline().flatMap(org.saywho.Byline::outlet));
    index.add(x, from);
    for (Quote q : x.quotes()) {
      byType.merge(q.type(), 1L, Long::sum);
      q.speaker().filter(s -> s.type() == Speaker.Type.PERSON).ifPresent(s ->
          quotesByGender.computeIfAbsent(s.gender(), g -> new EnumMap<>(Quote.Type.class)).merge(q.type(), 1L, Long::sum));
    }
    for (Speaker s : x.sources()) {
      sources.add(s.gender());
      from.ifPresent(o -> sourcesByOutlet.computeIfAbsent(o, k -> new GenderCounts()).add(s.gender()));
    }
    x.people().forEach(p -> people.add(p.gender()));
  }

  /** Counts an article that could not be processed. */
  public void addError() {
    errors++;
  }

  /** How many articles could not be processed. */
  public long errors() {
    return errors;
  }

  /**
   * Prints the figures as tables.
   *
   * @param out where to print
   * @param top how many speakers to list in each ranking
   */
  public void printTable(PrintWriter out, int top) {
    long total = total(byType);
    long all = articles + errors;
    out.printf(Locale.ROOT, "%d article%s (%d could not be processed), %d quote%s: %d direct, %d mixed, %d indirect%n%n",
        all, all == 1 ? "" : "s", errors, total, total == 1 ? "" : "s", count(byType, Quote.Type.DIRECT),
        count(byType, Quote.Type.MIXED), count(byType, Quote.Type.INDIRECT));
    out.printf("%-22s %7s %7s %7s %7s %8s%n", "PERSONS BY GENDER", "FEMALE", "MALE", "UNKNOWN", "TOTAL", "WOMEN");
    genderRow(out, "sources (per article)", sources);
    genderRow(out, "people (per article)", people);
    for (Quote.Type type : Quote.Type.values()) {
      GenderCounts q = new GenderCounts();
      for (Speaker.Gender g : Speaker.Gender.values()) {
        q.counts.put(g, count(quotesByGender.getOrDefault(g, Map.of()), type));
      }
      genderRow(out, type.name().toLowerCase(Locale.ROOT) + " quotes", q);
    }
    if (sourcesByOutlet.size() > 1) {
      out.printf("%n%-22s %7s %7s %7s %7s %8s%n", "SOURCES BY OUTLET", "FEMALE", "MALE", "UNKNOWN", "TOTAL", "WOMEN");
      sourcesByOutlet.forEach((o, c) -> genderRow(out, o, c));
    }
    List<SpeakerIndex.Identity> ranked = index.build().identities();
    ranking(out, "MOST QUOTED", ranked, i -> true, top);
    ranking(out, "MOST QUOTED WOMEN", ranked, i -> i.gender() == Speaker.Gender.FEMALE, top);
    ranking(out, "MOST QUOTED MEN", ranked, i -> i.gender() == Speaker.Gender.MALE, top);
    for (Speaker.Type type : List.of(Speaker.Type.ORGANIZATION, Speaker.Type.GROUP)) {
      ranking(out, "MOST QUOTED " + type.name() + "S", ranked, i -> i.type() == type, top);
    }
    out.flush();
  }

  private static void genderRow(PrintWriter out, String label, GenderCounts c) {
    out.printf(Locale.ROOT, "%-22s %7d %7d %7d %7d %7.1f%%%n", clip(label, 22), c.get(Speaker.Gender.FEMALE),
        c.get(Speaker.Gender.MALE), c.get(Speaker.Gender.UNKNOWN), c.total(), 100 * c.womenShare());
  }

  private static void ranking(PrintWriter out, String title, List<SpeakerIndex.Identity> ranked,
      Predicate<SpeakerIndex.Identity> which, int top) {
    out.printf("%n%-4s %-32s %-13s %-7s %7s %7s %7s %8s %8s%n", "#", title, "TYPE", "GENDER", "QUOTES", "DIRECT",
        "MIXED", "INDIRECT", "ARTICLES");
    int rank = 0;
    for (SpeakerIndex.Identity i : ranked) {
      if (!i.isSource() || !which.test(i)) {
        continue;
      }
      if (++rank > top) {
        break;
      }
      out.printf(Locale.ROOT, "%-4d %-32s %-13s %-7s %7d %7d %7d %8d %8d%n", rank, clip(i.name(), 32),
          i.type().name().toLowerCase(Locale.ROOT), i.gender().name().toLowerCase(Locale.ROOT), i.quoteCount(),
          count(i.quotes(), Quote.Type.DIRECT), count(i.quotes(), Quote.Type.MIXED),
          count(i.quotes(), Quote.Type.INDIRECT), i.sourceArticles());
    }
  }

  /**
   * The same figures as JSON, every quoted identity included.
   *
   * @param mapper the JSON mapper
   * @return {"articles","errors","quotes","sources","people","quotesByGender","sourcesByOutlet","speakers"}
   */
  public ObjectNode toJson(ObjectMapper mapper) {
    ObjectNode out = mapper.createObjectNode().put("articles", articles + errors).put("errors", errors);
    ObjectNode quotes = out.putObject("quotes");
    quotes.put("total", total(byType));
    for (Quote.Type type : Quote.Type.values()) {
      quotes.put(type.name().toLowerCase(Locale.ROOT), count(byType, type));
    }
    sources.toJson(out.putObject("sources"));
    people.toJson(out.putObject("people"));
    ObjectNode byGender = out.putObject("quotesByGender");
    for (Speaker.Gender g : Speaker.Gender.values()) {
      ObjectNode o = byGender.putObject(g.name().toLowerCase(Locale.ROOT));
      Map<Quote.Type, Long> m = quotesByGender.getOrDefault(g, Map.of());
      o.put("total", total(m));
      for (Quote.Type type : Quote.Type.values()) {
        o.put(type.name().toLowerCase(Locale.ROOT), count(m, type));
      }
    }
    ObjectNode outlets = out.putObject("sourcesByOutlet");
    sourcesByOutlet.forEach((o, c) -> c.toJson(outlets.putObject(o)));
    ArrayNode list = out.putArray("speakers");
    for (SpeakerIndex.Identity i : index.build().identities()) {
      if (!i.isSource()) {
        continue;
      }
      ObjectNode s = list.addObject().put("name", i.name()).put("type", i.type().name())
          .put("gender", i.gender().name()).put("quotes", i.quoteCount());
      for (Quote.Type type : Quote.Type.values()) {
        s.put(type.name().toLowerCase(Locale.ROOT), count(i.quotes(), type));
      }
      s.put("articles", i.sourceArticles());
      ArrayNode names = s.putArray("names");
      i.names().stream().sorted().forEach(names::add);
    }
    return out;
  }

  private static long total(Map<Quote.Type, Long> m) {
    return m.values().stream().mapToLong(Long::longValue).sum();
  }

  private static long count(Map<Quote.Type, Long> m, Quote.Type t) {
    return m.getOrDefault(t, 0L);
  }

  private static String clip(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }
}
