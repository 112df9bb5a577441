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
}
