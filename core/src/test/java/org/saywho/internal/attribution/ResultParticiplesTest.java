package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResultParticiplesTest {

  @Test
  void resultWithARelativeClauseOfItsNoun_isCutFromTheContent() {
    assertThat(AttributorTest.attributions(
        "The utility warned that blackouts could return this winter, reviving concerns about an economy that grew just 0.6% last year."))
        .contains("INDIRECT The utility | warn | blackouts could return this winter");
  }

  @Test
  void resultWithAClauseOfItsOwn_staysInTheContent() {
    assertThat(AttributorTest.attributions(
        "The utility warned that blackouts could return this winter, reviving concerns that the economy will shrink."))
        .noneMatch(a -> a.endsWith("| blackouts could return this winter"));
  }
}
