package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.Words;
import org.saywho.internal.pipeline.TestPipeline;

class TaggedAttributionsTest {

  /** Trims the content that runs from the sentence's first token to its full stop. */
  private static String trimmed(String sentence) {
    Article doc = TestPipeline.read(sentence);
    Tokens t = doc.tokens();
    Range r = TaggedAttributions.withoutTrailingClause(t, new Range(0, t.size() - 2));
    return t.span(r.first(), r.last()).in(sentence);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      The reforms were not complete, and human rights groups warned of a setback.  | The reforms were not complete
      The reforms were not complete, and were unlikely to be finished soon.         | The reforms were not complete, and were unlikely to be finished soon
      Clinton plans to visit Charlotte on Sunday, according to a campaign aide.      | Clinton plans to visit Charlotte on Sunday
      Clinton plans to visit Charlotte on Sunday, a campaign aide noted with care.   | Clinton plans to visit Charlotte on Sunday, a campaign aide noted with care
      """)
  void reportedContent_endsBeforeANewClauseOrItsSource(String sentence, String content) {
    assertThat(trimmed(sentence)).isEqualTo(content);
  }

  /** The content from the first word {@code first} to the last word {@code last}, with its closing parenthesis when it holds the "(". */
  private static String withParenthesis(String sentence, String first, String last) {
    Article doc = TestPipeline.read(sentence);
    Tokens t = doc.tokens();
    int start = 0;
    while (!t.word(start).equals(first)) {
      start++;
    }
    int end = t.size() - 1;
    while (!t.word(end).equals(last)) {
      end--;
    }
    Range r = TaggedAttributions.withItsClosingParenthesis(t, new Range(start, end));
    return t.span(r.first(), r.last()).in(sentence);
  }

  @Test
  void contentHoldingAnOpenParenthesis_takesTheClosingOne_butNotOneOpenedBeforeIt() {
    assertThat(withParenthesis("The bill will raise 346 billion shillings ($2.7 billion), according to the Treasury.", "The", "billion"))
        .isEqualTo("The bill will raise 346 billion shillings ($2.7 billion)");
    assertThat(withParenthesis("(The Treasury said the bill would raise taxes) and prices rose.", "the", "taxes"))
        .isEqualTo("the bill would raise taxes");
  }

  /** The noun phrase of a source run over the sentence's tokens before its full stop, or "none". */
  private static String source(String words) {
    Article doc = TestPipeline.read(words + ".");
    Tokens t = doc.tokens();
    return TaggedAttributions.nounPhrase(t, new Range(0, t.size() - 2)).map(r -> t.span(r.first(), r.last()).in(words + "."))
        .orElse("none");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      European Council President Donald Tusk,                             | European Council President Donald Tusk
      Marcia Price (D-Newport News),                                      | Marcia Price (D-Newport News)
      Don Fowler, who helmed the DNC from 1995 to 1997,                   | Don Fowler, who helmed the DNC from 1995 to 1997
      Turnout fell to 25 percent in the county last year,                 | none
      whose efforts                                                       | none
      """)
  void aSourceRun_isANounPhraseWithoutEndPunctuation_neverAClause(String run, String source) {
    assertThat(source(run)).isEqualTo(source);
  }

  /** The speaker a source run names, as "mention | role", over the run's tokens before its full stop. */
  private static String mention(String run) {
    String text = run + ".";
    Article doc = TestPipeline.read(text);
    Tokens t = doc.tokens();
    Range r = TaggedAttributions.nounPhrase(t, new Range(0, t.size() - 2)).orElseThrow();
    var m = TaggedAttributions.sourceMention(t, r);
    return t.span(m.first(), m.last()).in(text) + " | "
        + m.role().map(role -> t.span(role.first(), role.last()).in(text)).orElse("none");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Casey Behravesh, director of the One Health Office in the National Center, | Casey Behravesh | director of the One Health Office in the National Center
      Josh Earnest, the White House press secretary,                              | Josh Earnest | the White House press secretary
      Dan Gross, CEO of the Brady Campaign,                                       | Dan Gross | CEO of the Brady Campaign
      Don Fowler, who helmed the DNC from 1995 to 1997,                           | Don Fowler, who helmed the DNC from 1995 to 1997 | none
      Smith, Jones and Brown,                                                     | Smith, Jones and Brown | none
      the senator's aide, a lawyer from Ohio,                                     | the senator's aide, a lawyer from Ohio | none
      Tim Selaty, organizer of a group that opposes the plan,                     | Tim Selaty, organizer of a group that opposes the plan | none
      One of the residents, a retired teacher who                                 | One of the residents, a retired teacher | none
      Dick Howard at the University of Virginia, both of whom                     | Dick Howard at the University of Virginia | none
      many of whom                                                                | many of whom | none
      Lindner, whose pro-business Free Democrats                                  | pro-business Free Democrats | none
      Mr. Franklin, whose organization                                            | Mr. Franklin, whose organization | none
      """)
  void aSourceRun_namesThePersonBeforeTheirApposedRole(String run, String mention, String role) {
    assertThat(mention(run)).isEqualTo(mention + " | " + role);
  }

  @Test
  void taggedContentRunningIntoTheSpeakersRole_endsBeforeIt_butAContentAfterTheSpeakerStaysWhole() {
    assertThat(AttributorTest.attributions("Teachers in England will receive a 5.5% pay rise from September, the education "
        + "secretary, Bridget Phillipson, has confirmed."))
        .anyMatch(a -> a.endsWith("| Teachers in England will receive a 5.5% pay rise from September"));
    assertThat(AttributorTest.attributions("Bridget Phillipson has confirmed that teachers will receive a rise, the largest in years."))
        .anyMatch(a -> a.endsWith("| teachers will receive a rise, the largest in years"));
  }

  @Test
  void openingAskedWithoutBy_takesNoSourceFromTheSentenceBefore_butAskedWithASubjectIsTheirs() {
    assertThat(AttributorTest.attributions("The Grattan Institute's Brendan Coates said the concession cost billions."
        + " Asked whether the policy should change, Treasurer Jim Chalmers declined to comment."))
        .noneMatch(a -> a.contains("Brendan Coates | ask"));
    assertThat(AttributorTest.attributions("The Grattan Institute's Brendan Coates said the concession cost billions."
        + " Reporters asked whether the policy should change."))
        .contains("INDIRECT Reporters | ask | whether the policy should change");
  }

  @Test
  void verbTheTaggerReadAsAParticipleAfterItsSubjectsName_stillReports_butANamingParticipleDoesNot() {
    assertThat(AttributorTest.attributions(
        "Ohio Democratic Party Chairman David Pepper called Friday's decision a “huge win for Ohio voters.”"))
        .contains("MIXED Ohio Democratic Party Chairman David Pepper | call | Friday's decision a “huge win for Ohio voters.”");
    assertThat(AttributorTest.attributions("Voters in a small Ohio town called Springfield waited for hours.")).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      He left. Related: Live updates                | true
      He left. Watch: the mayor speaks              | true
      He left. Related parties agreed               | false
      He left. Watched closely, the talks resumed   | false
      """)
  void cueOfOneWord_isAFurnitureLabel_onlyBeforeAColon(String text, boolean label) {
    Tokens t = TestPipeline.read(text).tokens();
    int cue = 3; // "He", "left", "." and the cue
    assertThat(TaggedAttributions.furnitureLabel(t, new Range(cue, cue), Words.load())).isEqualTo(label);
  }
}
