package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelativePronounSpeakersTest {

  @Test
  void relativePronounBeforeAPerfectCue_isTheSpeaker() {
    assertThat(AttributorTest.attributions(
        "The delay is a setback for the effort to beat China, which has said it aims to land astronauts on the moon by 2030."))
        .contains("INDIRECT which | say | it aims to land astronauts on the moon by 2030");
  }

  @Test
  void relativePronounBeforeAPassiveCue_isNoSpeaker() {
    assertThat(AttributorTest.attributions(
        "The final is between Argentina and Chile, which is expected to draw a large television audience."))
        .noneMatch(a -> a.contains(" which | "));
  }
}
