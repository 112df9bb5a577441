package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlineAttributionsTest {

  private static final String BODY = "\n\nThe Reserve Bank kept its cash rate on hold on Tuesday.";

  @Test
  void clippedHeadlineWithItsSpeakerAfterTheCue_isThatSpeakersReport() {
    assertThat(AttributorTest.attributions("Rate cuts unlikely before spring, says RBA governor" + BODY))
        .contains("INDIRECT RBA governor | say | Rate cuts unlikely before spring");
  }

  @Test
  void clippedHeadlineWithAStudyThatFinds_isTheStudysReport() {
    assertThat(AttributorTest.attributions("Daily walk cuts dementia risk, large study finds" + BODY))
        .contains("INDIRECT large study | find | Daily walk cuts dementia risk");
  }

  @Test
  void headlineListingNamesAfterAComma_reportsNothing() {
    assertThat(AttributorTest.attributions("Trump, Harris, and the battle for Pennsylvania" + BODY)).isEmpty();
    assertThat(AttributorTest.attributions("Fire guts home, family of five safe" + BODY)).isEmpty();
  }

  @Test
  void clippedSentenceInTheBody_isNoHeadline() {
    assertThat(AttributorTest.attributions("The Reserve Bank kept its cash rate on hold.\n\n"
        + "Rate cuts unlikely before spring, says RBA governor")).noneMatch(a -> a.contains("Rate cuts unlikely"));
  }
}
