package org.saywho;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpanTest {

  @Test
  void of_negativeStart_isRejected() {
    assertThatThrownBy(() -> Span.of(-1, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void of_endBeforeStart_isRejected() {
    assertThatThrownBy(() -> Span.of(5, 4)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void in_returnsTheCoveredCharacters_endExclusive() {
    assertThat(Span.of(4, 9).in("The quick fox")).isEqualTo("quick");
  }

  @Test
  void overlaps_touchingSpans_doNotOverlap() {
    assertThat(Span.of(0, 3).overlaps(Span.of(3, 5))).isFalse();
    assertThat(Span.of(0, 4).overlaps(Span.of(3, 5))).isTrue();
  }

  @Test
  void compareTo_ordersByStartThenEnd() {
    assertThat(Span.of(2, 5)).isLessThan(Span.of(3, 4));
    assertThat(Span.of(2, 4)).isLessThan(Span.of(2, 5));
  }
}
