package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.saywho.internal.lexicon.Words;

class PublisherNotesTest {

  private static final Words WORDS = Words.load();

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
  void correctionsAndLinesAskingReadersToFollowTheAuthor_areNotes() {
    assertThat(PublisherNotes.isNote("Correction: An earlier version of this story said the vote was on Monday.", WORDS)).isTrue();
    assertThat(PublisherNotes.isNote("\"Follow Pam Key on Twitter @pamkeyNEN.", WORDS)).isTrue();
    assertThat(PublisherNotes.isNote("Follow the author on Instagram.", WORDS)).isTrue();
  }

  @Test
  void proseOpeningWithFollow_orALabelOfItsOwn_isNoNote() {
    assertThat(PublisherNotes.isNote("Follow-up talks on trade will start on Monday, officials said.", WORDS)).isFalse();
    assertThat(PublisherNotes.isNote("Follow the money, the senator said, and you find the donors.", WORDS)).isFalse();
    assertThat(PublisherNotes.isNote("Poll: Clinton leads Trump by four points.", WORDS)).isFalse();
  }
}
