package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParticipleCuesTest {

  @Test
  void clauseAfterACommaAndAParticipleCue_isThatCuesReport() {
    assertThat(AttributorTest.attributions("The Law Society of Kenya urged both sides to return to talks, saying that lives were at stake."))
        .contains("INDIRECT The Law Society of Kenya | say | lives were at stake")
        .noneMatch(a -> a.contains("| urge | lives were at stake"));
  }

  @Test
  void participleBeforeTheMainVerb_leavesTheMainVerbItsReport() {
    assertThat(AttributorTest.attributions("The Law Society of Kenya, warning of a crisis, urged both sides to return to the negotiating table."))
        .contains("INDIRECT The Law Society of Kenya | urge | both sides to return to the negotiating table");
  }
}
