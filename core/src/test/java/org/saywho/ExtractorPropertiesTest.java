package org.saywho;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.saywho.testing.SharedData;

/**
 * Invariants that hold for every string, checked on seeded random articles (the same articles every
 * run; a failure names the seed and the article). Generated articles mix attributed quotes (every kind
 * of quote mark, balanced or not), reported speech and plain sentences with noise: arbitrary
 * characters, emoji, lone surrogates, right-to-left marks, markup.
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

  private static final long SEED = 20261125L;

  private static Extractor extractor;

  @BeforeAll
  static void build() {
    extractor = Extractor.builder().build();
  }

  /** {@code n} articles of quote, report and plain sentences, some with noise spliced in. */
  static List<String> newsish(long seed, int n) {
    Random r = new Random(seed);
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      StringBuilder article = new StringBuilder();
      for (int k = r.nextInt(13); k > 0; k--) {
        article.append(sentence(r)).append(pick(r, List.of(" ", " ", "\n\n", "\n", "")));
      }
      out.add(article.toString());
    }
    return out;
  }

  private static String sentence(Random r) {
    List<String> m = pick(r, MARKS);
    Supplier<String> words = () -> words(r);
    return switch (r.nextInt(5)) {
      case 0 -> m.get(0) + words.get() + "," + m.get(1) + " " + pick(r, SPEAKERS) + " " + pick(r, CUES) + ".";
      case 1 -> pick(r, SPEAKERS) + " " + pick(r, CUES) + ": " + m.get(0) + words.get() + "." + m.get(1);
      case 2 -> pick(r, SPEAKERS) + " " + pick(r, CUES) + " that " + words.get() + ".";
      case 3 -> words.get() + ".";
      default -> pick(r, NOISE);
    };
  }

  /** One to fourteen words: mostly news words, some random letters, noise or any characters at all. */
  private static String words(Random r) {
    List<String> out = new ArrayList<>();
    for (int k = 1 + r.nextInt(14); k > 0; k--) {
      int roll = r.nextInt(11);
      out.add(roll < 8 ? pick(r, WORDS) : roll == 8 ? randomChars(r, 1 + r.nextInt(9), true)
          : roll == 9 ? pick(r, NOISE) : randomChars(r, r.nextInt(4), false));
    }
    return String.join(" ", out);
  }

  /** Random letters a–z/A–Z, or random UTF-16 units of any kind (lone surrogates included). */
  private static String randomChars(Random r, int length, boolean alpha) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < length; k++) {
      sb.append(alpha ? (char) ((r.nextBoolean() ? 'a' : 'A') + r.nextInt(26)) : (char) r.nextInt(0x10000));
    }
    return sb.toString();
  }

  private static <T> T pick(Random r, List<T> from) {
    return from.get(r.nextInt(from.size()));
  }

  @Test
  void generator_makesArticlesWithQuotesOftenEnough() {
    List<String> texts = newsish(SEED, 300);
    long withQuotes = texts.stream().filter(t -> !extractor.apply(t).quotes().isEmpty()).count();
    assertThat(withQuotes * 100 / texts.size()).as("share of generated articles with quotes").isGreaterThanOrEqualTo(30);
  }

  @Test
  void extract_anyText_spansLieInsideTextAndMatchTheirText() {
    List<String> texts = newsish(SEED, 300);
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      Extraction x = extractor.apply(text);
      assertThat(x.failure()).as("seed %d, article %d: %s", SEED, i, text).isEmpty();
      for (Quote q : x.quotes()) {
        assertThat(q.span().in(text)).as("seed %d, article %d", SEED, i).isEqualTo(q.text());
        assertWhole(text, q.span());
        q.cue().ifPresent(c -> assertThat(c.span().in(text)).isEqualTo(c.text()));
        q.speakerMention().ifPresent(m -> assertWhole(text, m));
      }
      for (Claim c : x.claims()) {
        assertThat(c.span().in(text)).as("seed %d, article %d", SEED, i).isEqualTo(c.text());
        assertWhole(text, c.span());
      }
    }
  }

  @Test
  void extract_anyText_speakersMentionsPointAtWords() {
    List<String> texts = newsish(SEED + 1, 300);
    for (String text : texts) {
      for (Speaker s : extractor.apply(text).speakers()) {
        assertThat(s.name()).isNotBlank();
        for (Span m : s.mentions()) {
          assertWhole(text, m);
          String mention = m.in(text);
          assertThat(mention).isNotBlank().isEqualTo(mention.strip());
          assertThat(mention.codePoints().anyMatch(Character::isLetterOrDigit)).as(mention).isTrue();
        }
      }
    }
  }

  @Test
  void extract_anyText_directQuotesNeverOverlap() {
    for (String text : newsish(SEED + 2, 300)) {
      List<Quote> direct = extractor.apply(text).quotes().direct().list();
      for (int i = 0; i < direct.size(); i++) {
        for (int j = i + 1; j < direct.size(); j++) {
          assertThat(direct.get(i).span().overlaps(direct.get(j).span())).as("%s / %s in %s", direct.get(i), direct.get(j), text)
              .isFalse();
        }
      }
    }
  }

  @Test
  void extract_sameTextTwice_givesEqualResults() {
    for (String text : newsish(SEED + 3, 200)) {
      assertThat(extractor.apply(text)).as(text).isEqualTo(extractor.apply(text));
    }
  }

  @Test
  @EnabledIf(value = "org.saywho.testing.SharedData#present", disabledReason = SharedData.ABSENT)
  void extract_twoArticlesConcatenated_findsBothArticlesQuotes() {
    List<String> articles = DevCorpus.texts();
    Random r = new Random(SEED);
    for (int k = 0; k < 25; k++) {
      String a = pick(r, articles);
      String b = pick(r, articles);
      String joined = a + "\n\n" + b;
      List<Span> found = extractor.apply(joined).quotes().stream()
          .filter(q -> q.type() != Quote.Type.INDIRECT).map(Quote::span).toList();
      List<Span> expected = new ArrayList<>(directAndMixed(a, 0));
      expected.addAll(directAndMixed(b, a.length() + 2));
      assertThat(found).containsAll(expected);
    }
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
