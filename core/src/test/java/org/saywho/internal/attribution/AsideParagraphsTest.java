package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AsideParagraphsTest {

  @Test
  void editorsNote_reportsNothing_whateverVerbsItHolds() {
    assertThat(AttributorTest.attributions("The rally ended at noon.\n\nEditor’s note: Donald Trump is a serial liar who has repeatedly "
        + "pledged to ban all Muslims from entering the U.S.")).isEmpty();
  }

  @Test
  void paragraphThatMentionsAnEditorsNote_stillReports() {
    assertThat(AttributorTest.attributions("In an editor's note, the newspaper said it had erred."))
        .anyMatch(a -> a.contains("| say | it had erred"));
  }

  @Test
  void photoCaption_reportsNothing_butTheSameSentenceInTheStoryDoes() {
    String caption = "The bill passed on Tuesday.\n\nFILE - Senate Majority Leader Chuck Schumer speaks to reporters on Capitol "
        + "Hill. Schumer said the bill would cut emissions. (AP Photo/J. Scott Applewhite, File)";
    assertThat(AttributorTest.attributions(caption)).isEmpty();
    assertThat(AttributorTest.attributions("The bill passed on Tuesday.\n\nSchumer said the bill would cut emissions."))
        .anyMatch(a -> a.contains("| say | the bill would cut emissions"));
  }

  @Test
  void quoteAfterACaption_doesNotTakeItsSpeakerFromTheCaption() {
    String text = "Ontario Nurses' Association president Erin Ariss says staffing is worse. Fred Lum/The Globe and Mail\n\n"
        + "“Summer is always hard.”";
    assertThat(AttributorTest.attributions(text)).noneMatch(a -> a.contains("Erin Ariss"));
  }

  @Test
  void labelledLinesAfterAScheduleHeading_reportNothing_butTheSameLineInTheStoryDoes() {
    String fixtures = "Toronto won 4-3.\n\nUP NEXT\n\nCanadiens: Host the Boston Bruins on Tuesday.\n\n"
        + "Maple Leafs: Visit the Buffalo Sabres on Monday.";
    assertThat(AttributorTest.attributions(fixtures)).isEmpty();
    assertThat(AttributorTest.attributions("Toronto won 4-3.\n\nMaple Leafs: Visit the Buffalo Sabres on Monday."))
        .anyMatch(a -> a.contains("Visit the Buffalo Sabres on Monday"));
  }
}
