package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrailingCircumstancesTest {

  @Test
  void clauseAfterAQuotesAttribution_isTheSceneNotASecondReport() {
    assertThat(AttributorTest.attributions(
        "“We are not going to stop,” Quina Jones said as she and other demonstrators moved through the city."))
        .containsExactly("DIRECT Quina Jones | say | We are not going to stop,");
  }

  @Test
  void appositionAfterAQuotesSpeaker_isNotAReport() {
    assertThat(AttributorTest.attributions(
        "“Tom is a real visionary,” said Robert McAtee, one of several coal industry veterans who work with him."))
        .containsExactly("DIRECT Robert McAtee | say | Tom is a real visionary,");
  }

  @Test
  void reportOpenedByThatAfterAQuotesAttribution_stays() {
    assertThat(AttributorTest.attributions(
        "“We will win,” the senator said on Friday, though she added that the vote would be close."))
        .contains("DIRECT the senator | say | We will win,")
        .anyMatch(a -> a.endsWith("| the vote would be close"));
  }

  @Test
  void clauseAfterAReportWithoutAQuote_isLeftToTheTagger() {
    assertThat(AttributorTest.attributions("The senator said as a candidate she would cut taxes."))
        .anyMatch(a -> a.startsWith("INDIRECT The senator | say |"));
  }

  @Test
  void participleWorkingAsAPrepositionAfterAReportsAttribution_isTheScene_butIncludingGoesOnWithTheReport() {
    assertThat(AttributorTest.attributions("New Zealand will ban children under 16 from social media, Prime Minister"
        + " Christopher Luxon said on Monday, following a similar move by Australia."))
        .noneMatch(a -> a.endsWith("| following a similar move by Australia"));
    assertThat(AttributorTest.attributions("The emails covered many topics, the Times said, including speeches, meetings"
        + " and news media appearances."))
        .anyMatch(a -> a.contains("including speeches"));
  }

  @Test
  void participleOfWhatTheNewsLedTo_isNoReport_butAParticipleOfSayingIs() {
    assertThat(AttributorTest.attributions("Israel and Hamas have agreed to a ceasefire, mediators from Qatar and the United "
        + "States said Wednesday, raising hopes of an end to the war."))
        .contains("INDIRECT mediators from Qatar and the United States | say | Israel and Hamas have agreed to a ceasefire")
        .noneMatch(a -> a.endsWith("| raising hopes of an end to the war"));
    assertThat(AttributorTest.attributions("The talks will resume, mediators said Wednesday, adding that a deal was close."))
        .anyMatch(a -> a.endsWith("| a deal was close"));
  }

  @Test
  void listenerOfATellingCueAfterItsQuote_isNoReport_butAClauseToldAfterAQuoteIs() {
    assertThat(AttributorTest.attributions("\"Hunger is not a result of scarcity,\" Lula told leaders gathered at the "
        + "Museum of Modern Art."))
        .containsExactly("DIRECT Lula | tell | Hunger is not a result of scarcity,");
    assertThat(AttributorTest.attributions("\"We will win,\" Smith told reporters, adding that the vote would be close."))
        .anyMatch(a -> a.endsWith("| the vote would be close"));
  }
}
