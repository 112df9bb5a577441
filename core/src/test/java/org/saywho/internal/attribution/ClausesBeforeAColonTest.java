package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClausesBeforeAColonTest {

  @Test
  void clauseAboutAPersonClosedByAColon_introducesTheirQuote() {
    assertThat(AttributorTest.attributions("Marianne Vos has farmed here for 31 years.\n\n"
        + "Marianne was more blunt: \"Nobody is coming after us.\""))
        .contains("DIRECT Marianne | : | Nobody is coming after us.");
  }

  @Test
  void clauseAboutAThingClosedByAColon_introducesNoOnesQuote() {
    assertThat(AttributorTest.attributions("His reply was short: \"No.\""))
        .noneMatch(a -> a.endsWith("| No."));
  }
}
