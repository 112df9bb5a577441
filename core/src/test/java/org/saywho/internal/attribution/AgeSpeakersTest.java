package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgeSpeakersTest {

  @Test
  void ageBeforeOrAfterTheCue_isTheSpeaker() {
    assertThat(AttributorTest.attributions("\"We were not there,\" the 53-year-old said."))
        .containsExactly("DIRECT the 53-year-old | say | We were not there,");
    assertThat(AttributorTest.attributions("\"We were not there,\" said the 53-year-old."))
        .containsExactly("DIRECT the 53-year-old | say | We were not there,");
  }

  @Test
  void ageModifyingANounAfterTheCue_isNotTheSpeaker() {
    assertThat(AttributorTest.attributions("\"We were not there,\" said the 53-year-old manager of the club."))
        .noneMatch(a -> a.startsWith("DIRECT the 53-year-old |"));
  }
}
