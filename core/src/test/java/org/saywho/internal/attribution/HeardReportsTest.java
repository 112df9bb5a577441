package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeardReportsTest {

  @Test
  void whatTheCourtHeard_isAReportWithNoSpeaker_andAReportInsideItEndsBeforeTheCue() {
    assertThat(AttributorTest.attributions("The man was charged.\n\nThe pair had argued in a queue, the court heard."))
        .contains("INDIRECT - | hear | The pair had argued in a queue");
    assertThat(AttributorTest.attributions("The man was charged.\n\nThe jury heard that the pair had argued in a queue."))
        .contains("INDIRECT - | hear | the pair had argued in a queue");
    assertThat(AttributorTest.attributions("Jordan Whitaker admitted wounding with intent, Leeds Crown Court heard."))
        .contains("INDIRECT Jordan Whitaker | admit | wounding with intent");
  }

  @Test
  void somethingHeardByOthers_isNoCourtsReport() {
    assertThat(AttributorTest.attributions("Neighbours heard gunshots shortly after midnight."))
        .noneMatch(a -> a.contains("| hear |"));
    assertThat(AttributorTest.attributions("The court heard the case in March, and the appeal was dismissed."))
        .noneMatch(a -> a.contains("| hear |"));
    assertThat(AttributorTest.attributions("The man was charged.\n\nThe court heard the man had been drinking."))
        .contains("INDIRECT - | hear | the man had been drinking");
  }

  @Test
  void actTheCourtHeardOf_isNoReportOfItsDoer_butWordsTheCourtHeardOfStay() {
    assertThat(AttributorTest.attributions("A man was jailed.\n\nLeicester Crown Court heard Reid attacked Amir Hussain "
        + "in a row over a mobile phone in March."))
        .contains("INDIRECT - | hear | Reid attacked Amir Hussain in a row over a mobile phone in March")
        .noneMatch(a -> a.startsWith("INDIRECT Reid"));
    assertThat(AttributorTest.attributions("A man was jailed.\n\nThe court heard Reid told police that he had been "
        + "attacked first."))
        .anyMatch(a -> a.startsWith("INDIRECT Reid | tell | he had been attacked first"));
  }

  @Test
  void whatTheCourtHeardPastAnApposition_isWhole_andNoneOfItTheCourtsReport_butTheAccusedsWordsItHeardStay() {
    assertThat(AttributorTest.attributions("A man was jailed.\n\nCork Circuit Criminal Court heard that Patrick O'Sullivan, "
        + "of no fixed abode, attacked the victim with a kitchen knife after an argument over a spilled drink."))
        .contains("INDIRECT - | hear | Patrick O'Sullivan, of no fixed abode, attacked the victim with a kitchen knife"
            + " after an argument over a spilled drink")
        .noneMatch(a -> a.startsWith("INDIRECT Cork Circuit Criminal Court"));
    assertThat(AttributorTest.attributions("A man was jailed.\n\nCork Circuit Criminal Court heard O'Sullivan told gardaí "
        + "that he had been attacked first."))
        .contains("INDIRECT O'Sullivan | tell | he had been attacked first");
  }
}
