package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrepositionalOpenersTest {

  @Test
  void prepositionalPhraseOpeningTheSentence_isNotWhatTheSpeakerSaid() {
    assertThat(AttributorTest.attributions(
        "In a victim impact statement read to the court, one woman said she no longer felt safe in her own home."))
        .containsExactly("INDIRECT one woman | say | she no longer felt safe in her own home");
  }

  @Test
  void cueSetOffByCommas_keepsBothHalvesOfTheReport() {
    assertThat(AttributorTest.attributions("In other words, the minister said, the plan is dead."))
        .contains("INDIRECT the minister | say | In other words");
  }

  @Test
  void sceneBeforeASpeakerWhoseQuoteFollowsAComma_isNotWhatTheSpeakerSaid() {
    assertThat(AttributorTest.attributions(
        "As a phone rang, the announcer said, “It is 3 a.m. and your children are safe and asleep.”"))
        .containsExactly("DIRECT the announcer | say | It is 3 a.m. and your children are safe and asleep.");
  }
}
