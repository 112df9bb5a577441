package org.saywho.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.saywho.internal.doc.Article;

class ReaderTest {

  private static final String ROUNDUP = "”Fear. I am truly afraid.” ― Edwin G. Monroy\n“He has spread hate.” ― Ana Ruiz";

  private static Reader reader() {
    Models m = TestPipeline.models();
    return new Reader(m.tagger(), m.sentences(), m.words(), Settings.DEFAULT);
  }

  @Test
  void readBoth_withQuotesSentencesAndTagsAlike_isOneArticle() {
    Reader.Reading reading = reader().readBoth("“Yes,” Clinton said. She left.");
    assertThat(reading.asTrained()).isSameAs(reading.article());
  }

  @Test
  void readBoth_withATagCorrectionTheTaggerNeverSaw_leavesItOutOfTheReadingAsTrained() {
    String text = "“It spread quickly,” LASEMA's director-general told journalists.";
    Reader.Reading reading = reader().readBoth(text);
    assertThat(TestPipeline.tagged(reading.article())).contains("director/NN -/HYPH general/NN");
    assertThat(TestPipeline.tagged(reading.asTrained())).contains("director/NN -/HYPH general/JJ");
    assertThat(reading.asTrained().quotes()).isEqualTo(reading.article().quotes());
  }

  @Test
  void readBoth_withAClosingMarkTypedAsAnOpener_leavesThatQuoteOutOnTheSameTokens() {
    Reader.Reading reading = reader().readBoth(ROUNDUP);
    Article read = reading.article();
    Article asTrained = reading.asTrained();
    assertThat(read.quotes()).hasSize(2);
    assertThat(asTrained.quotes()).singleElement().satisfies(q -> assertThat(q.inner().in(ROUNDUP)).isEqualTo("He has spread hate."));
    assertThat(asTrained.tokens().size()).isEqualTo(read.tokens().size());
    for (int i = 0; i < read.tokens().size(); i++) {
      assertThat(asTrained.tokens().start(i)).isEqualTo(read.tokens().start(i));
      assertThat(asTrained.paragraphOf(i)).isEqualTo(read.paragraphOf(i));
    }
  }

  @Test
  void readBoth_withASentenceSplitAfterAComma_keepsThatSplitOnTheSameTokens() {
    String text = "Senate Minority Leader Mitch McConnell, R-Ky., said Republicans would oppose the measure.";
    Reader.Reading reading = reader().readBoth(text);
    Article read = reading.article();
    Article asTrained = reading.asTrained();
    assertThat(read.sentences()).hasSize(1);
    assertThat(asTrained.sentences()).hasSize(2);
    assertThat(asTrained.tokens().size()).isEqualTo(read.tokens().size());
  }
}
