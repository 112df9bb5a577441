package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PollOpenersTest {

  @Test
  void sentenceAPollOpens_isThePollsReport() {
    assertThat(AttributorTest.attributions("Clinton leads.\n\nIn an NBC News/Wall Street Journal poll released Monday,"
        + " 50 percent of respondents chose Clinton while 40 percent chose Trump."))
        .contains("INDIRECT an NBC News/Wall Street Journal poll | in | 50 percent of respondents chose Clinton while 40 percent chose Trump");
    assertThat(AttributorTest.attributions("Clinton leads.\n\nIn the latest Post-ABC poll, conducted in May, Clinton led Trump 47 percent to 39 percent."))
        .contains("INDIRECT the latest Post-ABC poll | in | Clinton led Trump 47 percent to 39 percent");
  }

  @Test
  void sentenceAnotherInPhraseOpens_isNoPollsReport() {
    assertThat(AttributorTest.attributions("In a speech on Monday, the senator praised the bill."))
        .noneMatch(a -> a.contains("| in |"));
    assertThat(AttributorTest.attributions("In the poll's wake, the campaign changed course."))
        .noneMatch(a -> a.contains("| in |"));
  }
}
