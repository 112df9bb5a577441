package org.saywho.internal.doc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokensTest {

  @Test
  void lineBreakAfter_isTrueOnlyWhereALineEndsBetweenATokenAndTheNext() {
    String text = "India\n\nNEW DELHI";
    Tokens.Builder b = new Tokens.Builder(text);
    b.add(0, 5, "India");
    b.add(7, 10, "NEW");
    b.add(11, 16, "DELHI");
    Tokens t = b.build();
    assertThat(t.lineBreakAfter(0)).isTrue();
    assertThat(t.lineBreakAfter(1)).isFalse();
    assertThat(t.lineBreakAfter(2)).isFalse();
  }
}
