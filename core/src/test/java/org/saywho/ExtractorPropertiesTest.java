package org.saywho;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Invariants that hold for every string. Generated articles mix attributed quotes (every kind of
 * quote mark, balanced or not), reported speech and plain sentences with noise: arbitrary characters,
 * emoji, lone surrogates, right-to-left marks, markup.
 */
class ExtractorPropertiesTest {

  private static final List<String> NOISE = List.of(
      "“", "”", "\"", "'", "‘", "’", "«", "»", "``", "''", "\n", "\n\n", ",", ".", ":", " — ", "(", ")", "Mr.", "U.S.",
      "😀", "🇺🇸", "\uD800", "\uDC00", "\u202E", "\u0000", "\t", "<p>", "</p>", "42%", "By Ann Lee", "مرحبا");
  private static final List<String> WORDS = List.of(
      "we", "will", "win", "it", "is", "not", "true", "the", "economy", "grew", "by", "3", "percent", "on", "Tuesday",
      "they", "never", "lied", "about", "Russia", "and", "a", "deal", "was", "made", "in", "Moscow", "very", "good");
  private static final List<String> SPEAKERS = List.of(
      "Trump", "Dmitry Peskov", "the Kremlin", "he", "she", "a spokesperson for the White House",
      "Senator Ann Lee, a Democrat,", "officials");
  private static final List<String> CUES = List.of("said", "says", "told reporters", "added", "warned", "insisted");
  private static final List<List<String>> MARKS = List.of(
      List.of("“", "”"), List.of("\"", "\""), List.of("«", "»"), List.of("‘", "’"), List.of("“", ""), List.of("", "”"),
      List.of("``", "''"));

  private static Extractor extractor;

  @BeforeContainer
  static void build() {
    extractor = Extractor.builder().build();
  }

  /** Articles of quote, report and plain sentences, some with noise spliced in. */
  @Provide
  Arbitrary<String> newsish() {
    Arbitrary<String> word = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.of(WORDS)),
        Tuple.of(1, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(9)),
        Tuple.of(1, Arbitraries.of(NOISE)),
        Tuple.of(1, Arbitraries.strings().all().ofMaxLength(3)));
    Arbitrary<String> words = word.list().ofMinSize(1).ofMaxSize(14).map(w -> String.join(" ", w));
    Arbitrary<String> speaker = Arbitraries.of(SPEAKERS);
    Arbitrary<String> cue = Arbitraries.of(CUES);
    Arbitrary<List<String>> marks = Arbitraries.of(MARKS);
    Arbitrary<String> quoteFirst = Combinators.combine(marks, words, speaker, cue)
        .as((m, w, s, c) -> m.get(0) + w + "," + m.get(1) + " " + s + " " + c + ".");
    Arbitrary<String> speakerFirst = Combinators.combine(marks, words, speaker, cue)
        .as((m, w, s, c) -> s + " " + c + ": " + m.get(0) + w + "." + m.get(1));
    Arbitrary<String> reported = Combinators.combine(words, speaker, cue).as((w, s, c) -> s + " " + c + " that " + w + ".");
    Arbitrary<String> plain = words.map(w -> w + ".");
    Arbitrary<String> sentence = Arbitraries.oneOf(quoteFirst, speakerFirst, reported, plain, Arbitraries.of(NOISE));
    Arbitrary<String> gap = Arbitraries.of(" ", " ", "\n\n", "\n", "");
    return Combinators.combine(sentence, gap).as((s, g) -> s + g).list().ofMaxSize(12)
        .map(parts -> String.join("", parts));
  }

  @Property(tries = 300)
  void extract_anyText_spansLieInsideTextAndMatchTheirText(@ForAll("newsish") String text) {
    Extraction x = extractor.apply(text);
    assertThat(x.failure()).isEmpty();
    Statistics.label("has quotes").collect(!x.quotes().isEmpty());
    Statistics.label("has quotes").coverage(c -> c.check(true).percentage(p -> p >= 30));
    for (Quote q : x.quotes()) {
      assertThat(q.span().in(text)).isEqualTo(q.text());
      assertWhole(text, q.span());
      q.cue().ifPresent(c -> assertThat(c.span().in(text)).isEqualTo(c.text()));
      q.speakerMention().ifPresent(m -> assertWhole(text, m));
    }
    for (Claim c : x.claims()) {
      assertThat(c.span().in(text)).isEqualTo(c.text());
      assertWhole(text, c.span());
    }
  }

  @Property(tries = 300)
  void extract_anyText_speakersMentionsPointAtWords(@ForAll("newsish") String text) {
    Extraction x = extractor.apply(text);
    for (Speaker s : x.speakers()) {
      assertThat(s.name()).isNotBlank();
      for (Span m : s.mentions()) {
        assertWhole(text, m);
        String mention = m.in(text);
        assertThat(mention).isNotBlank().isEqualTo(mention.strip());
        assertThat(mention.codePoints().anyMatch(Character::isLetterOrDigit)).as(mention).isTrue();
      }
    }
  }

  @Property(tries = 300)
  void extract_anyText_directQuotesNeverOverlap(@ForAll("newsish") String text) {
    List<Quote> direct = extractor.apply(text).quotes().direct().list();
    for (int i = 0; i < direct.size(); i++) {
      for (int j = i + 1; j < direct.size(); j++) {
        assertThat(direct.get(i).span().overlaps(direct.get(j).span())).as("%s / %s", direct.get(i), direct.get(j)).isFalse();
      }
    }
  }

  @Property(tries = 200)
  void extract_sameTextTwice_givesEqualResults(@ForAll("newsish") String text) {
    assertThat(extractor.apply(text)).isEqualTo(extractor.apply(text));
  }

  @Provide
  Arbitrary<List<String>> articlePairs() {
    List<String> articles = DevCorpus.texts();
    Arbitrary<String> article = Arbitraries.of(articles);
    return Combinators.combine(article, article).as(List::of);
  }

  @Property(tries = 25)
  void extract_twoArticlesConcatenated_findsBothArticlesQuotes(@ForAll("articlePairs") List<String> pair) {
    String a = pair.get(0);
    String b = pair.get(1);
    String joined = a + "\n\n" + b;
    List<Span> found = extractor.apply(joined).quotes().stream()
        .filter(q -> q.type() != Quote.Type.INDIRECT).map(Quote::span).toList();
    List<Span> expected = new ArrayList<>(directAndMixed(a, 0));
    expected.addAll(directAndMixed(b, a.length() + 2));
    assertThat(found).containsAll(expected);
  }

  private static List<Span> directAndMixed(String text, int shift) {
    return extractor.apply(text).quotes().stream().filter(q -> q.type() != Quote.Type.INDIRECT)
        .map(q -> Span.of(q.span().start() + shift, q.span().end() + shift)).toList();
  }

  /** The span neither starts nor ends inside a surrogate pair. */
  private static void assertWhole(String text, Span s) {
    assertThat(s.end()).isLessThanOrEqualTo(text.length());
    assertThat(splitsPair(text, s.start())).as("start of %s", s).isFalse();
    assertThat(splitsPair(text, s.end())).as("end of %s", s).isFalse();
  }

  private static boolean splitsPair(String text, int at) {
    return at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
        && Character.isLowSurrogate(text.charAt(at));
  }
}
