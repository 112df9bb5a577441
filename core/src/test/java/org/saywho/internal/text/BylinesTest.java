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

  @Test
  void find_nameDotOutlet_withWhenItWasPostedAndUpdated() {
    assertThat(find("Province to spend $1B on hospitals\nHealth minister says work starts next year\n"
        + "Jane Smith · CBC News · Posted: May 10, 2024 4:00 AM EDT | Last Updated: May 10, 2024\nText."))
        .hasValueSatisfying(f -> {
          assertThat(f.byline().author()).hasValue("Jane Smith");
          assertThat(f.byline().outlet()).hasValue("CBC News");
          assertThat(f.paragraph()).isEqualTo(2);
        });
    assertThat(find("Posted: May 10, 2024 · Updated: May 11\nText.")).isEmpty();
  }

  @Test
  void find_byNameCommaJob_hasNoOutlet_butAnOutletStays() {
    assertThat(find("By Jane Smith, Political Correspondent\nText.")).hasValueSatisfying(f -> {
      assertThat(f.byline().author()).hasValue("Jane Smith");
      assertThat(f.byline().outlet()).isEmpty();
    });
    assertThat(find("By Jane Smith, Toronto Star\nText.")).hasValueSatisfying(
        f -> assertThat(f.byline().outlet()).hasValue("Toronto Star"));
  }
}
