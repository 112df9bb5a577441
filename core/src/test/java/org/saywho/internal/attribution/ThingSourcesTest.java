package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThingSourcesTest {

  @Test
  void quoteGivenToAThing_keepsItsWordsWithoutTheSpeaker_butADocumentStaysItsSource() {
    assertThat(AttributorTest.attributions("“Take out federal loans first,” the advice says."))
        .containsExactly("DIRECT - | say | Take out federal loans first,");
    assertThat(AttributorTest.attributions("“Take out federal loans first,” the report says."))
        .containsExactly("DIRECT the report | say | Take out federal loans first,");
  }

  @Test
  void reportedSpeechOfAThing_isDropped_butAPersonsStays() {
    assertThat(AttributorTest.attributions("Health worries suggest that the candidate is tired.")).isEmpty();
    assertThat(AttributorTest.attributions("Health officials suggest that the candidate is tired."))
        .containsExactly("INDIRECT Health officials | suggest | the candidate is tired");
  }

  @Test
  void hyphenatedModifier_isPartOfThePersonsNoun_notAThingBeforeTheHyphen() {
    assertThat(AttributorTest.attributions("The proposal is vague about who would be eligible, labor-policy experts say."))
        .containsExactly("INDIRECT labor-policy experts | say | The proposal is vague about who would be eligible");
    assertThat(AttributorTest.attributions("Health-care worries suggest that the candidate is tired.")).isEmpty();
  }

  @Test
  void documentBeforeOf_headsTheSource_butAThingAfterAQuantityDoesNot() {
    assertThat(AttributorTest.attributions(
        "The policy is helping Republicans, according to a recent Reuters survey of voter rolls."))
        .containsExactly("INDIRECT a recent Reuters survey of voter rolls | according to | The policy is helping Republicans");
    assertThat(AttributorTest.attributions("A series of health worries suggest that the candidate is tired.")).isEmpty();
  }

  @Test
  void peopleBeforeOf_headTheSource_butAThingBeforeOfDoesNot() {
    assertThat(AttributorTest.attributions("Residents of the neighbourhood say they were never consulted."))
        .containsExactly("INDIRECT Residents of the neighbourhood | say | they were never consulted");
    assertThat(AttributorTest.attributions("Worries of the neighbourhood suggest that they were never consulted.")).isEmpty();
  }

  @Test
  void institutionThatTheAnimacyListCallsAThing_speaks_butAThingStillDoesNot() {
    assertThat(AttributorTest.attributions("Cripps will train on Wednesday, the club said."))
        .containsExactly("INDIRECT the club | say | Cripps will train on Wednesday");
    assertThat(AttributorTest.attributions("The patient will go home on Friday, the hospital said."))
        .containsExactly("INDIRECT the hospital | say | The patient will go home on Friday");
    assertThat(AttributorTest.attributions("The worries suggest that the candidate is tired.")).isEmpty();
  }

  @Test
  void titleOrSideThatTheAnimacyListCallsAThing_speaks_butAThingBeforeOfDoesNot() {
    assertThat(AttributorTest.attributions("The deputy head of the delegation said the United States should reduce its patrols."))
        .containsExactly("INDIRECT The deputy head of the delegation | say | the United States should reduce its patrols");
    assertThat(AttributorTest.attributions("Each side said the other would be responsible."))
        .containsExactly("INDIRECT Each side | say | the other would be responsible");
    assertThat(AttributorTest.attributions("The back side of the building suggests that the fire began there.")).isEmpty();
  }

  @Test
  void pluralOfAnOrganisationWord_speaks_butAPluralThingDoesNot() {
    assertThat(AttributorTest.attributions("Unions said the offer was too low."))
        .containsExactly("INDIRECT Unions | say | the offer was too low");
    assertThat(AttributorTest.attributions("Ministries said the offer was too low."))
        .containsExactly("INDIRECT Ministries | say | the offer was too low");
    assertThat(AttributorTest.attributions("Higher prices suggest that the offer was too low.")).isEmpty();
  }
}
