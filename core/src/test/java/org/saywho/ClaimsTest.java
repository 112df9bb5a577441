package org.saywho;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClaimsTest {

  private static final Speaker PESKOV = new Speaker("Dmitry Peskov", Speaker.Type.PERSON, List.of(), List.of(Span.of(0, 1)));
  private static final Byline BYLINE = new Byline(Optional.of("Ahmed Kamel"), Optional.of("Egypt Daily News"), Span.of(0, 1));

  private static Claim claim(String text, Optional<Speaker> speaker, boolean quoted) {
    Optional<Quote> quote = quoted
        ? Optional.of(new Quote(text, Span.of(0, text.length()), Quote.Type.DIRECT, speaker, Optional.empty(), Optional.empty(), 0.4))
        : Optional.empty();
    return new Claim(text, Span.of(0, text.length()), speaker, quote, Claim.Type.EVENT, 0.5, true, false);
  }

  private final Claims claims = Claims.of(List.of(
      claim("by the article", Optional.empty(), false),
      claim("by Peskov", Optional.of(PESKOV), true),
      claim("by an unknown speaker", Optional.empty(), true)), Optional.of(BYLINE));

  @Test
  void by_speakerName_keepsThatSpeakersClaims() {
    assertThat(claims.by("Peskov").list()).extracting(Claim::text).containsExactly("by Peskov");
  }

  @Test
  void by_bylineOutletOrAuthor_keepsTheArticlesOwnClaimsOnly() {
    assertThat(claims.by("Egypt Daily News").list()).extracting(Claim::text).containsExactly("by the article");
    assertThat(claims.by("Kamel").list()).extracting(Claim::text).containsExactly("by the article");
  }

  @Test
  void by_neverCountsAQuoteWithAnUnknownSpeakerAsTheArticles() {
    assertThat(claims.by("Egypt Daily News").list()).extracting(Claim::text).doesNotContain("by an unknown speaker");
    assertThat(claims.byArticle().list()).extracting(Claim::text).containsExactly("by the article");
  }

  private static Claim about(String text, double worthiness, List<String> topics, double relevance) {
    return new Claim(text, Span.of(0, text.length()), Optional.empty(), Optional.empty(), Claim.Type.EVENT, worthiness,
        worthiness >= 0.5, false, topics, relevance);
  }

  @Test
  void about_keepsTheClaimsAboutAGivenTopic_ignoringCase() {
    Claims c = Claims.of(List.of(about("masks work", 0.4, List.of("mask"), 1), about("vaccines", 0.6, List.of("Vaccine", "covid"), 0.75),
        about("taxes", 0.9, List.of(), 0)), Optional.empty());
    assertThat(c.about("vaccine").list()).extracting(Claim::text).containsExactly("vaccines");
    assertThat(c.about("MASK", "covid").list()).extracting(Claim::text).containsExactly("masks work", "vaccines");
    assertThat(c.about().list()).extracting(Claim::text).containsExactly("masks work", "vaccines");
    assertThat(c.about("weather").list()).isEmpty();
  }

  @Test
  void ranked_putsTheMostCheckWorthyFirst_keepingTextOrderForTies() {
    Claims c = Claims.of(List.of(about("a", 0.2, List.of(), 0), about("b", 0.9, List.of(), 0), about("c", 0.2, List.of(), 0),
        about("d", 0.5, List.of(), 0)), Optional.empty());
    assertThat(c.ranked()).extracting(Claim::text).containsExactly("b", "d", "a", "c");
  }

  @Test
  void claim_withTopicsButNoRelevance_orRelevanceOutOfRange_isRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> about("x", 0.5, List.of("covid"), 0))
        .withMessageContaining("topic relevance");
    assertThatIllegalArgumentException().isThrownBy(() -> about("x", 0.5, List.of("covid"), 1.5))
        .withMessageContaining("topicRelevance");
    assertThatNullPointerException().isThrownBy(() -> about("x", 0.5, null, 0))
        .withMessageContaining("topics");
  }
}
