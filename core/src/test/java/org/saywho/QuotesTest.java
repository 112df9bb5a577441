package org.saywho;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuotesTest {

  private static final Speaker PESKOV = new Speaker("Dmitry Peskov", Speaker.Type.PERSON, List.of(), List.of(Span.of(0, 1)));
  private static final Speaker TRUMP = new Speaker("Donald Trump", Speaker.Type.PERSON, List.of("President"), List.of(Span.of(0, 1)));

  private static Quote quote(Quote.Type type, Speaker s) {
    return new Quote("ab", Span.of(0, 2), type, Optional.ofNullable(s), Optional.empty(), Optional.empty(), 0.9);
  }

  private final Quotes quotes = Quotes.of(List.of(
      quote(Quote.Type.DIRECT, PESKOV), quote(Quote.Type.INDIRECT, PESKOV), quote(Quote.Type.MIXED, TRUMP),
      quote(Quote.Type.DIRECT, null)));

  @Test
  void by_lastName_keepsThatSpeakersQuotes() {
    assertThat(quotes.by("Peskov").size()).isEqualTo(2);
  }

  @Test
  void filters_chain() {
    assertThat(quotes.by("Peskov").direct().size()).isEqualTo(1);
    assertThat(quotes.by("Trump").mixed().list()).hasSize(1);
    assertThat(quotes.indirect().by("Trump").isEmpty()).isTrue();
  }

  @Test
  void attributed_dropsQuotesWithoutSpeaker() {
    assertThat(quotes.attributed().size()).isEqualTo(3);
  }

  @Test
  void list_isImmutable() {
    assertThat(quotes.list()).isUnmodifiable();
  }

  @Test
  void iterates_inOrder() {
    assertThat(quotes).extracting(Quote::type)
        .containsExactly(Quote.Type.DIRECT, Quote.Type.INDIRECT, Quote.Type.MIXED, Quote.Type.DIRECT);
  }
}
