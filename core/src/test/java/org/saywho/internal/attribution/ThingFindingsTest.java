package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThingFindingsTest {

  @Test
  void documentOrPollBeforeAVerbOfFinding_reportsTheRest() {
    assertThat(AttributorTest.attributions("Clinton won Iowa.\n\nExit polling showed that Clinton won every demographic except voters under 30."))
        .contains("INDIRECT Exit polling | show | Clinton won every demographic except voters under 30");
    assertThat(AttributorTest.attributions("He bought the plane in 2011.\n\nSince then, F.A.A. records show, the Cessna has flown 216 hours."))
        .anyMatch(a -> a.endsWith("| show | the Cessna has flown 216 hours"));
  }

  @Test
  void personShowingSomething_orASubordinateClause_isNoFinding() {
    assertThat(AttributorTest.attributions("She showed the letter to reporters on Monday."))
        .noneMatch(a -> a.contains("| show |"));
    assertThat(AttributorTest.attributions("As the accounts demonstrate, technology companies face a tenacious adversary."))
        .noneMatch(a -> a.contains("| demonstrate |"));
  }
}
