package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColonIntroductionsTest {

  @Test
  void topicBeforeASpeakerWhoseCueIntroducesAColonsQuote_isNoContent() {
    assertThat(AttributorTest.attributions(
        "When it comes to eating food, the health agency states:\n\n“There is no evidence of transmission through food.”"))
        .contains("DIRECT the health agency | state | There is no evidence of transmission through food.")
        .noneMatch(a -> a.startsWith("INDIRECT"));
  }

  @Test
  void contentBeforeASpeakerWhoseCueHasNoColon_staysAReport() {
    assertThat(AttributorTest.attributions("Masks cut the spread of the virus, the health agency says."))
        .contains("INDIRECT the health agency | say | Masks cut the spread of the virus");
  }

  @Test
  void questionBeforeASpeakerWhoseCueIntroducesAColonsQuote_staysHerContent() {
    assertThat(AttributorTest.attributions("When asked about the mask rules, the minister said: “We will review them next week.”"))
        .anyMatch(a -> a.startsWith("INDIRECT the minister | say | When asked about the mask rules"));
  }
}
