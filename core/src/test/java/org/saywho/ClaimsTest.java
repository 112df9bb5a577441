package org.saywho;

import static org.assertj.core.api.Assertions.assertThat;

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
}
