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

  @Test
  void speakerAfterAPresentParticiple_isTheNounThePhraseModifies() {
    assertThat(AttributorTest.attributions("A union representing 4,000 nurses said its members would walk out next week."))
        .containsExactly("INDIRECT A union representing 4,000 nurses | say | its members would walk out next week");
  }

  @Test
  void speakerAfterAParticipleAndItsPreposition_isTheNounThePhraseModifies() {
    assertThat(AttributorTest.attributions("Residents living near the plant said the smell had become unbearable."))
        .containsExactly("INDIRECT Residents living near the plant | say | the smell had become unbearable");
  }

  @Test
  void speakerAfterAPastTenseOpeningTheSentenceWithPeople_isThePeople() {
    assertThat(AttributorTest.attributions("People briefed on the talks said the deal could be signed on Friday."))
        .containsExactly("INDIRECT People briefed on the talks | say | the deal could be signed on Friday");
  }

  @Test
  void speakerAfterAFinitePastTense_staysItself() {
    assertThat(AttributorTest.attributions("The conversation ended with Maddow asking Clinton whether she would pick a woman."))
        .containsExactly("INDIRECT Maddow | ask | Clinton whether she would pick a woman");
  }

  @Test
  void speakerAfterASubordinator_staysItself() {
    assertThat(AttributorTest.attributions("The speech came as officials praised the protests for being peaceful."))
        .containsExactly("INDIRECT officials | praise | the protests for being peaceful");
  }

  @Test
  void makerOfAThingTheParticipleModifies_isInTheSpeakersPhraseWithTheThing() {
    assertThat(AttributorTest.attributions("A survey conducted by analyst Elena Sadovskaya found that most workers feared China."))
        .containsExactly("INDIRECT A survey conducted by analyst Elena Sadovskaya | find | most workers feared China");
  }

  @Test
  void speakerAfterAnAdverbAndAParticiple_isTheNounThePhraseModifies() {
    assertThat(AttributorTest.attributions("Experts not involved in the research said the findings were consistent with earlier studies."))
        .containsExactly("INDIRECT Experts not involved in the research | say | the findings were consistent with earlier studies");
  }
}
