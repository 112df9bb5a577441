package org.saywho.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.saywho.internal.doc.Doc;

class LayoutAnnotatorTest {

  @Test
  void annotate_dashByline_isTakenOutOfTheBody() {
    String text = "Ahmed Kamel – Egypt Daily News\nRubio met Lavrov on Wednesday.";
    Doc doc = TestPipeline.through(Layer.LAYOUT, text);
    assertThat(doc.byline()).hasValueSatisfying(b -> {
      assertThat(b.author()).isEqualTo("Ahmed Kamel");
      assertThat(b.outlet()).isEqualTo("Egypt Daily News");
    });
    assertThat(doc.paragraphs()).singleElement().satisfies(p -> assertThat(p.in(text)).isEqualTo("Rubio met Lavrov on Wednesday."));
  }

  @Test
  void annotate_byLine_withoutOutlet() {
    Doc doc = TestPipeline.through(Layer.LAYOUT, "Senate passes budget\nBy Jane Doe\n\nThe Senate voted on Friday.");
    assertThat(doc.byline()).hasValueSatisfying(b -> {
      assertThat(b.author()).isEqualTo("Jane Doe");
      assertThat(b.hasOutlet()).isFalse();
    });
    assertThat(doc.paragraphs()).hasSize(2);
  }

  @Test
  void annotate_headline_isNotAByline() {
    Doc doc = TestPipeline.through(Layer.LAYOUT, "Green Party candidate Jill Stein removed from debate site by police.\nText.");
    assertThat(doc.byline()).isEmpty();
    assertThat(doc.paragraphs()).hasSize(2);
  }

  @Test
  void annotate_paragraphs_areTrimmedLines() {
    String text = "  First line.  \r\n\n\tSecond line.";
    Doc doc = TestPipeline.through(Layer.LAYOUT, text);
    assertThat(doc.paragraphs()).extracting(p -> p.in(text)).containsExactly("First line.", "Second line.");
  }
}
