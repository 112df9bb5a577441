package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamedOnlyAsTest {

  @Test
  void describedSpeakerWhoGaveANameOnlyAs_isThatName() {
    assertThat(AttributorTest.attributions("A 23-year-old student who gave her name only as Wanjiru said she had joined the march."))
        .containsExactly("INDIRECT Wanjiru | say | she had joined the march");
  }

  @Test
  void describedSpeakerWithAClauseThatGivesNoName_keepsTheDescription() {
    assertThat(AttributorTest.attributions("A woman who called the hotline said the line was busy."))
        .containsExactly("INDIRECT A woman | say | the line was busy");
    assertThat(AttributorTest.attributions("A student who gave her name to the police said she had joined the march."))
        .noneMatch(a -> a.startsWith("INDIRECT police"));
  }
}
