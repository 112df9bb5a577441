package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeadingTimesTest {

  @Test
  void dayRightAfterTheCue_datesTheReport_andLeavesTheContent() {
    assertThat(AttributorTest.attributions("The Bank of Canada said Wednesday it would hold its key interest rate at five per cent."))
        .containsExactly("INDIRECT The Bank of Canada | say | it would hold its key interest rate at five per cent");
    assertThat(AttributorTest.attributions("Police said Tuesday night that the suspect had fled on foot."))
        .containsExactly("INDIRECT Police | say | the suspect had fled on foot");
  }

  @Test
  void dayAfterOn_datesTheReport_evenWhenTheTaggerReadsAPastParticiple() {
    assertThat(AttributorTest.attributions("Western Journalism reported on Saturday that Bloomberg is considering a run."))
        .containsExactly("INDIRECT Western Journalism | report | Bloomberg is considering a run");
  }

  @Test
  void dayThenACommaBeforeAParticiple_datesTheReport_andLeavesTheParticiple() {
    assertThat(AttributorTest.attributions("The outbreak has now infected 40 people, the official said Thursday, making it the worst in a decade."))
        .noneSatisfy(a -> assertThat(a).contains("| Thursday"));
  }

  @Test
  void daysOwnDecision_staysInTheContent() {
    assertThat(AttributorTest.attributions("The governor praised Friday's decision as a huge win for voters."))
        .singleElement().satisfies(a -> assertThat(a).endsWith("| Friday's decision as a huge win for voters"));
  }
}
