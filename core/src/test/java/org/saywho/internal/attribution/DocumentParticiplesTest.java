package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentParticiplesTest {

  @Test
  void documentSentToTheSubject_speaks_butOneTheSubjectHasSentDoesNot() {
    assertThat(AttributorTest.attributions("Residents were sent a letter saying the pool would close in June."))
        .anyMatch(a -> a.startsWith("INDIRECT a letter | say | the pool would close in June"));
    assertThat(AttributorTest.attributions("We've sent a letter saying the pool would close in June."))
        .noneMatch(a -> a.startsWith("INDIRECT a letter |"));
  }
}
