package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.saywho.internal.doc.Attribution;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.pipeline.TestPipeline;

class GappedRelativeCuesTest {

  /** The speaker of the sentence's last attribution, as the attribution stage gives it. */
  private static String speaker(String sentence) {
    var doc = TestPipeline.annotate(sentence);
    Tokens t = doc.article().tokens();
    Attribution a = doc.attributions().get(doc.attributions().size() - 1);
    return a.speaker().map(s -> t.span(s.first(), s.last()).in(sentence)).orElse("none");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      The council approved the budget on Monday, a decision critics say will raise taxes.   | critics
      Rubio backed the plan, a tactic Democrats hope will dampen his support.               | Democrats
      A campaign spokesman said Tuesday the senator would attend.                            | A campaign spokesman
      The review, which the law enforcement agency said was ongoing, will end soon.         | the law enforcement agency
      """)
  void speakerOfACueInARelativeClauseWithoutASubject_startsAfterTheClausesHeadNoun(String sentence, String speaker) {
    assertThat(speaker(sentence)).isEqualTo(speaker);
  }
}
