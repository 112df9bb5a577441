package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParticipleDescriptionsTest {

  @Test
  void participleWithAPlainAgentBetweenCommas_describesTheSubjectOfTheVerbAfterIt() {
    assertThat(AttributorTest.attributions("The report, written by two economists, says the bill fails."))
        .containsExactly("INDIRECT The report | say | the bill fails");
  }

  @Test
  void participleWhoseAgentGoesOnIntoAPhrase_staysAReport() {
    assertThat(AttributorTest.attributions(
        "An Istanbul-based professor, accused by the Turkish government of plotting a coup, is at the center of the case."))
        .anyMatch(a -> a.contains("| accuse |"));
  }
}
