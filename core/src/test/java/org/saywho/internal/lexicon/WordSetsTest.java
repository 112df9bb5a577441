package org.saywho.internal.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordSetsTest {

  @Test
  void namedSetHoldsTheFilesWordsInOrder() {
    assertThat(WordSets.named("grammar.days")).containsExactly("monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday");
  }

  @Test
  void namedSetIsImmutable() {
    assertThatThrownBy(() -> WordSets.named("grammar.days").add("someday"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void unknownNameIsRejectedWithItsName() {
    assertThatThrownBy(() -> WordSets.named("grammar.nothing"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("grammar.nothing");
  }

  @Test
  void parseReadsTabSeparatedWords() {
    assertThat(WordSets.parse(List.of("a.b\tx\ty"))).containsKey("a.b");
    assertThat(WordSets.parse(List.of("a.b\tx\ty")).get("a.b")).containsExactly("x", "y");
  }

  @Test
  void parseRejectsASetWithoutWords() {
    assertThatThrownBy(() -> WordSets.parse(List.of("a.b"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a.b");
  }

  @Test
  void parseRejectsANameGivenTwice() {
    assertThatThrownBy(() -> WordSets.parse(List.of("a.b\tx", "a.b\ty"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twice");
  }
}
