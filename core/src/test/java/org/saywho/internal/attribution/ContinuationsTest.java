package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContinuationsTest {

  @Test
  void quoteAfterAParagraphEndingWithAQuestionPutToSomeone_isTheirAnswer() {
    assertThat(AttributorTest.attributions("Dean Kimpton said the discount would start on March 1.\n\n"
        + "Kimpton was asked if more buses would be needed.\n\n"
        + "\"We will watch the numbers closely. If demand jumps, we will add services.\""))
        .contains("DIRECT Kimpton | - | We will watch the numbers closely. If demand jumps, we will add services.");
  }

  @Test
  void quoteAfterAQuestionWithNoOneItWasPutTo_hasNoSpeakerFromIt() {
    assertThat(AttributorTest.attributions("The council met on Monday.\n\n"
        + "The question was asked at the meeting.\n\n"
        + "\"We will watch the numbers closely. If demand jumps, we will add services.\""))
        .noneMatch(a -> a.startsWith("DIRECT The question"));
  }

  @Test
  void quoteAfterASentenceTellingWhatSomeoneDid_isTheirs() {
    assertThat(AttributorTest.attributions("Residents met on Tuesday.\n\n"
        + "Her neighbour, Tom Hughes, disagreed. \"Where are we supposed to park? Nobody asked us.\""))
        .contains("DIRECT Tom Hughes | - | Where are we supposed to park? Nobody asked us.");
  }

  @Test
  void quoteAfterASentenceAboutAThing_takesNoSpeakerFromIt() {
    assertThat(AttributorTest.attributions("Residents met on Tuesday.\n\n"
        + "The meeting ran late. \"Where are we supposed to park? Nobody asked us.\""))
        .noneMatch(a -> a.startsWith("DIRECT The meeting"));
  }
}
