package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.saywho.internal.pipeline.TestPipeline;
import org.saywho.internal.doc.Annotated;

class UnitsTest {

  @Test
  void of_quoteAcrossSentences_holdsThemInOneUnit() {
    String text = "“We won. We will win again,” she said. The crowd cheered.";
    Annotated doc = TestPipeline.annotate(text);
    assertThat(doc.units()).hasSize(2);
    assertThat(doc.article().tokens().span(doc.units().get(0).firstToken(), doc.units().get(0).endToken() - 1).in(text))
        .isEqualTo("“We won. We will win again,” she said.");
  }

  @Test
  void of_questionQuote_joinsTheAttributionAfterIt() {
    String text = "“Isn’t that a bribe?” Trump asked. Nobody answered.";
    Annotated doc = TestPipeline.annotate(text);
    assertThat(doc.units()).hasSize(2);
  }
}
