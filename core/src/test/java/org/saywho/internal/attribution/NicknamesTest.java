package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NicknamesTest {

  @Test
  void nicknameInQuoteMarksInsideAName_isNotAQuote() {
    assertThat(AttributorTest.attributions("Rep. Robert C. “Bobby” Scott said the vote was close."))
        .containsExactly("INDIRECT Scott | say | the vote was close");
  }

  @Test
  void capitalisedWordQuotedAfterAName_staysAQuote() {
    assertThat(AttributorTest.attributions("Scott said “Yes” to the deal."))
        .anyMatch(a -> a.startsWith("DIRECT") && a.endsWith("| Yes"));
  }
}
