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
  void answerLabelsWithoutQuestions_nameNoSpeaker() {
    assertThat(AttributorTest.attributions(INTRO + "A: Funding, without question.\n\nA: With humility.\n"))
        .noneMatch(a -> a.contains("| : |"));
  }
}
