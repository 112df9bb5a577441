package org.saywho.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.HasWord;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.pipeline.TestPipeline;

class TaggerTest {

  /** A model that fails on every sentence, as CoreNLP's once did inside a batch. */
  private static final class FailingModel extends MaxentTagger {
    private static final long serialVersionUID = 1L;

    @Override
    public List<TaggedWord> tagSentence(List<? extends HasWord> sentence) {
      throw new NullPointerException("tag is null");
    }
  }

  @Test
  void sentenceTheModelFailsOn_isTaggedWithoutIt_andEveryTokenHasATag() {
    Article doc = TestPipeline.read("Jane Smith said 42 people came.");
    Tokens tagged = new Tagger(new FailingModel()).tag(doc.tokens(), doc.sentences());
    for (int i = 0; i < tagged.size(); i++) {
      assertThat(tagged.tag(i)).as(tagged.word(i)).isNotNull();
    }
    assertThat(tagged.tag(0)).isEqualTo("NNP");
    assertThat(tagged.tag(3)).isEqualTo("CD");
  }

  @Test
  void sentenceTheModelTags_keepsTheModelsTags() {
    Article doc = TestPipeline.read("Jane Smith said 42 people came.");
    Tokens tagged = new Tagger(TestPipeline.models().tagger()).tag(doc.tokens(), doc.sentences());
    assertThat(tagged.tag(2)).isEqualTo("VBD");
  }
}
