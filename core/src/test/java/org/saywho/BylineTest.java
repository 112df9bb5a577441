package org.saywho;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BylineTest {

  @Test
  void constructor_blankPartIsAbsent_andOnePartIsRequired() {
    Byline authorOnly = new Byline(Optional.of("Jane Doe"), Optional.of("  "), Span.of(0, 1));
    assertThat(authorOnly.outlet()).isEmpty();
    assertThat(authorOnly.parts()).containsExactly("Jane Doe");
    assertThatThrownBy(() -> new Byline(Optional.empty(), Optional.of(""), Span.of(0, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
