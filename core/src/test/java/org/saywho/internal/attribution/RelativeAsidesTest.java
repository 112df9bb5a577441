package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelativeAsidesTest {

  @Test
  void reportWhoseSubjectCarriesARelativeClause_runsOnToTheSubjectsVerb() {
    assertThat(AttributorTest.attributions("Ofwat said the increases, which will add about £31 a year to the average bill,"
        + " were needed to cut sewage spills and secure supplies."))
        .contains("INDIRECT Ofwat | say | the increases, which will add about £31 a year to the average bill, were needed to"
            + " cut sewage spills and secure supplies");
  }

  @Test
  void reportWithAFiniteVerbBeforeItsRelativeClause_endsWhereItEnded() {
    assertThat(AttributorTest.attributions("The mayor said the bridge would reopen in May, which pleased drivers,"
        + " and left the room."))
        .noneMatch(a -> a.contains("left the room"));
  }
}
