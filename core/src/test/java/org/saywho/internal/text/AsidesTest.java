package org.saywho.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.saywho.internal.lexicon.Words;

class AsidesTest {

  private static final Words WORDS = Words.load();

  @Test
  void correctionsAndLinesAskingReadersToFollowTheAuthor_arePublishersNotes() {
    assertThat(Asides.publisherNote("Correction: An earlier version of this story said the vote was on Monday.", WORDS)).isTrue();
    assertThat(Asides.publisherNote("\"Follow Pam Key on Twitter @pamkeyNEN.", WORDS)).isTrue();
    assertThat(Asides.publisherNote("Follow the author on Instagram.", WORDS)).isTrue();
  }

  @Test
  void proseOpeningWithFollow_orALabelOfItsOwn_isNoPublishersNote() {
    assertThat(Asides.publisherNote("Follow-up talks on trade will start on Monday, officials said.", WORDS)).isFalse();
    assertThat(Asides.publisherNote("Follow the money, the senator said, and you find the donors.", WORDS)).isFalse();
    assertThat(Asides.publisherNote("Poll: Clinton leads Trump by four points.", WORDS)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Senate Majority Leader Chuck Schumer speaks to reporters on Capitol Hill. (AP Photo/J. Scott Applewhite, File)",
      "Ontario Premier Doug Ford says the province will not impose a carbon tax. (Evan Mitsui/CBC)",
      "Christoph Blocher reacts during an electoral meeting on October 2, 2015. (FABRICE COFFRINI/AFP/Getty Images.)",
      "Protesters gather outside the legislature on Monday. (Photo by Jane Doe)",
      "Prime Minister Justin Trudeau speaks in Ottawa on Monday. THE CANADIAN PRESS/Sean Kilpatrick",
      "Erin Ariss says staffing shortages are worse than last year. Fred Lum/The Globe and Mail",
      "FILE - In this Oct. 3, 2020, file photo, President Donald Trump waves from a car."})
  void paragraphEndingWithAPhotoCredit_orOpeningWithFile_isACaption(String paragraph) {
    assertThat(Asides.caption(paragraph)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The bill was introduced by Sen. Lindsey Graham (R-S.C.).",
      "The poll was conducted for the network (ABC News/Washington Post).",
      "Schumer said the bill would cut emissions by 40 per cent.",
      "File photos of the suspect were released on Monday.",
      "The results were mixed, he said. Trump/Pence signs lined the road."})
  void sentenceEndingInItsOwnParenthesis_orMentioningAPhoto_isNoCaption(String paragraph) {
    assertThat(Asides.caption(paragraph)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Sign up to receive daily headline news from the Ottawa Citizen.",
      "By signing up you consent to receive the above newsletter from Postmedia Network Inc.",
      "Story continues below advertisement", "Article content", "Listen to this article", "Estimated 3 minutes",
      "4 min read", "Open this photo in gallery: Erin Ariss says staffing shortages are worse."})
  void promptOrMarkerOfThePage_isAReaderPrompt(String paragraph) {
    assertThat(Asides.readerPrompt(paragraph, WORDS)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Subscribers to the service paid $10 a month, the company said.",
      "Estimated losses reached $3 billion in 2022.", "Sharing the stage with Trump, Pence said the ticket was united.",
      "Sign up for the program was slow, officials said, because the forms ran to 40 pages and most applicants "
          + "never heard back from the agency that was meant to process them within a month."})
  void proseThatOpensLikeAPrompt_orRunsLong_isNoReaderPrompt(String paragraph) {
    assertThat(Asides.readerPrompt(paragraph, WORDS)).isFalse();
  }
}
