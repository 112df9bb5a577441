package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClausesAfterTheCueTest {

  @Test
  void reportAfterItsCue_holdsItsOwnSubjectAndVerb() {
    assertThat(AttributorTest.attributions(
        "Councilwoman Amanda Sandoval, who voted against it, said the city had not explained how it would cover cost overruns."))
        .contains("INDIRECT Councilwoman Amanda Sandoval | say | the city had not explained how it would cover cost overruns");
  }

  @Test
  void listenerBetweenCueAndReport_staysOutsideTheReport() {
    assertThat(AttributorTest.attributions("The mayor told reporters on Friday that the bridge would reopen in May."))
        .contains("INDIRECT The mayor | tell | the bridge would reopen in May");
  }
}
