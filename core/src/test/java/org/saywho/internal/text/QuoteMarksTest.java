package org.saywho.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.saywho.internal.doc.QuoteSpan;

class QuoteMarksTest {

  private static List<String> quotes(String text) {
    return quotes(text, false);
  }

  private static List<String> quotes(String text, boolean ascii) {
    return QuoteMarks.find(text, Paragraphs.of(text), ascii).stream().map(q -> q.inner().in(text)).toList();
  }

  @Test
  void find_curlyStraightGuillemetAndLowQuotes() {
    assertThat(quotes("“one” and \"two\" and «three» and „four“")).containsExactly("one", "two", "three", "four");
  }

  @Test
  void find_singleQuotes_butNotApostrophes() {
    assertThat(quotes("Rubio: ‘You don’t win by states.’ It’s the ’90s.")).containsExactly("You don’t win by states.");
  }

  @Test
  void find_curlySingleQuoteHoldingADoubleOne_whenItClosesInTheSameSentence_butNotAtAPluralsApostrophe() {
    assertThat(quotes("‘But the company said the deal was “final and non-negotiable”.’ he added."))
        .containsExactly("But the company said the deal was “final and non-negotiable”.");
    assertThat(quotes("‘We had 11 epidemics this century. “We need studies.” Graham Keen agreed.’"))
        .containsExactly("We need studies.");
    assertThat(quotes("‘We need “more” from the Manufacturers’ Association today.")).containsExactly("more");
  }

  @Test
  void find_straightSingleQuotesInTheBody_butNotApostrophesOrTheHeadlinesMarks() {
    String text = "Obama Sees 'Personal Insult'\nHe said: 'The message from voters is clear.' It's the '90s, "
        + "and the students' union agreed.\nShe called it 'a historic night'.";
    assertThat(quotes(text)).containsExactly("The message from voters is clear.", "a historic night");
    assertThat(QuoteMarks.find(text, Paragraphs.of(text), false, false)).isEmpty();
  }

  @Test
  void find_straightSingleQuoteOpeningTheHeadlineBeforeAColon_butNotAHeadlinesPhraseInMarks() {
    assertThat(quotes("'We are not giving up': Nurses vow to keep striking\nThe strike began on Monday."))
        .containsExactly("We are not giving up");
    assertThat(quotes("Nurses say 'We are not giving up': strike goes on\nThe strike began on Monday.")).isEmpty();
  }

  @Test
  void find_straightSingleQuoteOpeningTheHeadlineBeforeAComma_butNotOneThatDoesNotOpenIt() {
    assertThat(quotes("'We are not going to cut the NHS', says health secretary\nHe spoke on Monday."))
        .containsExactly("We are not going to cut the NHS");
    assertThat(quotes("Health secretary on 'cuts', nurses and pay\nHe spoke on Monday.")).isEmpty();
  }

  @Test
  void find_nestedQuote_belongsToTheOuterOne() {
    assertThat(quotes("“He called me ‘Little Marco,’ again,” Rubio said.")).containsExactly("He called me ‘Little Marco,’ again,");
  }

  @Test
  void find_closingMarkTypedAsAnOpener_opensAQuoteItsParagraphCloses() {
    assertThat(quotes("”Fear. I am truly afraid.” ― Edwin G. Monroy\n“He has spread hate.” ― Ana Ruiz"))
        .containsExactly("Fear. I am truly afraid.", "He has spread hate.");
  }

  @Test
  void find_closingMarkTypedAsAnOpener_withNoCloseInItsParagraph_isNotAQuote() {
    assertThat(quotes("He said ”nothing more.\nNext paragraph “with” one.")).containsExactly("with");
  }

  @Test
  void find_asTheTaggerWasTrained_leavesAClosingMarkTypedAsAnOpenerAlone() {
    String text = "”Fear. I am truly afraid.” ― Edwin G. Monroy\n“He has spread hate.” ― Ana Ruiz";
    assertThat(QuoteMarks.find(text, Paragraphs.of(text), false, false).stream().map(q -> q.inner().in(text)))
        .containsExactly("He has spread hate.");
  }

  @Test
  void find_unclosedQuote_isNotAQuote() {
    assertThat(quotes("He said “this never closes.\nNext paragraph without quotes.")).isEmpty();
  }

  @Test
  void find_quoteLeftOpenAndReopened_runsOnIntoTheNextParagraph() {
    String text = "She said: “First part.\n“Second part.”";
    List<QuoteSpan> found = QuoteMarks.find(text, Paragraphs.of(text), false);
    assertThat(found).extracting(q -> q.inner().in(text)).containsExactly("First part.", "Second part.");
    assertThat(found.get(0).runsOn()).isTrue();
    assertThat(found.get(1).runsOnFromPrevious()).isTrue();
  }

  @Test
  void find_doubledApostrophes_delimit_butAreQuoteMarksOnlyWhenAsked() {
    String text = "''We won,'' he said.";
    assertThat(QuoteMarks.find(text, Paragraphs.of(text), false)).singleElement().satisfies(q -> {
      assertThat(q.inner().in(text)).isEqualTo("We won,");
      assertThat(q.marked()).isFalse();
    });
    assertThat(QuoteMarks.find(text, Paragraphs.of(text), true)).singleElement().satisfies(q -> assertThat(q.marked()).isTrue());
  }

  @Test
  void find_manyMarks_isLinear() {
    String text = "“".repeat(100_000) + "x" + "”".repeat(100_000);
    assertThat(quotes(text)).hasSize(1);
  }
}
