package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelativeContentsTest {

  @Test
  void relativeWordBeforeASubjectAndSaid_isWhatTheSubjectSaid() {
    assertThat(AttributorTest.attributions(
        "The union took a stake in the Federal mine, which Mr. Clarke says he is doing everything he can to keep open."))
        .contains("INDIRECT Mr. Clarke | say | which");
  }

  @Test
  void whichAfterAPreposition_isTheDocumentHoldingTheReport_notWhatWasSaid() {
    assertThat(AttributorTest.attributions("Republicans seized upon the interview, in which he said he was skeptical of the findings."))
        .noneMatch(a -> a.endsWith("| which"));
  }
}
