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

  @Test
  void describedInvertedSpeaker_withANameAfterACount_isThatPerson_butACountedNounStaysTheDescription() {
    Annotated doc = TestPipeline.annotate("“It's scary,” said father of three Marcus Obi.");
    assertThat(AttributorTest.attributions(doc.article().text())).containsExactly("DIRECT Marcus Obi | say | It's scary,");
    assertThat(doc.speakers().speaker(0)).hasValueSatisfying(e -> assertThat(e.roles()).contains("father of three"));
    assertThat(AttributorTest.attributions("“It's scary,” said a father of three children."))
        .noneMatch(a -> a.contains("children |"));
  }
}
