package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.saywho.Span;
import org.saywho.internal.attribution.AttributionTagger.Label;
import org.saywho.internal.doc.Article;
import org.saywho.internal.pipeline.TestPipeline;

class AttributionTrainerTest {

  private static Span span(String text, String part) {
    int s = text.indexOf(part);
    return Span.of(s, s + part.length());
  }

  @Test
  void goldLabels_markSourceCueAndContent() {
    String text = "Peskov said the talks would resume.";
    Article doc = TestPipeline.read(text);
    Label[] labels = AttributionTrainer.goldLabels(doc, List.of(new AttributionTrainer.Gold(span(text, "the talks would resume"),
        Optional.of(span(text, "said")), Optional.of(span(text, "Peskov")))));
    assertThat(labels).containsExactly(Label.SRC, Label.CUE, Label.B, Label.I, Label.I, Label.I, Label.O);
  }

  @Test
  void goldLabels_nestedAttribution_givesWayToTheOneHoldingIt() {
    String text = "Peskov said Lavrov told him the talks would resume.";
    Article doc = TestPipeline.read(text);
    AttributionTrainer.Gold outer = new AttributionTrainer.Gold(span(text, "Lavrov told him the talks would resume"),
        Optional.of(span(text, "said")), Optional.of(span(text, "Peskov")));
    AttributionTrainer.Gold inner = new AttributionTrainer.Gold(span(text, "the talks would resume"),
        Optional.of(span(text, "told")), Optional.of(span(text, "Lavrov")));
    Label[] labels = AttributionTrainer.goldLabels(doc, List.of(inner, outer));
    assertThat(labels).containsExactly(Label.SRC, Label.CUE, Label.B, Label.I, Label.I, Label.I, Label.I, Label.I, Label.I,
        Label.O);
  }

  @Test
  void contents_areRunsThatStartAtABeginOrAnInsideAfterOutside() {
    Label[] labels = {Label.O, Label.B, Label.I, Label.B, Label.O, Label.I, Label.I, Label.CUE};
    assertThat(AttributionTagger.contents(labels)).containsExactly(new Range(1, 2), new Range(3, 3), new Range(5, 6));
  }
}
