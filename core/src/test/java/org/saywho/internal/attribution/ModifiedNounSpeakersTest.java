package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModifiedNounSpeakersTest {

  @Test
  void speakerAfterFamiliarWith_isTheNounItModifies() {
    assertThat(AttributorTest.attributions(
        "A person familiar with the matter told Reuters the board had discussed options for the business."))
        .containsExactly("INDIRECT A person familiar with the matter | tell | the board had discussed options for the business");
  }

  @Test
  void speakerAfterFamiliarWith_withNoNounPhraseBeforeTheAdjective_staysItself() {
    assertThat(AttributorTest.attributions("He was close to the mayor, who said the deal was off."))
        .containsExactly("INDIRECT the mayor | say | the deal was off");
  }
}
