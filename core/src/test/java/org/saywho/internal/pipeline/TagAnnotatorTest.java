package org.saywho.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.saywho.internal.doc.Doc;

class TagAnnotatorTest {

  @Test
  void annotate_tagsPartsOfSpeech_andQuoteMarks() {
    Doc doc = TestPipeline.through(Layer.TAGS, "“We won,” Sanders’ aide said.");
    assertThat(TestPipeline.tagged(doc)).isEqualTo("“/`` We/PRP won/VBD ,/, ”/'' Sanders/NNP ’/POS aide/NN said/VBD ./.");
  }

  @Test
  void annotate_straightQuotes_areOpeningAndClosingMarks() {
    Doc doc = TestPipeline.through(Layer.TAGS, "He said \"no\" twice.");
    assertThat(doc.tokens().tag(2)).isEqualTo("``");
    assertThat(doc.tokens().tag(4)).isEqualTo("''");
  }
}
