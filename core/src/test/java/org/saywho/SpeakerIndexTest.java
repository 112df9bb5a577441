package org.saywho;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpeakerIndexTest {

  private static Speaker person(String name, Speaker.Gender gender) {
    return new Speaker(name, Speaker.Type.PERSON, List.of(), List.of(Span.of(0, 1)), gender,
        gender == Speaker.Gender.UNKNOWN ? Speaker.GenderEvidence.NONE : Speaker.GenderEvidence.FIRST_NAME);
  }

  /** An article in which each speaker is quoted once, directly. */
  private static Extraction article(Speaker... speakers) {
    List<Quote> quotes = new java.util.ArrayList<>();
    for (Speaker s : speakers) {
      quotes.add(new Quote("x", Span.of(0, 1), Quote.Type.DIRECT, Optional.of(s), Optional.empty(), Optional.empty(), 1.0));
    }
    return new Extraction("x", Quotes.of(quotes), List.of(speakers), Optional.empty(), Claims.of(List.of(), Optional.empty()),
        Optional.empty());
  }

  @Test
  void fullNames_mergeAcrossArticles_titlesLeftOut() {
    SpeakerIndex index = SpeakerIndex.builder()
        .add(article(person("Barack Obama", Speaker.Gender.MALE)))
        .add(article(person("President Barack H. Obama", Speaker.Gender.MALE)))
        .build();
    assertThat(index.identities()).hasSize(1);
    SpeakerIndex.Identity obama = index.identities().get(0);
    assertThat(obama.quoteCount()).isEqualTo(2);
    assertThat(obama.sourceArticles()).isEqualTo(2);
    assertThat(obama.gender()).isEqualTo(Speaker.Gender.MALE);
    assertThat(index.identityOf("president barack h. obama")).contains(obama);
  }

  @Test
  void namesWrittenWithAndWithoutAccentsOrANoBreakSpace_areOnePerson_butOtherNamesStayApart() {
    SpeakerIndex index = SpeakerIndex.builder()
        .add(article(person("François Legault", Speaker.Gender.MALE)))
        .add(article(person("Francois Legault", Speaker.Gender.MALE), person("Françoise Legault", Speaker.Gender.FEMALE)))
        .add(article(person("Francois\u00a0Legault", Speaker.Gender.MALE)))
        .build();
    assertThat(index.identities()).hasSize(2);
    assertThat(index.identityOf("Francois Legault").orElseThrow().quoteCount()).isEqualTo(3);
  }

  @Test
  void surnameAlone_joinsTheOnlyFullNameOfItsGender() {
    SpeakerIndex index = SpeakerIndex.builder()
        .add(article(person("Barack Obama", Speaker.Gender.MALE), person("Michelle Obama", Speaker.Gender.FEMALE)))
        .add(article(person("Obama", Speaker.Gender.MALE)))
        .build();
    assertThat(index.identityOf("Obama").map(SpeakerIndex.Identity::name)).contains("Barack Obama");
    assertThat(index.identityOf("Barack Obama").orElseThrow().quoteCount()).isEqualTo(2);
  }

  @Test
  void surnameAlone_staysApartWhenTheCorpusIsAmbiguous() {
    SpeakerIndex index = SpeakerIndex.builder()
        .add(article(person("Bill Clinton", Speaker.Gender.UNKNOWN), person("Hillary Clinton", Speaker.Gender.UNKNOWN)))
        .add(article(person("Clinton", Speaker.Gender.UNKNOWN)))
        .build();
    assertThat(index.identities()).hasSize(3);
    assertThat(index.identityOf("Clinton").map(SpeakerIndex.Identity::name)).contains("Clinton");
  }

  @Test
  void genderTheArticlesDisagreeOn_isUnknown() {
    SpeakerIndex index = SpeakerIndex.builder()
        .add(article(person("Sam Reed", Speaker.Gender.MALE)))
        .add(article(person("Sam Reed", Speaker.Gender.FEMALE)))
        .build();
    assertThat(index.identities().get(0).gender()).isEqualTo(Speaker.Gender.UNKNOWN);
  }

  @Test
  void nullExtraction_isRejected() {
    assertThatThrownBy(() -> SpeakerIndex.builder().add(null)).isInstanceOf(NullPointerException.class);
  }
}
