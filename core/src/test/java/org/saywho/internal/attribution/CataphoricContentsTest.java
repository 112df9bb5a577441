package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CataphoricContentsTest {

  @Test
  void thisPointingAheadToAColon_isWhatFollowsIt() {
    assertThat(AttributorTest.attributions(
        "The CDC has said this from the start: the most effective way to protect yourself is frequent handwashing."))
        .contains("INDIRECT The CDC | say | the most effective way to protect yourself is frequent handwashing");
    assertThat(AttributorTest.attributions("Trump tweeted this: \"She did it again and I will say it again. It is misleading.\""))
        .contains("DIRECT Trump | tweet | \"She did it again and I will say it again. It is misleading.\"");
  }

  @Test
  void thisAsTheSubjectOfAReportedClause_orANounBeforeAColon_staysTheContent() {
    assertThat(AttributorTest.attributions("Patel said this was the worst year for the plant."))
        .contains("INDIRECT Patel | say | this was the worst year for the plant");
    assertThat(AttributorTest.attributions("He predicted the night's big winner among Republicans: Donald Trump."))
        .noneMatch(a -> a.endsWith("| Donald Trump"));
  }
}
