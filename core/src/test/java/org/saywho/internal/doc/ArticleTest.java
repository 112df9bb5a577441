package org.saywho.internal.doc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.saywho.internal.pipeline.TestPipeline;

class ArticleTest {

  @Test
  void paragraphAt_isTheLastParagraphStartingAtOrBeforeTheOffset() {
    String text = "First paragraph here.\n\nSecond one.\n\nThird.";
    Article doc = TestPipeline.read(text);
    assertThat(doc.paragraphAt(0)).isZero();
    assertThat(doc.paragraphAt(text.indexOf("one"))).isEqualTo(1);
    assertThat(doc.paragraphAt(text.indexOf("Third"))).isEqualTo(2);
    assertThat(doc.paragraphAt(text.length())).isEqualTo(2);
  }

  @Test
  void paragraphAt_beforeEveryParagraph_isTheFirst() {
    String text = "\n\nOnly paragraph.";
    Article doc = TestPipeline.read(text);
    assertThat(doc.paragraphs().get(0).start()).isGreaterThan(0);
    assertThat(doc.paragraphAt(0)).isZero();
  }
}
