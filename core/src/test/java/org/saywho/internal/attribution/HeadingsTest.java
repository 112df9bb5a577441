package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadingsTest {

  @Test
  void subheadInCapitals_isNotAReport_butTheQuoteAfterItIs() {
    assertThat(AttributorTest.attributions("Dr. Oz spoke on Monday.\n\nEVEN OZ’S BOSS THINKS HE IS FULL OF IT — The head of "
        + "the studio indicated as much in an email. Oz is “smart as hell,” Steve Mosko wrote."))
        .containsExactly("MIXED Steve Mosko | write | Oz is “smart as hell,”");
  }

  @Test
  void reportInCapitalsWithLowerCaseAround_isAReport() {
    assertThat(AttributorTest.attributions("Dr. Oz spoke on Monday.\n\nOZ’S BOSS said he is full of it."))
        .containsExactly("INDIRECT OZ’S BOSS | say | he is full of it");
  }

  @Test
  void headlineColonAfterANameAndItsTitle_isTheirClaim_butAHeadingWithNoTitleIsNot() {
    assertThat(AttributorTest.attributions("Health Minister Holland: Pharmacare bill will pass this year\n\n"
        + "OTTAWA — The minister spoke on Friday."))
        .contains("INDIRECT Health Minister Holland | : | Pharmacare bill will pass this year");
    assertThat(AttributorTest.attributions("Stealth Over Health: Hillary Clinton Was Headed to ER\n\n"
        + "NEW YORK — The candidate spoke on Friday."))
        .noneMatch(a -> a.contains("| : |"));
  }

  @Test
  void quotedSubheadInTitleCase_isNoOnesWords() {
    assertThat(AttributorTest.attributions("\"It will be disruptive,\" Mr. Obama said.\n\n\"All Bets Are Off.\"\n\n"
        + "Eight years ago, Mr. Obama ran for president."))
        .containsExactly("DIRECT Mr. Obama | say | It will be disruptive,");
  }

  @Test
  void quotedSubheadWithNoClosingPunctuation_isNoOnesWords() {
    assertThat(AttributorTest.attributions("\"We have put forward a fair offer,\" Mr. Gray said.\n\n'Exhausted and undervalued'\n\n"
        + "Staff nurse Katie Murray said many of her colleagues were leaving."))
        .noneMatch(a -> a.contains("Exhausted"));
  }

  @Test
  void quoteParagraphInSentenceCase_continuesTheSpeaker() {
    assertThat(AttributorTest.attributions("\"It will be disruptive,\" Mr. Obama said.\n\n\"All bets are off.\"\n\n"
        + "Eight years ago, Mr. Obama ran for president."))
        .hasSize(2);
  }
}
