package org.saywho.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.saywho.internal.doc.Doc;

class UnitAnnotatorTest {

  @Test
  void annotate_quoteAcrossSentences_holdsThemInOneUnit() {
    String text = "“We won. We will win again,” she said. The crowd cheered.";
    Doc doc = TestPipeline.through(Layer.UNITS, text);
    assertThat(doc.units()).hasSize(2);
    assertThat(doc.tokens().span(doc.units().get(0).firstToken(), doc.units().get(0).endToken() - 1).in(text))
        .isEqualTo("“We won. We will win again,” she said.");
  }

  @Test
  void annotate_questionQuote_joinsTheAttributionAfterIt() {
    String text = "“Isn’t that a bribe?” Trump asked. Nobody answered.";
    Doc doc = TestPipeline.through(Layer.UNITS, text);
    assertThat(doc.units()).hasSize(2);
  }
}
