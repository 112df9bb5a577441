package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccordingToSourcesTest {

  @Test
  void longNamedSourceOpeningTheSentence_reportsTheRestOfIt() {
    assertThat(AttributorTest.attributions(
        "According to the Canada Mortgage and Housing Corporation, rents rose 8.1 per cent in 2023."))
        .containsExactly("INDIRECT the Canada Mortgage and Housing Corporation | according to | rents rose 8.1 per cent in 2023");
  }

  @Test
  void reportByAnOutletOpeningTheSentence_reportsTheRestOfIt() {
    assertThat(AttributorTest.attributions(
        "According to a new report by Statistics Canada, wages grew faster than prices last year."))
        .containsExactly("INDIRECT a new report by Statistics Canada | according to | wages grew faster than prices last year");
  }

  @Test
  void taggersReportStartingInsideTheClause_givesWayToTheWholeClause_butOneStartingAtItStays() {
    assertThat(AttributorTest.attributions("According to a spokesperson, the province will seek an exemption."))
        .containsExactly("INDIRECT a spokesperson | according to | the province will seek an exemption");
    assertThat(AttributorTest.attributions("According to police, the province will seek an exemption."))
        .containsExactly("INDIRECT police | according to | the province will seek an exemption");
  }

  @Test
  void sourceWithARelativeClause_keepsItsVerb() {
    assertThat(AttributorTest.attributions(
        "According to two people who attended the meeting, the premier threatened to resign."))
        .anyMatch(a -> a.startsWith("INDIRECT two people who attended the meeting | according to | the premier threatened"));
  }

  @Test
  void openingSourceWithAParticipleAfterItsNoun_reportsTheRest_evenWhenTheTaggerMissesItsFiniteVerb() {
    assertThat(AttributorTest.attributions("According to a survey released last month by the Registered Nurses' "
        + "Association of Ontario, 43 per cent of nurses under 35 plan to leave the profession."))
        .containsExactly("INDIRECT a survey released last month by the Registered Nurses' Association of Ontario"
            + " | according to | 43 per cent of nurses under 35 plan to leave the profession");
  }

  @Test
  void idiomOpeningTheSentence_isNoSource() {
    assertThat(AttributorTest.attributions("According to plan, the bridge reopened in May.")).isEmpty();
  }

  @Test
  void restWithoutAVerb_isNoReport() {
    assertThat(AttributorTest.attributions("According to the Canada Mortgage and Housing Corporation, 8.1 per cent."))
        .isEmpty();
  }

  @Test
  void sourceWithItsModifiersAfterTheReport_reportsTheClauseBeforeIt() {
    assertThat(AttributorTest.attributions("Intel is exploring a sale of its networking business, according to people "
        + "familiar with the matter, as the company tries to cut costs."))
        .contains("INDIRECT people familiar with the matter | according to | Intel is exploring a sale of its networking business")
        .noneMatch(a -> a.contains("| familiar with"));
  }

  @Test
  void sourceFollowedByAnAnonymityClause_stillReports() {
    assertThat(AttributorTest.attributions(
        "Intel is exploring a sale, according to two people familiar with the talks, who asked not to be identified."))
        .containsExactly("INDIRECT two people familiar with the talks | according to | Intel is exploring a sale");
  }

  @Test
  void reportTheGrammarFoundBeforeTheSource_keepsItsContent() {
    assertThat(AttributorTest.attributions("The deal is dead, according to a person close to the talks."))
        .containsExactly("INDIRECT a person close to the talks | according to | The deal is dead");
  }

  @Test
  void documentSourceAfterTheReport_isNamedWithoutHowItWasMade_butWithWhoMadeIt() {
    assertThat(AttributorTest.attributions("Most voters support the plan, according to a Gallup survey released on Monday."))
        .containsExactly("INDIRECT a Gallup survey | according to | Most voters support the plan");
    assertThat(AttributorTest.attributions("At least 106 protesters have been killed, according to reports received by Amnesty."))
        .containsExactly("INDIRECT reports received by Amnesty | according to | At least 106 protesters have been killed");
  }

  @Test
  void documentSourceAfterTheReport_holdsTheMakerNamedAfterFromOrBy_butNotAPhraseAboutSomethingElse() {
    assertThat(AttributorTest.attributions("Gasoline demand fell for a third week, according to data from the Energy"
        + " Information Administration."))
        .containsExactly("INDIRECT data from the Energy Information Administration | according to"
            + " | Gasoline demand fell for a third week");
    assertThat(AttributorTest.attributions("Rents rose 8 per cent last year, according to a report from the Canada"
        + " Mortgage and Housing Corporation."))
        .containsExactly("INDIRECT a report from the Canada Mortgage and Housing Corporation | according to"
            + " | Rents rose 8 per cent last year");
    assertThat(AttributorTest.attributions("Most voters support the plan, according to a survey on Monday."))
        .noneMatch(a -> a.contains("on Monday |"));
  }
}
