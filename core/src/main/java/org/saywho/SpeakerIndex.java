package org.saywho;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.saywho.internal.lexicon.Words;

/**
 * One identity per person, organisation or group across many articles, for corpus statistics: "Barack
 * Obama" in one article and "President Barack Obama" in another are one person; "Obama" alone joins
 * him when he is the only Obama of his gender the corpus names in full, or is named four times as often
 * as all the others. Titles, honorifics and suffixes are left out
 * of the names compared. A person's gender is the one the articles agree on (three in four at least),
 * else UNKNOWN. Immutable and thread-safe; build one with {@link #builder()}.
 */
public final class SpeakerIndex {

  /**
   * One person or body across the corpus.
   *
   * @param name the most frequent full form of the name
   * @param type what kind of speaker it is
   * @param gender the gender the articles agree on
   * @param names every form of the name seen
   * @param quotes its quotes by type
   * @param sourceArticles in how many articles it is quoted
   * @param mentionArticles in how many articles it is named or quoted
   * @param quotesByOutlet its quotes by outlet, when articles name one
   */
  public record Identity(String name, Speaker.Type type, Speaker.Gender gender, Set<String> names,
      Map<Quote.Type, Long> quotes, long sourceArticles, long mentionArticles, Map<String, Long> quotesByOutlet) {

    /** Checks and copies the components. */
    public Identity {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(gender, "gender");
      names = Set.copyOf(names);
      quotes = Map.copyOf(quotes);
      quotesByOutlet = Map.copyOf(quotesByOutlet);
    }

    /** Returns the number of quotes of every type. */
    public long quoteCount() {
      return quotes.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Returns whether the identity is quoted at least once. */
    public boolean isSource() {
      return sourceArticles > 0;
    }
  }

  /** One speaker or person in one article. */
  private record Occurrence(String name, Speaker.Type type, Speaker.Gender gender, Map<Quote.Type, Long> quotes,
      Optional<String> outlet) {}

  private final List<Identity> identities;
  private final Map<String, Identity> byName;

  private SpeakerIndex(List<Identity> identities) {
    this.identities = List.copyOf(identities);
    Map<String, Identity> names = new HashMap<>();
    for (Identity i : identities) {
      for (String n : i.names()) {
        names.putIfAbsent(n.toLowerCase(Locale.ROOT), i);
      }
    }
    this.byName = Map.copyOf(names);
  }

  /** Returns a builder that loads the title lists from saywho-models. */
  public static Builder builder() {
    return new Builder(Words.load());
  }

  /** Returns the identities, most quoted first, then by name. */
  public List<Identity> identities() {
    return identities;
  }

  /**
   * Returns the identity a speaker's or person's name was merged into.
   *
   * @param name a name as an {@link Extraction} gave it (case-insensitive)
   * @return the identity, if the name was indexed
   */
  public Optional<Identity> identityOf(String name) {
    Objects.requireNonNull(name, "name");
    return Optional.ofNullable(byName.get(name.trim().toLowerCase(Locale.ROOT)));
  }

  /** Collects extractions; not thread-safe, feed it from one thread. */
  public static final class Builder {

    private final Words words;
    private final List<List<Occurrence>> articles = new ArrayList<>();

    private Builder(Words words) {
      this.words = words;
    }

    /**
     * Adds an article; its outlet is its byline's, if any.
     *
     * @param x the article's extraction
     * @return this builder
     */
    public Builder add(Extraction x) {
      return add(x, Objects.requireNonNull(x, "extraction").byline().flatMap(Byline::outlet));
    }

    /**
     * Adds an article from an outlet.
     *
     * @param x the article's extraction
     * @param outlet the outlet that published it, if known
     * @return this builder
     */
    public Builder add(Extraction x, Optional<String> outlet) {
      Objects.requireNonNull(x, "extraction");
      Objects.requireNonNull(outlet, "outlet");
      Map<Speaker, Map<Quote.Type, Long>> quotes = new LinkedHashMap<>();
      for (Quote q : x.quotes()) {
        q.speaker().ifPresent(s -> quotes.computeIfAbsent(s, k -> new EnumMap<>(Quote.Type.class)).merge(q.type(), 1L, Long::sum));
      }
      List<Occurrence> found = new ArrayList<>();
      Set<Speaker> seen = new HashSet<>();
      for (Speaker s : x.speakers()) {
        seen.add(s);
        found.add(new Occurrence(s.name(), s.type(), s.gender(), quotes.getOrDefault(s, Map.of()), outlet));
      }
      for (Speaker p : x.people()) {
        if (seen.add(p)) {
          found.add(new Occurrence(p.name(), p.type(), p.gender(), Map.of(), outlet));
        }
      }
      articles.add(found);
      return this;
    }

    /** Merges what was added into identities. */
    public SpeakerIndex build() {
      Map<String, Map<String, FullName>> fullBySurname = new HashMap<>();
      for (List<Occurrence> article : articles) {
        for (Occurrence o : article) {
          List<String> w = nameWords(o);
          if (o.type() == Speaker.Type.PERSON && w.size() >= 2) {
            fullBySurname.computeIfAbsent(w.get(w.size() - 1), k -> new HashMap<>())
                .computeIfAbsent(key(o, w), k -> new FullName()).add(o.gender());
          }
        }
      }
      Map<String, Merged> merged = new LinkedHashMap<>();
      for (List<Occurrence> article : articles) {
        Set<String> here = new HashSet<>();
        Set<String> quotedHere = new HashSet<>();
        for (Occurrence o : article) {
          List<String> w = nameWords(o);
          String k = key(o, w);
          if (o.type() == Speaker.Type.PERSON && w.size() == 1) {
            k = onlyFullName(fullBySurname.getOrDefault(w.get(0), Map.of()), o.gender()).orElse(k);
          }
          Merged m = merged.computeIfAbsent(k, x -> new Merged(o.type()));
          m.add(o, w.size(), here.add(k), !o.quotes().isEmpty() && quotedHere.add(k));
        }
      }
      List<Identity> out = new ArrayList<>();
      merged.values().forEach(m -> out.add(m.identity()));
      out.sort(Comparator.comparingLong(Identity::quoteCount).reversed().thenComparing(Identity::name));
      return new SpeakerIndex(out);
    }

    /**
     * The one full name a surname can stand for: the only one of a fitting gender, or one named four
     * times as often as all the others of a fitting gender together.
     */
    private static Optional<String> onlyFullName(Map<String, FullName> full, Speaker.Gender gender) {
      List<Map.Entry<String, FullName>> fit = full.entrySet().stream().filter(e -> e.getValue().fits(gender))
          .sorted(Comparator.comparingInt((Map.Entry<String, FullName> e) -> e.getValue().count).reversed()
              .thenComparing(Map.Entry::getKey))
          .toList();
      if (fit.isEmpty()) {
        return Optional.empty();
      }
      int others = fit.stream().skip(1).mapToInt(e -> e.getValue().count).sum();
      return fit.get(0).getValue().count >= 4 * others ? Optional.of(fit.get(0).getKey()) : Optional.empty();
    }

    private static String key(Occurrence o, List<String> w) {
      if (o.type() != Speaker.Type.PERSON || w.isEmpty()) {
        return o.type() + ":" + Words.withoutAccents(o.name().toLowerCase(Locale.ROOT)).replaceAll("(?U)\\s+", " ");
      }
      return w.size() == 1 ? "PERSON:" + w.get(0) : "PERSON:" + w.get(0) + " " + w.get(w.size() - 1);
    }

    /**
     * The name's words after its last title or honorific ("Charlotte Mayor Jennifer Roberts" is
     * "jennifer roberts"), without initials or suffixes, lower case, and without accents, as some
     * outlets write names ("Francois Legault" is "François Legault").
     */
    private List<String> nameWords(Occurrence o) {
      List<String> out = new ArrayList<>();
      for (String raw : o.name().toLowerCase(Locale.ROOT).replace('’', '\'').split("(?U)[\\s,]+")) {
        String w = Words.withoutAccents(raw.replace(".", ""));
        if (words.isTitle(raw) || words.isHonorific(raw) || words.isTitle(w)) {
          out.clear();
        } else if (w.length() > 1 && !Words.isNameSuffix(w)) {
          out.add(w);
        }
      }
      return out;
    }
  }

  /** How often a full name occurs, and with which genders. */
  private static final class FullName {
    private int count;
    private int female;
    private int male;

    void add(Speaker.Gender g) {
      count++;
      female += g == Speaker.Gender.FEMALE ? 1 : 0;
      male += g == Speaker.Gender.MALE ? 1 : 0;
    }

    boolean fits(Speaker.Gender g) {
      return g == Speaker.Gender.UNKNOWN || (g == Speaker.Gender.FEMALE ? male : female) * 4 <= count;
    }
  }

  /** An identity while it is being merged. */
  private static final class Merged {
    private final Speaker.Type type;
    private final Map<String, Integer> names = new LinkedHashMap<>();
    private final Map<String, Integer> nameWords = new HashMap<>();
    private final Map<Quote.Type, Long> quotes = new EnumMap<>(Quote.Type.class);
    private final Map<String, Long> byOutlet = new HashMap<>();
    private long sourceArticles;
    private long mentionArticles;
    private int female;
    private int male;

    Merged(Speaker.Type type) {
      this.type = type;
    }

    void add(Occurrence o, int words, boolean newArticle, boolean newSourceArticle) {
      names.merge(o.name(), 1, Integer::sum);
      nameWords.merge(o.name(), words, Math::max);
      long n = o.quotes().values().stream().mapToLong(Long::longValue).sum();
      o.quotes().forEach((t, c) -> quotes.merge(t, c, Long::sum));
      if (n > 0) {
        o.outlet().ifPresent(out -> byOutlet.merge(out, n, Long::sum));
      }
      mentionArticles += newArticle ? 1 : 0;
      sourceArticles += newSourceArticle ? 1 : 0;
      female += o.gender() == Speaker.Gender.FEMALE ? 1 : 0;
      male += o.gender() == Speaker.Gender.MALE ? 1 : 0;
    }

    Identity identity() {
      String name = names.keySet().stream()
          .max(Comparator.comparingInt((String s) -> nameWords.getOrDefault(s, 0) >= 2 ? 1 : 0)
              .thenComparingInt(s -> names.getOrDefault(s, 0)).thenComparing(Comparator.comparingInt(String::length)))
          .orElseThrow();
      Speaker.Gender gender = type != Speaker.Type.PERSON ? Speaker.Gender.UNKNOWN
          : female * 4 >= (female + male) * 3 && female > 0 ? Speaker.Gender.FEMALE
          : male * 4 >= (female + male) * 3 && male > 0 ? Speaker.Gender.MALE : Speaker.Gender.UNKNOWN;
      return new Identity(name, type, gender, names.keySet(), quotes, sourceArticles, mentionArticles, byOutlet);
    }
  }
}
