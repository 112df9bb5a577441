package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteFirstHeadlinesTest {

  @Test
  void interviewHeadlineWithANameAndOn_isTheNamedPersonsQuote_butATopicWithoutANameIsNoOnes() {
    assertThat(AttributorTest.attributions("‘We need to stop pretending’: climate scientist Katharine Hayhoe on hope and action\n\n"
        + "Katharine Hayhoe is a professor at Texas Tech University."))
        .anyMatch(a -> a.startsWith("DIRECT climate scientist Katharine Hayhoe | : | We need to stop pretending"));
    assertThat(AttributorTest.attributions("‘Chaos’: the war on drugs in Mexico\n\nThe war on drugs has cost 300,000 lives."))
        .noneMatch(a -> a.contains("Chaos"));
  }

  @Test
  void headlineWithANameAndAnAdjective_isTheNamedPersonsQuote_butANounThatCannotSpeakIsNoOnes() {
    assertThat(AttributorTest.attributions("‘We will not back down’: Starmer defiant as rail strikes spread\n\n"
        + "Prime Minister Keir Starmer has insisted the government will not give in."))
        .anyMatch(a -> a.startsWith("DIRECT Starmer | : | We will not back down"));
    assertThat(AttributorTest.attributions("‘Unbearable’: heat brutal as temperatures soar\n\nTemperatures hit 40C on Monday."))
        .noneMatch(a -> a.contains("Unbearable"));
  }

  @Test
  void headlineWhosePluralsVerbWasReadAsANoun_isThePeoplesQuote_butANounBeforeAVerbIsNoOnes() {
    assertThat(AttributorTest.attributions("‘We are not giving up’: Families of hostages rally in Tel Aviv\n\n"
        + "Thousands joined the march on Saturday."))
        .anyMatch(a -> a.startsWith("DIRECT Families of hostages | : | We are not giving up"));
    assertThat(AttributorTest.attributions("‘Chaos’: Residents anger grows over delays\n\nThe road reopened on Monday."))
        .noneMatch(a -> a.contains("Chaos"));
  }
}
