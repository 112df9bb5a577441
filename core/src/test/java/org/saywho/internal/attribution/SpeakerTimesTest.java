package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpeakerTimesTest {

  @Test
  void dayClosingTheSpeaker_leavesIt() {
    assertThat(AttributorTest.attributions("The campaign released a statement Tuesday saying it would appeal the ruling."))
        .contains("INDIRECT a statement | say | it would appeal the ruling");
    assertThat(AttributorTest.attributions("RNC spokesman Sean Spicer on Thursday evening said the convention would go ahead."))
        .contains("INDIRECT RNC spokesman Sean Spicer | say | the convention would go ahead");
  }

  @Test
  void dayOwningTheSpeaker_stays() {
    assertThat(AttributorTest.attributions("Friday's statement said the plant would close by the end of the year."))
        .contains("INDIRECT Friday's statement | say | the plant would close by the end of the year");
  }
}
