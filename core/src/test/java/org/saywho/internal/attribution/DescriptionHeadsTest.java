package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.pipeline.TestPipeline;

class DescriptionHeadsTest {

  /** The body noun {@link DescriptionHeads#bodyInAPlace} finds in the phrase, read as the subject of "… said it.", or "-". */
  private static String bodyOf(String phrase) {
    Tokens t = TestPipeline.read(phrase + " said it.").tokens();
    int last = 0;
    while (!t.word(last + 1).equals("said")) {
      last++;
    }
    int head = DescriptionHeads.bodyInAPlace(t, 0, last, TestPipeline.models().words());
    return head < 0 ? "-" : t.word(head);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      The Health Ministry in Gaza                          | Ministry
      The US Embassy in Kyiv                               | Embassy
      a two-page memo to The Washington Post in April      | -
      control of the Senate in November                    | -
      Democrats in Iowa                                    | -
      """)
  void bodyInAPlace_isTheBodysNounBeforeInAndThePlace_notAfterAnotherPrepositionNorBeforeADate(String phrase, String body) {
    assertThat(bodyOf(phrase)).isEqualTo(body);
  }
}
