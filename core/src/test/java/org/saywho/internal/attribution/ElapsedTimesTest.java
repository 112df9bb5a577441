package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ElapsedTimesTest {

  @Test
  void timeAgoAfterTheCue_datesTheReport_andIsNoPartOfIt() {
    assertThat(AttributorTest.attributions("Apple said two weeks ago that sales were strong."))
        .containsExactly("INDIRECT Apple | say | sales were strong");
  }

  @Test
  void listenerAndTimeLaterAfterTheCue_areNoPartOfTheReport() {
    assertThat(AttributorTest.attributions("Apple told suppliers a few days later to curb production."))
        .containsExactly("INDIRECT Apple | tell | to curb production");
  }

  @Test
  void stretchOfTimeWithoutAgoOrLater_isPartOfTheReport() {
    assertThat(AttributorTest.attributions("The envoy said two weeks of talks had failed."))
        .containsExactly("INDIRECT The envoy | say | two weeks of talks had failed");
  }
}
