package org.saywho.internal.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {

  private static Words words;

  @BeforeAll
  static void load() {
    words = Words.load();
  }

  @ParameterizedTest(name = "{0}: a thing {1}")
  @CsvSource({"worries,true", "tactics,true", "speech,true", "officials,false", "critics,false", "neurosurgeon,false"})
  void isInanimate_holdsThingsButNotBeings(String noun, boolean thing) {
    assertThat(words.isInanimate(noun)).isEqualTo(thing);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"michele,UNKNOWN", "andrea,UNKNOWN", "nicola,UNKNOWN", "jean,UNKNOWN", "yang,UNKNOWN", "ren,UNKNOWN",
      "gurpreet,UNKNOWN", "corey,UNKNOWN", "alexis,UNKNOWN", "laurence,UNKNOWN", "michael,MALE", "michelle,FEMALE"})
  void genderOfFirstName_isUnknownForNamesGivenToBothOrFamilyNamesWrittenFirstOrThatTheListGetsWrong(String name, Gender gender) {
    assertThat(words.genderOfFirstName(name)).isEqualTo(gender);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"ngozi,FEMALE", "wanjiru,FEMALE", "thandiwe,FEMALE", "otieno,MALE", "chukwuemeka,MALE", "oluwaseun,UNKNOWN",
      "lerato,UNKNOWN"})
  void genderOfFirstName_knowsNamesCommonInAfricanNewsThatTheOtherListsLack_butNotThoseGivenToBoth(String name, Gender gender) {
    assertThat(words.genderOfFirstName(name)).isEqualTo(gender);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"françois,MALE", "hélène,FEMALE", "zoë,FEMALE", "joão,MALE", "josé,MALE", "andré,MALE", "renée,FEMALE",
      "stéphane,UNKNOWN", "rene,UNKNOWN", "noé,MALE", "désiré,UNKNOWN"})
  void genderOfFirstName_readsAnAccentedNameWithoutItsAccents_butAFinalEIsNeverAWomans(String name, Gender gender) {
    assertThat(words.genderOfFirstName(name)).isEqualTo(gender);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"françois,true", "mélanie,true", "zoë,true", "quëbec,false"})
  void isFirstName_holdsAccentedSpellingsOfListedNames(String name, boolean first) {
    assertThat(words.isFirstName(name)).isEqualTo(first);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"jean-françois,MALE", "jean-marie,MALE", "marie-ève,FEMALE", "marie-claude,FEMALE", "pierre-yves,MALE",
      "anne-marie,FEMALE", "jean,UNKNOWN", "al-assad,UNKNOWN", "smith-jones,UNKNOWN"})
  void genderOfFirstName_givesAHyphenatedNameOfTwoFirstNamesItsHeadsGender_andNoneToOtherHyphenatedWords(String name,
      Gender gender) {
    assertThat(words.genderOfFirstName(name)).isEqualTo(gender);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"jean-françois,true", "marie-ève,true", "al-jazeera,false", "pro-trump,false"})
  void isFirstName_holdsHyphenatedNamesOfTwoFirstNames_butNotOtherHyphenatedWords(String name, boolean first) {
    assertThat(words.isFirstName(name)).isEqualTo(first);
  }
}
