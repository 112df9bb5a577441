package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttributionTaggerTest {

  private static final AttributionTagger TAGGER = AttributionTagger.load();

  @Test
  void verbsPolNeArMarksAsCues_areLearnedAsCues() {
    assertThat(TAGGER.learnedAsCue("say")).isTrue();
    assertThat(TAGGER.learnedAsCue("endorse")).isTrue();
    assertThat(TAGGER.learnedAsCue("support")).isTrue();
  }

  @Test
  void actsAndWordsNeverSeenAsCues_areNotLearnedAsCues() {
    assertThat(TAGGER.learnedAsCue("inaugurate")).isFalse();
    assertThat(TAGGER.learnedAsCue("stage")).isFalse();
    assertThat(TAGGER.learnedAsCue("the")).isFalse();
  }
}
