package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InterviewAnswersTest {

  private static final String INTRO = "Her successor, Dr. Aisha Rahman, spoke with us about her priorities.\n\n";

  @Test
  void answersOfAQuestionAndAnswerInterview_areTheIntervieweesWords() {
    assertThat(AttributorTest.attributions(INTRO
        + "Q: What is the biggest challenge facing Canadian science?\n\nA: Funding, without question.\n\n"
        + "Q: How should governments approach artificial intelligence?\n\nA: With humility.\n"))
        .contains("INDIRECT Aisha Rahman | : | Funding, without question", "INDIRECT Aisha Rahman | : | With humility");
  }

  @Test
  void questionLabelOfAnInterview_speaksForNoOne_butANameLabelOutsideOneDoes() {
    assertThat(AttributorTest.attributions(INTRO
        + "Q: Rents are up. What went wrong?\n\nA: We stopped building.\n\n"
        + "Q: Your plan promises four million homes by 2031.\n\nA: It is ambitious.\n"))
        .noneMatch(a -> a.startsWith("INDIRECT Q |") || a.contains("| : | Your plan"));
    assertThat(AttributorTest.attributions("Trump: My plans are not set in stone\n\nThe candidate spoke on Monday."))
        .anyMatch(a -> a.startsWith("INDIRECT Trump | : |"));
  }

  @Test
  void answerLabelsWithoutQuestions_nameNoSpeaker() {
    assertThat(AttributorTest.attributions(INTRO + "A: Funding, without question.\n\nA: With humility.\n"))
        .noneMatch(a -> a.contains("| : |"));
  }

  @Test
  void personIntroducedAsTheReporter_asksTheQuestions_andATitledNameAnswersThem() {
    assertThat(AttributorTest.attributions("Economist Armine Yalnizyan spoke with reporter Sam Cooper about inflation.\n\n"
        + "Q: Is inflation under control?\n\nA: It is getting there.\n\nQ: Will the bank cut in June?\n\nA: Not yet.\n"))
        .contains("INDIRECT Armine Yalnizyan | : | It is getting there")
        .noneMatch(a -> a.contains("Sam Cooper"));
  }

  @Test
  void answerHoldingAReportOfItsOwn_isStillTheIntervieweesAnswer_butNotOneAnotherReportOpens() {
    assertThat(AttributorTest.attributions(INTRO + "Q: Will the bank cut in June?\n\nA: I think they will wait a while.\n\n"
        + "Q: And housing?\n\nA: Build more homes.\n"))
        .contains("INDIRECT Aisha Rahman | : | I think they will wait a while");
    assertThat(AttributorTest.attributions(INTRO + "Q: Will the bank cut in June?\n\nA: The bank will wait, the governor said.\n\n"
        + "Q: And housing?\n\nA: Build more homes.\n"))
        .noneMatch(a -> a.contains("Aisha Rahman | : | The bank will wait"));
  }

  @Test
  void answersLabelledWithTheIntervieweesSurname_areTheirWords_butAnotherNamesLabelIsNot() {
    assertThat(AttributorTest.attributions(INTRO + "Q: What is the biggest challenge?\n\nRahman: Funding, without question.\n\n"
        + "Q: And artificial intelligence?\n\nRahman: With humility.\n"))
        .contains("INDIRECT Aisha Rahman | : | Funding, without question", "INDIRECT Aisha Rahman | : | With humility");
    assertThat(AttributorTest.attributions(INTRO + "Q: What is the biggest challenge?\n\nOttawa: Funding, without question.\n\n"
        + "Q: And artificial intelligence?\n\nOttawa: With humility.\n"))
        .noneMatch(a -> a.contains("| : | Funding") || a.contains("| : | With humility"));
  }

  @Test
  void answersOfAnUnlabelledInterviewWithAnEditingNote_areTheIntervieweesWords_butNotAnotherSpeakersReport() {
    String interview = "Anita Sharma has worked as an intensive care nurse for 18 years. "
        + "This interview has been edited for length and clarity.\n\nWhen did you decide to leave?\n\n"
        + "Last spring. I came home after a 14-hour shift.\n\nWhat would make you stay?\n\n"
        + "The hospital said in a statement that it has hired 400 nurses.\n\nRespect, honestly.\n";
    assertThat(AttributorTest.attributions(interview))
        .contains("INDIRECT Anita Sharma | - | Last spring. I came home after a 14-hour shift.",
            "INDIRECT Anita Sharma | - | Respect, honestly.")
        .noneMatch(a -> a.contains("Anita Sharma | - | The hospital said"));
  }

  @Test
  void editingNoteAfterTheAnswers_makesAnInterviewToo_andIsNoAnswer() {
    assertThat(AttributorTest.attributions("Anita Sharma has worked as an intensive care nurse for 18 years.\n\n"
        + "When did you decide to leave?\n\nLast spring.\n\nWhat would make you stay?\n\nRespect, honestly.\n\n"
        + "This interview has been condensed and edited for clarity.\n"))
        .contains("INDIRECT Anita Sharma | - | Respect, honestly.")
        .noneMatch(a -> a.contains("| - | This interview"));
  }

  @Test
  void questionsOfAnExplainerWithoutAnEditingNote_haveNoAnswers() {
    assertThat(AttributorTest.attributions("Anita Sharma has worked as an intensive care nurse for 18 years.\n\n"
        + "What happens next?\n\nThe board meets in June.\n\nWho pays?\n\nThe province covers the cost.\n"))
        .noneMatch(a -> a.contains("Anita Sharma"));
  }
}
