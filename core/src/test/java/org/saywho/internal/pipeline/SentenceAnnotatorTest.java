package org.saywho.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.saywho.internal.doc.Doc;
import org.saywho.internal.doc.Sentence;

class SentenceAnnotatorTest {

  @Test
  void annotate_splitsSentences_butNotAfterATitle() {
    String text = "Sen. Elizabeth Warren spoke first. Then the vote began.\nA new paragraph.";
    Doc doc = TestPipeline.through(Layer.SENTENCES, text);
    assertThat(doc.sentences()).extracting(s -> s.span().in(text))
        .containsExactly("Sen. Elizabeth Warren spoke first.", "Then the vote began.", "A new paragraph.");
    assertThat(doc.sentences()).extracting(Sentence::paragraph).containsExactly(0, 0, 1);
  }

  @Test
  void annotate_sentenceLongerThanTheBound_isCutIntoPieces() {
    String text = "word ".repeat(600).trim();
    Doc doc = TestPipeline.through(Layer.SENTENCES, text);
    assertThat(doc.sentences()).hasSize(3).allSatisfy(s -> assertThat(s.size()).isLessThanOrEqualTo(250));
    assertThat(doc.tokens().sentence(599)).isEqualTo(2);
  }
}
