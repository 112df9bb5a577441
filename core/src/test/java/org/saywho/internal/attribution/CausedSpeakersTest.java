package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CausedSpeakersTest {

  @Test
  void reportSomeoneWasPromptedToMake_isTheirs_notTheSubjects() {
    assertThat(AttributorTest.attributions(
        "Salazar said the changes posed a major risk to democracy, prompting Smith to announce a \"pause\" in relations."))
        .contains("MIXED Smith | announce | a \"pause\"");
  }

  @Test
  void reportAfterAVerbOfWanting_keepsItsSubject() {
    assertThat(AttributorTest.attributions("He wanted reporters to know that he was not leaving."))
        .noneMatch(a -> a.startsWith("INDIRECT reporters"));
  }
}
