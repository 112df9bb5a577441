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
}
