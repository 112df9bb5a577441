package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThingSourcesTest {

  @Test
  void quoteGivenToAThing_keepsItsWordsWithoutTheSpeaker_butADocumentStaysItsSource() {
    assertThat(AttributorTest.attributions("“Take out federal loans first,” the advice says."))
        .containsExactly("DIRECT - | say | Take out federal loans first,");
    assertThat(AttributorTest.attributions("“Take out federal loans first,” the report says."))
        .containsExactly("DIRECT the report | say | Take out federal loans first,");
  }

  @Test
  void reportedSpeechOfAThing_isDropped_butAPersonsStays() {
    assertThat(AttributorTest.attributions("Health worries suggest that the candidate is tired.")).isEmpty();
    assertThat(AttributorTest.attributions("Health officials suggest that the candidate is tired."))
        .containsExactly("INDIRECT Health officials | suggest | the candidate is tired");
  }
}
