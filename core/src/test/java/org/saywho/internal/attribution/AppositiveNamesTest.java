package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.saywho.internal.doc.Annotated;
import org.saywho.internal.pipeline.TestPipeline;

class AppositiveNamesTest {

  @Test
  void describedInvertedSpeaker_withANameInApposition_isThatPersonWithTheDescriptionAsRole() {
    Annotated doc = TestPipeline.annotate("The bridge will be rebuilt by next spring, said the city's chief engineer, Mary-Ann O'Neil.");
    assertThat(AttributorTest.attributions(doc.article().text()))
        .containsExactly("INDIRECT Mary-Ann O'Neil | say | The bridge will be rebuilt by next spring");
    assertThat(doc.speakers().speaker(0)).hasValueSatisfying(e -> {
      assertThat(e.name()).isEqualTo("Mary-Ann O'Neil");
      assertThat(e.roles()).contains("city's chief engineer");
    });
  }

  @Test
  void describedInvertedSpeaker_withoutATwoWordName_staysTheDescription() {
    assertThat(AttributorTest.attributions("The bridge will be rebuilt by next spring, said the city's chief engineer, Ottawa."))
        .containsExactly("INDIRECT the city's chief engineer | say | The bridge will be rebuilt by next spring");
    assertThat(AttributorTest.attributions("The bridge will be rebuilt by next spring, said the chief engineer, John Smith's deputy."))
        .containsExactly("INDIRECT the chief engineer | say | The bridge will be rebuilt by next spring");
  }
}
