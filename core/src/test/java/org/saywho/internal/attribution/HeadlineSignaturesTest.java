package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlineSignaturesTest {

  @Test
  void headlineSignedWithANameAfterAColon_isThatSpeakersClaim() {
    assertThat(AttributorTest.attributions("Karnataka to set up 100 new fast-track courts: CM Siddaramaiah\n\n"
        + "The state will set up the courts to clear a backlog of cases."))
        .contains("INDIRECT CM Siddaramaiah | : | Karnataka to set up 100 new fast-track courts");
  }

  @Test
  void headlineWithNoVerbBeforeItsColon_isNoSignedClaim() {
    assertThat(AttributorTest.attributions("Karnataka budget 2024: Key Highlights\n\n"
        + "The state presented its budget on Friday."))
        .noneMatch(a -> a.contains("Key Highlights"));
  }
}
