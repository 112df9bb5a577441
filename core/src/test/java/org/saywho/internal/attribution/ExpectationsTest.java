package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExpectationsTest {

  @Test
  void subjectIsExpectedToDoSomething_isAnExpectationInTwoParts_withNoSpeaker() {
    assertThat(AttributorTest.attributions("Obama’s veto is expected to come before the deadline at midnight Friday, but Republicans seem confident."))
        .contains("INDIRECT - | expect | Obama’s veto", "INDIRECT - | expect | to come before the deadline at midnight Friday");
  }

  @Test
  void subjectBeforeAModalAndAPrepositionalPhrase_isTheWholeNounPhrase() {
    assertThat(AttributorTest.attributions("The losing side in the appeals court ruling could be expected to take the case to the Supreme Court."))
        .contains("INDIRECT - | expect | The losing side in the appeals court ruling",
            "INDIRECT - | expect | to take the case to the Supreme Court");
  }

  @Test
  void phraseDatingTheSubject_isLeftOut_andAShareKeepsItsNumber() {
    assertThat(AttributorTest.attributions("About one of every nine voters this fall is expected to be Latino."))
        .contains("INDIRECT - | expect | one of every nine voters", "INDIRECT - | expect | to be Latino");
  }

  @Test
  void reportHoldingAnExpectation_isTheWholeClause() {
    assertThat(AttributorTest.attributions("Shares are expected to rise, analysts said."))
        .contains("INDIRECT analysts | say | Shares are expected to rise")
        .noneMatch(a -> a.startsWith("INDIRECT - | expect"));
  }

  @Test
  void activeExpected_isNotAnUnattributedExpectation() {
    assertThat(AttributorTest.attributions("Analysts expected the deal to close in March."))
        .noneMatch(a -> a.startsWith("INDIRECT - | expect"));
  }

  @Test
  void withPhraseExpectingItsNounPhrase_isAnExpectationInTwoParts_andTheNounPhraseIsNoSpeaker() {
    assertThat(AttributorTest.attributions("The efforts will continue, with both President Barack Obama and his wife Michelle "
        + "expected to visit the state in the coming weeks."))
        .contains("INDIRECT - | expect | both President Barack Obama and his wife Michelle",
            "INDIRECT - | expect | to visit the state in the coming weeks")
        .noneMatch(a -> a.contains("Michelle | expect"));
  }

  @Test
  void expectedAfterAVerbInTheWithPhrase_isNoAbsoluteExpectation() {
    assertThat(AttributorTest.attributions("She met with the governor and expected to announce a deal on Friday."))
        .noneMatch(a -> a.startsWith("INDIRECT - | expect"));
  }
}
