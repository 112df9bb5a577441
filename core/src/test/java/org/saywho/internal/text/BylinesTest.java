package org.saywho.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saywho.internal.lexicon.Words;

class BylinesTest {

  private static Words words;

  @BeforeAll
  static void load() {
    words = Words.load();
  }

  private static Optional<Bylines.Found> find(String text) {
    return Bylines.find(text, Paragraphs.of(text), words);
  }

  @Test
  void find_byNameCommaOutlet() {
    assertThat(find("By Jane Doe, Reuters\nText.")).hasValueSatisfying(f -> {
      assertThat(f.byline().author()).hasValue("Jane Doe");
      assertThat(f.byline().outlet()).hasValue("Reuters");
      assertThat(f.paragraph()).isZero();
    });
  }

  @Test
  void find_nameDashOutlet_needsAFirstNameOrAnOutletWord() {
    assertThat(find("Ahmed Kamel – Egypt Daily News\nText.")).isPresent();
    assertThat(find("Trump Wins – Clinton Concedes\nText.")).isEmpty();
  }

  @Test
  void find_onlyAmongTheFirstLines() {
    assertThat(find("One.\nTwo.\nThree.\nBy Jane Doe\nText.")).isEmpty();
  }
}
