package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntroductoryClausesTest {

  @Test
  void reportInASentencesOpeningClause_endsWithTheClause_beforeTheMainClause() {
    assertThat(AttributorTest.attributions("As Trump laid out his vision for America, the crowd reacted loudly."))
        .anyMatch(a -> a.endsWith("| his vision for America"))
        .noneMatch(a -> a.contains("the crowd reacted"));
    assertThat(AttributorTest.attributions(
        "If the emails show that he mishandled sensitive information, one of her closest aides could face scrutiny."))
        .anyMatch(a -> a.endsWith("| he mishandled sensitive information"));
  }

  @Test
  void quoteAfterTheOpeningClausesComma_staysInTheReport() {
    assertThat(AttributorTest.attributions("As Parsons had written a few years earlier, \"We just could not have an industry without him.\""))
        .anyMatch(a -> a.contains("We just could not have an industry without him."));
  }
}
