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
  void readAsTrained_withQuotesPairedAlike_isTheArticleRead() {
    Reader reader = reader();
    String text = "“Yes,” Clinton said. She left.";
    Article read = reader.read(text);
    assertThat(reader.readAsTrained(text, read)).isSameAs(read);
  }

  @Test
  void readAsTrained_withAClosingMarkTypedAsAnOpener_leavesThatQuoteOutOnTheSameTokens() {
    Reader reader = reader();
    Article read = reader.read(ROUNDUP);
    Article asTrained = reader.readAsTrained(ROUNDUP, read);
    assertThat(read.quotes()).hasSize(2);
    assertThat(asTrained.quotes()).singleElement().satisfies(q -> assertThat(q.inner().in(ROUNDUP)).isEqualTo("He has spread hate."));
    assertThat(asTrained.tokens().size()).isEqualTo(read.tokens().size());
    for (int i = 0; i < read.tokens().size(); i++) {
      assertThat(asTrained.tokens().start(i)).isEqualTo(read.tokens().start(i));
      assertThat(asTrained.paragraphOf(i)).isEqualTo(read.paragraphOf(i));
    }
  }

  @Test
  void readAsTrained_withASentenceSplitAfterAComma_keepsThatSplitOnTheSameTokens() {
    Reader reader = reader();
    String text = "Senate Minority Leader Mitch McConnell, R-Ky., said Republicans would oppose the measure.";
    Article read = reader.read(text);
    Article asTrained = reader.readAsTrained(text, read);
    assertThat(read.sentences()).hasSize(1);
    assertThat(asTrained.sentences()).hasSize(2);
    assertThat(asTrained.tokens().size()).isEqualTo(read.tokens().size());
  }
}
