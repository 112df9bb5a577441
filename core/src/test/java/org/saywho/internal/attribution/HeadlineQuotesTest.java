package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlineQuotesTest {

  @Test
  void headlineNamingItsSpeakerBeforeAColon_withScareQuotes_isTheSpeakers() {
    assertThat(AttributorTest.attributions(
        "Rush Limbaugh: Hillary Asking Moderator To Fact Check Trump ‘Reeks of Fear.’\n\nThe host spoke on Monday."))
        .contains("MIXED Rush Limbaugh | : | Hillary Asking Moderator To Fact Check Trump ‘Reeks of Fear.’");
  }

  @Test
  void headlineLabelBeforeTheColon_namesNoSpeaker() {
    assertThat(AttributorTest.attributions(
        "HUFFPOLLSTER: A ‘Seismic Shift’ Among Voters May Have Won Cruz The Caucus\n\nThe polls closed on Monday."))
        .isEmpty();
  }
}
