package org.saywho.internal.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.saywho.Span;
import org.saywho.internal.doc.Article;
import org.saywho.internal.pipeline.TestPipeline;

class TopicsTest {

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource({"vaccine, vaccines", "vaccine, vaccinated", "vaccine, vaccination", "virus, viruses", "mask, masks", "cure, cured",
      "coronavirus, coronaviruses"})
  void stem_joinsInflectionsOfATopicWord(String topic, String word) {
    assertThat(Topics.stem(word)).isEqualTo(Topics.stem(topic));
  }

  @ParameterizedTest(name = "{0} !~ {1}")
  @CsvSource({"cure, current", "mask, massive", "virus, virtue"})
  void stem_keepsOtherWordsApart(String topic, String word) {
    assertThat(Topics.stem(word)).isNotEqualTo(Topics.stem(topic));
  }

  private static double[] relevance(List<String> terms, String text, String claim) {
    Article doc = TestPipeline.read(text);
    int start = text.indexOf(claim);
    return Topics.of(terms).relevance(doc, Span.of(start, start + claim.length()));
  }

  @Test
  void relevance_isHighestForTheClaimsOwnWords_thenItsSentence_thenItsParagraph() {
    String text = "Officials at COVID-19 clinics said the shots are safe. Nobody fell ill.\n\nThe weather was fine.";
    assertThat(relevance(List.of("covid"), text, "the shots are safe")).containsExactly(Topics.SENTENCE);
    assertThat(relevance(List.of("covid"), text, "Officials at COVID-19 clinics said the shots are safe.")).containsExactly(Topics.OWN);
    assertThat(relevance(List.of("covid"), text, "Nobody fell ill.")).containsExactly(Topics.PARAGRAPH);
    assertThat(relevance(List.of("covid"), text, "The weather was fine.")).containsExactly(0.0);
  }

  @Test
  void relevance_matchesMultiWordTopicsInSequence_oneValuePerTerm() {
    String text = "Social distancing slowed the spread. Distancing from friends is social.";
    assertThat(relevance(List.of("social distancing", "weather"), text, "Social distancing slowed the spread."))
        .containsExactly(Topics.OWN, 0.0);
    assertThat(relevance(List.of("social distancing"), "Distancing from friends is social.", "Distancing from friends is social."))
        .containsExactly(0.0);
  }

  @Test
  void noTopics_areEmpty_andGiveNoRelevance() {
    assertThat(Topics.NONE.isEmpty()).isTrue();
    assertThat(relevance(List.of(), "Masks work.", "Masks work.")).isEmpty();
  }
}
