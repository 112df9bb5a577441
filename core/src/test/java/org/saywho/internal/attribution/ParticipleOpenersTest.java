package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParticipleOpenersTest {

  @Test
  void participlePhraseOpeningTheSentence_isNotWhatTheSpeakerSaid() {
    assertThat(AttributorTest.attributions("Speaking to the BBC on Sunday, Reeves said: \"We made a promise and we will keep it.\""))
        .containsExactly("DIRECT Reeves | say | We made a promise and we will keep it.");
  }

  @Test
  void clauseWithAGerundSubject_staysReportedSpeech() {
    assertThat(AttributorTest.attributions("Raising taxes would hurt working families, Reeves said."))
        .containsExactly("INDIRECT Reeves | say | Raising taxes would hurt working families");
  }
}
