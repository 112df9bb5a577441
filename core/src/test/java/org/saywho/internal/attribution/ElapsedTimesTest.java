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
  void stretchOfTimeAfterAnEventClosingTheContent_isNoPartOfTheReport() {
    assertThat(AttributorTest.attributions(
        "President William Ruto said on Wednesday he would not sign the finance bill, a day after protesters stormed parliament."))
        .containsExactly("INDIRECT President William Ruto | say | he would not sign the finance bill");
  }

  @Test
  void stretchOfTimeWithoutARelationClosingTheContent_staysInTheReport() {
    assertThat(AttributorTest.attributions("The minister said the talks had failed, a day of bitter recriminations."))
        .containsExactly("INDIRECT The minister | say | the talks had failed, a day of bitter recriminations");
  }

  @Test
  void stretchOfTimeWithoutAgoOrLater_isPartOfTheReport() {
    assertThat(AttributorTest.attributions("The envoy said two weeks of talks had failed."))
        .containsExactly("INDIRECT The envoy | say | two weeks of talks had failed");
  }
}
