package org.saywho.internal.doc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.saywho.internal.pipeline.TestPipeline;

class TokensTest {

  @Test
  void dottedInitials_areCapitalsEachWithItsStop_upToTheGivenNumber() {
    assertThat(Tokens.dottedInitials("J.", 2)).isTrue();
    assertThat(Tokens.dottedInitials("D.Y.", 2)).isTrue();
    assertThat(Tokens.dottedInitials("A.E.B.", 3)).isTrue();
    assertThat(Tokens.dottedInitials("A.E.B.", 2)).isFalse();
    assertThat(Tokens.dottedInitials("Gen.", 3)).isFalse();
    assertThat(Tokens.dottedInitials("DY", 3)).isFalse();
    assertThat(Tokens.dottedInitials("D.y.", 3)).isFalse();
    assertThat(Tokens.dottedInitials("", 3)).isFalse();
  }

  @Test
  void lineBreakAfter_isTrueOnlyWhereALineEndsBetweenATokenAndTheNext() {
    String text = "India\n\nNEW DELHI";
    Tokens.Builder b = new Tokens.Builder(text);
    b.add(0, 5, "India");
    b.add(7, 10, "NEW");
    b.add(11, 16, "DELHI");
    Tokens t = b.build();
    assertThat(t.lineBreakAfter(0)).isTrue();
    assertThat(t.lineBreakAfter(1)).isFalse();
    assertThat(t.lineBreakAfter(2)).isFalse();
  }

  @Test
  void opensSentence_isTrueOnlyForEachSentencesFirstToken() {
    String text = "He won. She lost.";
    Tokens.Builder b = new Tokens.Builder(text);
    b.add(0, 2, "He");
    b.add(3, 6, "won");
    b.add(6, 7, ".");
    b.add(8, 11, "She");
    b.add(12, 16, "lost");
    b.add(16, 17, ".");
    Tokens t = b.build().withSentences(java.util.List.of(
        new Sentence(org.saywho.Span.of(0, 7), 0, 3, 0), new Sentence(org.saywho.Span.of(8, 17), 3, 6, 0)));
    assertThat(t.opensSentence(0)).isTrue();
    assertThat(t.opensSentence(1)).isFalse();
    assertThat(t.opensSentence(3)).isTrue();
    assertThat(t.opensSentence(4)).isFalse();
  }

  @Test
  void joinedByHyphen_isTrueOnlyForAHyphenWithNoSpaceEitherSide() {
    String text = "Agri-Food - and";
    Tokens.Builder b = new Tokens.Builder(text);
    b.add(0, 4, "Agri");
    b.add(4, 5, "-");
    b.add(5, 9, "Food");
    b.add(10, 11, "-");
    b.add(12, 15, "and");
    Tokens t = b.build();
    assertThat(t.joinedByHyphen(1)).isTrue();
    assertThat(t.joinedByHyphen(3)).isFalse();
    assertThat(t.joinedByHyphen(0)).isFalse();
  }

  @Test
  void hyphenedFrom_isTheFirstTokenOfTheCompound_butATokenAfterASpacedHyphenIsItsOwn() {
    String text = "a 34-year-old - and";
    Tokens.Builder b = new Tokens.Builder(text);
    b.add(0, 1, "a");
    b.add(2, 4, "34");
    b.add(4, 5, "-");
    b.add(5, 9, "year");
    b.add(9, 10, "-");
    b.add(10, 13, "old");
    b.add(14, 15, "-");
    b.add(16, 19, "and");
    Tokens t = b.build();
    assertThat(t.hyphenedFrom(5)).isEqualTo(1);
    assertThat(t.hyphenedFrom(3)).isEqualTo(1);
    assertThat(t.hyphenedFrom(7)).isEqualTo(7);
  }

  @Test
  void bareInitial_isACapitalLetterSetOffBeforeACapitalisedWord_butNotOneHyphenedToIt() {
    String text = "R Ashoka R-Utah";
    Tokens.Builder b = new Tokens.Builder(text);
    b.add(0, 1, "R");
    b.add(2, 8, "Ashoka");
    b.add(9, 10, "R");
    b.add(10, 11, "-");
    b.add(11, 15, "Utah");
    Tokens t = b.build();
    assertThat(t.bareInitial(0)).isTrue();
    assertThat(t.bareInitial(2)).isFalse();
  }

  @Test
  void holdsQuoted_isTrueOnlyForARangeWithATokenInsideQuoteMarks() {
    Tokens t = TestPipeline.read("He said \"no\" twice.").tokens();
    assertThat(t.holdsQuoted(0, 3)).isTrue();
    assertThat(t.holdsQuoted(0, 1)).isFalse();
  }

  @Test
  void allCapitalized_isTrueOnlyWhenNoTokenOfTheRangeIsLowerCase() {
    Tokens t = TestPipeline.read("Leader of the Opposition R Ashoka spoke.").tokens();
    assertThat(t.allCapitalized(4, 5)).isTrue();
    assertThat(t.allCapitalized(0, 5)).isFalse();
  }

  @Test
  void inCapitals_isTrueForTwoOrMoreCapitalsOnly() {
    String text = "MSP Who A";
    Tokens.Builder b = new Tokens.Builder(text);
    b.add(0, 3, "MSP");
    b.add(4, 7, "Who");
    b.add(8, 9, "A");
    Tokens t = b.build();
    assertThat(t.inCapitals(0)).isTrue();
    assertThat(t.inCapitals(1)).isFalse();
    assertThat(t.inCapitals(2)).isFalse();
  }

  @Test
  void handle_isAnAtSignAndWordCharacters_notAnAtSignAloneNorAnEmailAddress() {
    String text = "@zlj517 @ tips@example.com @a.b";
    Tokens.Builder b = new Tokens.Builder(text);
    b.add(0, 7, "@zlj517");
    b.add(8, 9, "@");
    b.add(10, 26, "tips@example.com");
    b.add(27, 31, "@a.b");
    Tokens t = b.build();
    assertThat(t.handle(0)).isTrue();
    assertThat(t.handle(1)).isFalse();
    assertThat(t.handle(2)).isFalse();
    assertThat(t.handle(3)).isFalse();
  }

  @Test
  void possessiveAfter_isTrueBeforeAPossessive_notBeforeAnotherWordOrAtTheEnd() {
    Tokens t = TestPipeline.read("Trump's opponents met Clinton").tokens();
    assertThat(t.possessiveAfter(0)).isTrue();
    assertThat(t.possessiveAfter(2)).isFalse();
    assertThat(t.possessiveAfter(t.size() - 1)).isFalse();
  }

  @Test
  void afterPreposition_isTrueAfterAPrepositionOrTo_notAtTheStart() {
    Tokens t = TestPipeline.read("Voters in Iowa spoke to Clinton").tokens();
    assertThat(t.afterPreposition(2)).isTrue();
    assertThat(t.afterPreposition(5)).isTrue();
    assertThat(t.afterPreposition(0)).isFalse();
    assertThat(t.afterPreposition(3)).isFalse();
  }
}
