package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComparisonsTest {

  @Test
  void comparisonAfterAComma_reportsNothing() {
    assertThat(AttributorTest.attributions(
        "Women composed about 25 percent of top executives in the private sector, compared with about 32 percent in the federal government."))
        .noneMatch(a -> a.contains("| compare"));
  }

  @Test
  void someoneComparingOneThingToAnother_staysAReport() {
    assertThat(AttributorTest.attributions("Kall, the director of debate at the university, compared Trump to a coach at a basketball game."))
        .anyMatch(a -> a.contains("| compare"));
  }
}
