package org.saywho.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.saywho.internal.doc.Annotated;
import org.saywho.internal.doc.Article;

class PipelineTest {

  @Test
  void read_stopsAtTags_withEveryTokenTaggedAndPlaced() {
    Article doc = TestPipeline.read("“Yes,” Clinton said. She left.");
    assertThat(doc.sentences()).hasSize(2);
    assertThat(doc.quotes()).hasSize(1);
    for (int i = 0; i < doc.tokens().size(); i++) {
      assertThat(doc.tokens().tag(i)).isNotEmpty();
    }
    assertThat(doc.tokens().sentence(doc.tokens().size() - 1)).isEqualTo(1);
  }

  @Test
  void annotate_runsEveryStage_andResolvesEachAttributionsSpeaker() {
    Annotated doc = TestPipeline.annotate("“Yes,” Clinton said.");
    assertThat(doc.attributions()).hasSize(1);
    assertThat(doc.speakers().speaker(0)).hasValueSatisfying(e -> assertThat(e.name()).isEqualTo("Clinton"));
    assertThat(doc.units()).hasSize(1);
  }

  @Test
  void annotate_continuation_takesTheSpeakerOfTheAttributionThatNamesIt() {
    Annotated doc = TestPipeline.annotate("“We will win,” Clinton said. “We will win big.”");
    assertThat(doc.attributions().get(1).speakerFrom()).hasValue(0);
    assertThat(doc.speakers().speakerOf().get(1)).isEqualTo(doc.speakers().speakerOf().get(0));
  }

  @Test
  void annotate_quoteOpeningAParagraph_takesTheSpeakerOfThePreviousParagraphsReportedSpeech() {
    Annotated doc = TestPipeline.annotate("Farha says rents have risen faster than wages in every province since 2015."
        + "\n\n“People are spending half their income on rent. We're hearing from seniors who are skipping meals.”");
    assertThat(doc.attributions()).hasSize(2);
    assertThat(doc.attributions().get(1).speakerFrom()).hasValue(0);
  }

  @Test
  void annotate_unattributedQuote_hasNoSpeaker() {
    Annotated doc = TestPipeline.annotate("“The economy is growing faster than anyone expected this year.”");
    assertThat(doc.attributions()).singleElement().satisfies(a -> {
      assertThat(a.speaker()).isEmpty();
      assertThat(a.speakerFrom()).isEmpty();
    });
    assertThat(doc.speakers().speaker(0)).isEmpty();
  }

  @Test
  void annotate_quoteOpenedByAClosingMark_isFoundWithItsSignature() {
    Annotated doc = TestPipeline.annotate("”Fear. I am truly afraid of him.” ― Edwin G. Monroy\n“He has spread hate.” ― Ana Ruiz");
    assertThat(doc.attributions()).hasSize(2);
    assertThat(doc.speakers().speaker(0)).hasValueSatisfying(e -> assertThat(e.name()).isEqualTo("Edwin G. Monroy"));
    assertThat(doc.speakers().speaker(1)).hasValueSatisfying(e -> assertThat(e.name()).isEqualTo("Ana Ruiz"));
  }
}
