package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NestedQuotesTest {

  @Test
  void speakerlessQuoteInsideAnotherSpeakersReport_isPartOfThatReport() {
    assertThat(AttributorTest.attributions("Jane Doe said the town felt \"forgotten\"."))
        .containsExactly("MIXED Jane Doe | say | the town felt \"forgotten\"");
  }

  @Test
  void speakerlessQuoteOfItsOwn_stays() {
    assertThat(AttributorTest.attributions("The town felt \"forgotten\"."))
        .anyMatch(a -> a.endsWith("| forgotten"));
  }
}
