package org.saywho.internal.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.saywho.Speaker;
import org.saywho.internal.doc.Entity;
import org.saywho.internal.pipeline.TestPipeline;
import org.saywho.internal.doc.Annotated;

class EntityResolverTest {

  private static Entity speakerOf(Annotated doc, int attribution) {
    return doc.speakers().speaker(attribution).orElseThrow();
  }

  @Test
  void lastName_linksToTheFullName_withRole() {
    Annotated doc = TestPipeline.annotate(
        "U.S. Secretary of State Marco Rubio met Lavrov.\nRubio said the talks were useful.");
    Entity rubio = speakerOf(doc, doc.attributions().size() - 1);
    assertThat(rubio.name()).isEqualTo("Marco Rubio");
    assertThat(rubio.type()).isEqualTo(Speaker.Type.PERSON);
    assertThat(rubio.roles()).containsExactly("U.S. Secretary of State");
    assertThat(rubio.mentions()).extracting(m -> m.in(doc.article().text())).contains("Marco Rubio", "Rubio");
  }

  @Test
  void pronoun_resolvesToTheLatestSubjectOfItsGender() {
    Annotated doc = TestPipeline.annotate(
        "Hillary Clinton met voters in Ohio on Monday.\nShe said the economy was improving.");
    assertThat(speakerOf(doc, 0).name()).isEqualTo("Hillary Clinton");
  }

  @Test
  void pronounInsideReportedContent_isNotAnAntecedent() {
    Annotated doc = TestPipeline.annotate(
        "Peskov said Donald Trump heard only one version of events. He added that the talks would go on.");
    assertThat(speakerOf(doc, 1).name()).isEqualTo("Peskov");
  }

  @Test
  void unnamedSource_isNamedByItsDescription_withCanonicalNamesInside() {
    Annotated doc = TestPipeline.annotate(
        "Marco Rubio flew to New York.\nA spokesperson for Rubio said the meeting was useful.");
    Entity source = speakerOf(doc, 0);
    assertThat(source.name()).isEqualTo("spokesperson for Marco Rubio");
    assertThat(source.type()).isEqualTo(Speaker.Type.PERSON);
  }

  @Test
  void pluralDescription_isAGroup() {
    Annotated doc = TestPipeline.annotate( "Officials said the bridge would reopen on Monday.");
    assertThat(speakerOf(doc, 0).type()).isEqualTo(Speaker.Type.GROUP);
  }

  @Test
  void organisation_isTypedFromItsName() {
    Annotated doc = TestPipeline.annotate( "The Justice Department said the inquiry was closed.");
    assertThat(speakerOf(doc, 0).type()).isEqualTo(Speaker.Type.ORGANIZATION);
  }
}
