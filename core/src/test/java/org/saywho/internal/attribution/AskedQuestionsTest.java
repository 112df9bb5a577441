package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AskedQuestionsTest {

  @Test
  void questionOpeningTheSentence_isNotTheAnswerersWords() {
    assertThat(AttributorTest.attributions(
        "Asked whether the province would add more doctors, Health Minister Sylvia Jones said: \"We are hiring as fast as we can.\""))
        .containsExactly("INDIRECT - | ask | whether the province would add more doctors",
            "DIRECT Health Minister Sylvia Jones | say | We are hiring as fast as we can.");
  }

  @Test
  void speakerWhoAsks_keepsTheQuestion() {
    assertThat(AttributorTest.attributions("The senator asked whether the province would add more doctors."))
        .containsExactly("INDIRECT The senator | ask | whether the province would add more doctors");
  }

  @Test
  void questionGivenTheAnswersCue_takesAskedForItsCue() {
    assertThat(AttributorTest.attributions(
        "Asked whether Cripps would return next week, Voss said: \"We will see how he pulls up.\""))
        .containsExactly("INDIRECT - | ask | whether Cripps would return next week",
            "DIRECT Voss | say | We will see how he pulls up.");
  }

  @Test
  void questionAfterAskedAndAPreposition_takesAskedForItsCue() {
    assertThat(AttributorTest.attributions(
        "Asked about his own form, Fernandes replied: \"I just try to help the team.\""))
        .contains("INDIRECT - | ask | his own form", "DIRECT Fernandes | reply | I just try to help the team.");
  }

  @Test
  void reportAfterAnAskedClauseWithItsOwnObject_keepsItsCue() {
    assertThat(AttributorTest.attributions("Asked by reporters, Voss said the team would improve."))
        .containsExactly("INDIRECT Voss | say | the team would improve");
  }

  @Test
  void askedAfterAQuotedQuestion_isTheAskersCue() {
    assertThat(AttributorTest.attributions(
        "\"Who will pay my rent?\" asked Mary Atieno, who sells second-hand clothes on Moi Avenue."))
        .containsExactly("DIRECT Mary Atieno | ask | Who will pay my rent?");
  }

  @Test
  void questionBeforeTheAnswerersOwnSentence_endsAtItsComma_soTheAnswererStaysTheSubject() {
    assertThat(AttributorTest.attributions("Asked about the title race, Arteta was cautious. “It's December,” he said."))
        .contains("INDIRECT - | ask | the title race", "DIRECT he | say | It's December,");
  }

  @Test
  void questionWithACommaOfItsOwn_keepsItsWords() {
    assertThat(AttributorTest.attributions("Asked whether Arsenal, Chelsea or Liverpool would win, Arteta said it was December."))
        .contains("INDIRECT Arteta | say | it was December")
        .anyMatch(a -> a.startsWith("INDIRECT - | ask | ") && a.contains("Chelsea"));
  }

  @Test
  void questionAfterWhenAsked_isNotTheAnswerersWords_butAWhenClauseOfTheSpeakersOwnIsTheirs() {
    assertThat(AttributorTest.attributions("When asked why Cruz went after Trump, Tyler said, \"We have three weeks to go.\""))
        .contains("INDIRECT - | ask | why Cruz went after Trump", "DIRECT Tyler | say | We have three weeks to go.");
    assertThat(AttributorTest.attributions("When she asked why Cruz went after Trump, Tyler said it was time."))
        .noneMatch(a -> a.startsWith("INDIRECT - | ask"));
  }

  @Test
  void questionWhoseAnswersVerbFollowsItsContent_endsAtItsComma() {
    assertThat(AttributorTest.attributions("Asked whether the company would comply, a spokesperson for X declined to comment."))
        .contains("INDIRECT - | ask | whether the company would comply");
  }

  @Test
  void questionPutByWhomByNames_keepsTheAskerAsItsSpeaker() {
    assertThat(AttributorTest.attributions("When asked by a reporter whether this differed from the old rule, Trump said,"
        + " \"You tell me.\"")).anyMatch(a -> a.startsWith("INDIRECT a reporter | ask | whether this differed"));
  }
}
