package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IssuedDocumentsTest {

  @Test
  void documentTheSpeakerPutOut_isNoPartOfTheReport_butNotADocumentTheSpeakerDenied() {
    assertThat(AttributorTest.attributions("The company posted a message saying the site was down."))
        .anyMatch(a -> a.startsWith("INDIRECT The company | say | the site was down"))
        .noneMatch(a -> a.contains("| a message"));
    assertThat(AttributorTest.attributions("Mayor Jane Doe wrote a letter saying she would resign."))
        .noneMatch(a -> a.endsWith("| a letter"));
    assertThat(AttributorTest.attributions("The ministry denied a report saying the talks had failed."))
        .noneMatch(a -> a.startsWith("INDIRECT The ministry | say | the talks had failed"));
  }
}
