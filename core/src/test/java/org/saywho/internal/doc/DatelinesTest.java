package org.saywho.internal.doc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.saywho.internal.pipeline.TestPipeline;

class DatelinesTest {

  /** The words of the paragraph's dateline, or "none". */
  private static String dateline(String paragraph) {
    Tokens t = TestPipeline.read("Headline here\n\n" + paragraph).tokens();
    boolean[] marked = Datelines.of(t);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < t.size(); i++) {
      if (marked[i] && t.start(i) > "Headline here".length()) {
        out.append(out.length() > 0 ? " " : "").append(t.word(i));
      }
    }
    return out.length() == 0 ? "none" : out.toString();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      NEW DELHI (Reuters) - Temperatures could exceed 45 degrees.       | NEW DELHI ( Reuters ) -
      WASHINGTON ― Donald Trump’s obsession is an insult, they said.   | WASHINGTON ―
      Hong Kong (CNN) A prominent Chinese official has said so.        | Hong Kong ( CNN )
      Rep. Trey Gowdy (R-S.C.) said that claim smacked of hypocrisy.  | none
      The Kenya Private Sector Alliance (KEPSA) warned of a slowdown. | none
      Sen. Susan Collins (Maine) joined the group this week.          | none
      Mike Pence - the Indiana governor - spoke on Monday.             | none
      MUMBAI: Virat Kohli struck his 50th century on Wednesday.        | MUMBAI :
      NEW DELHI: The heat wave will last another week, officials said. | NEW DELHI :
      New Delhi: The heat wave will last another week across the north, officials said. | New Delhi :
      Trump: My plans are not set in stone.                            | none
      INDIANAPOLIS, March 10, 2021 /PRNewswire/ -- Eli Lilly said so.  | INDIANAPOLIS , March 10 , 2021 / PRNewswire / --
      The ratio 3 / 4 / 5 - as drawn - was kept.                       | none
      """)
  void aWireStorysPlaceAndAgency_areItsDateline_notANameWithAParty(String paragraph, String dateline) {
    assertThat(dateline(paragraph)).isEqualTo(dateline);
  }

  @Test
  void aHeadlinesSpeakerBeforeAColon_isNoDateline() {
    Tokens t = TestPipeline.read("Obama: I am optimistic Americans will say no to the plan and to the man who made it\n\nThe president spoke.").tokens();
    assertThat(Datelines.of(t)).containsOnly(false);
  }

  @Test
  void speakersOfATranscript_areNoDatelines() {
    Tokens t = TestPipeline.read("Debate transcript\n\nTRUMP: We are going to win.\n\nCLINTON: That is not true.").tokens();
    assertThat(Datelines.of(t)).containsOnly(false);
  }
}
