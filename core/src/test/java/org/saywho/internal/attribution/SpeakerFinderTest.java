package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.saywho.internal.doc.Annotated;
import org.saywho.internal.pipeline.TestPipeline;

class SpeakerFinderTest {

  @Test
  void appositionPastAnAge_isTheSpeakersRole() {
    Annotated doc = TestPipeline.annotate("Mary Jones, 45, a nurse at the hospital, said she was tired.");
    assertThat(doc.speakers().speaker(0)).hasValueSatisfying(e -> {
      assertThat(e.name()).isEqualTo("Mary Jones");
      assertThat(e.roles()).containsExactly("nurse at the hospital");
    });
  }

  @Test
  void appositionOpeningWithAnOfficesParticiple_isTheSpeakersRole() {
    Annotated doc = TestPipeline.annotate("Gary Black, managing partner at the Future Fund, said the guidance was poor.");
    assertThat(doc.speakers().speaker(0)).hasValueSatisfying(e -> {
      assertThat(e.name()).isEqualTo("Gary Black");
      assertThat(e.roles()).containsExactly("managing partner at the Future Fund");
    });
  }

  @Test
  void ageAloneOrAParticiplePhrase_isNoRole() {
    assertThat(TestPipeline.annotate("Mary Jones, 45, said she was tired.").speakers().speaker(0))
        .hasValueSatisfying(e -> assertThat(e.roles()).isEmpty());
    assertThat(TestPipeline.annotate("Gary Black, writing for the majority, said the law was void.").speakers().speaker(0))
        .hasValueSatisfying(e -> assertThat(e.roles()).isEmpty());
  }

  @Test
  void participleAfterTheObjectOfLeave_isThePeoplesReport_butNotAThingsLeft() {
    assertThat(AttributorTest.attributions("The dissolution of the Soviet Union also left many E.U. nations feeling that "
        + "they faced no obvious military threat."))
        .contains("INDIRECT many E.U. nations | feel | they faced no obvious military threat");
    assertThat(AttributorTest.attributions("Or you can leave the interview thinking that his guiding principle is survival."))
        .contains("INDIRECT you | think | his guiding principle is survival");
  }
}
