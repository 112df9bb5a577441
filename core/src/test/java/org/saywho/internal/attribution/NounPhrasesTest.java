package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.pipeline.TestPipeline;

class NounPhrasesTest {

  /** A way of finding the head token of the phrase {@code [first, last]}. */
  private interface HeadFinder {
    int head(Tokens t, int first, int last);
  }

  /** The head word {@code finder} gives the phrase, read as the subject of "… said it.". */
  private static String headOf(String phrase, HeadFinder finder) {
    Tokens t = TestPipeline.read(phrase + " said it.").tokens();
    int last = 0;
    while (!t.word(last + 1).equals("said")) {
      last++;
    }
    return t.word(finder.head(t, 0, last));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      a spokesperson for Rubio                             | spokesperson
      Secretary of State Marco Rubio                       | Rubio
      The nonpartisan Commission on Presidential Debates   | Debates
      """)
  void head_isTheNounBeforeAnAttachedPhrase_butAProperNameHoldsItsPreposition(String phrase, String head) {
    assertThat(headOf(phrase, NounPhrases::head)).isEqualTo(head);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Workers in Alberta                                   | Workers
      supporters in Congress                               | supporters
      Democrats in Iowa                                    | Democrats
      The nonpartisan Commission on Presidential Debates   | Debates
      a spokesperson for Rubio                             | spokesperson
      The union representing nurses at the hospital        | union
      Residents living near the plant                      | Residents
      a man named John Smith                               | Smith
      a court document filed by state attorney Dave Aronberg | Aronberg
      media buying sources                                 | sources
      a copy seen by Reuters                               | copy
      """)
  void descriptionHead_isAlsoACommonNounBeforeInOrOnOrAParticiple_butANameKeepsItsPreposition(String phrase, String head) {
    assertThat(headOf(phrase, NounPhrases::descriptionHead)).isEqualTo(head);
  }

  /** The words of the phrase {@code startLeftOf} finds ending before "said" in "… said it.". */
  private static String phraseBeforeSaid(String text) {
    Tokens t = TestPipeline.read(text + " said it.").tokens();
    int said = 0;
    while (!t.word(said).equals("said")) {
      said++;
    }
    int start = NounPhrases.startLeftOf(t, said - 1, 0);
    return start < 0 ? "" : t.span(start, said - 1).in(text);
  }

  @Test
  void capitalisedOneAfterAProperNoun_endsTheName_butAfterACommaItIsAPronoun() {
    assertThat(phraseBeforeSaid("The storm hit on Sunday, Hydro One")).endsWith("Hydro One");
    assertThat(phraseBeforeSaid("Two officials spoke. One")).isEqualTo("One");
  }

  /** The words of the phrase {@code endRightOf} finds after "said" in "It was over, said …". */
  private static String phraseAfterSaid(String text) {
    String sentence = "“It was over,” said " + text;
    Tokens t = TestPipeline.read(sentence).tokens();
    int said = 0;
    while (!t.word(said).equals("said")) {
      said++;
    }
    int end = NounPhrases.endRightOf(t, said + 1, t.size() - 1);
    return end < 0 ? "" : t.span(said + 1, end).in(sentence);
  }

  @Test
  void inChargeOrInChief_endsATitleBeforeAName_butNotBeforeAOneWordName() {
    assertThat(phraseAfterSaid("special agent in charge John Rivers.")).isEqualTo("special agent in charge John Rivers");
    assertThat(phraseAfterSaid("the commander in chief Wednesday.")).isEqualTo("the commander");
  }
}
