package org.saywho.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.saywho.internal.doc.Sentence;
import org.saywho.internal.pipeline.TestPipeline;
import org.saywho.internal.doc.Article;

class SentenceSplitterTest {

  @Test
  void split_splitsSentences_butNotAfterATitle() {
    String text = "Sen. Elizabeth Warren spoke first. Then the vote began.\nA new paragraph.";
    Article doc = TestPipeline.read(text);
    assertThat(doc.sentences()).extracting(s -> s.span().in(text))
        .containsExactly("Sen. Elizabeth Warren spoke first.", "Then the vote began.", "A new paragraph.");
    assertThat(doc.sentences()).extracting(Sentence::paragraph).containsExactly(0, 0, 1);
  }

  @Test
  void split_doesNotCutAfterAnAbbreviationClosingAParenthesis_beforeALowerCaseWord() {
    String text = "Rep. Stephen Lynch (D-Mass.) said the law does not require it. (It was a vote.) The end.";
    Article doc = TestPipeline.read(text);
    assertThat(doc.sentences()).extracting(s -> s.span().in(text))
        .startsWith("Rep. Stephen Lynch (D-Mass.) said the law does not require it.");
  }

  @Test
  void split_doesNotCutBetweenTwoLegalForms_butCutsAfterOneBeforeAnyOtherWord() {
    String text = "Canadian Tire Corp. Ltd. is cutting jobs. He works at Apple Inc. He said so.";
    Article doc = TestPipeline.read(text);
    assertThat(doc.sentences()).extracting(s -> s.span().in(text)).containsExactly(
        "Canadian Tire Corp. Ltd. is cutting jobs.", "He works at Apple Inc.", "He said so.");
  }

  @Test
  void split_neverEndsASentenceWithAComma_butStillCutsAfterTheFullStop() {
    String text = "Senate Minority Leader Mitch McConnell, R-Ky., said Republicans would oppose the measure. He left.";
    Article doc = TestPipeline.read(text);
    assertThat(doc.sentences()).extracting(s -> s.span().in(text)).containsExactly(
        "Senate Minority Leader Mitch McConnell, R-Ky., said Republicans would oppose the measure.", "He left.");
  }

  @Test
  void split_doesNotCutAfterInitialsInAName_butStillCutsAfterTheName() {
    String text = "“It is a sad day,” said Rep. G.K. Butterfield of North Carolina. He left early.";
    Article doc = TestPipeline.read(text);
    assertThat(doc.sentences()).extracting(s -> s.span().in(text)).containsExactly(
        "“It is a sad day,” said Rep. G.K. Butterfield of North Carolina.", "He left early.");
  }

  @Test
  void split_doesNotCutAfterAPersonsInitialsBeforeTheSurname_butCutsAfterAPlacesBeforeAPronoun() {
    String text = "The BJP's president, J.P. Nadda, struck a more cautious note. He thanked voters.";
    assertThat(TestPipeline.read(text).sentences()).extracting(s -> s.span().in(text)).containsExactly(
        "The BJP's president, J.P. Nadda, struck a more cautious note.", "He thanked voters.");
    String pronoun = "The company moved its headquarters to the U.K. He said the move was expected.";
    assertThat(TestPipeline.read(pronoun).sentences()).extracting(s -> s.span().in(pronoun)).containsExactly(
        "The company moved its headquarters to the U.K.", "He said the move was expected.");
  }

  @Test
  void split_doesNotCutAfterADottedAcronymBeforeALowerCaseWord_butCutsBeforeACapitalisedOne() {
    String text = "According to F.B.I. records, the man bought two guns. He left.";
    assertThat(TestPipeline.read(text).sentences()).extracting(s -> s.span().in(text)).containsExactly(
        "According to F.B.I. records, the man bought two guns.", "He left.");
    String capital = "He had worked for the F.B.I. Officials said he left in May.";
    assertThat(TestPipeline.read(capital).sentences()).extracting(s -> s.span().in(capital)).containsExactly(
        "He had worked for the F.B.I.", "Officials said he left in May.");
  }

  @Test
  void split_sentenceLongerThanTheBound_isCutIntoPieces() {
    String text = "word ".repeat(600).trim();
    Article doc = TestPipeline.read(text);
    assertThat(doc.sentences()).hasSize(3).allSatisfy(s -> assertThat(s.size()).isLessThanOrEqualTo(250));
    assertThat(doc.tokens().sentence(599)).isEqualTo(2);
  }
}
