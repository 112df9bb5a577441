package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlineReportsTest {

  private static final String HEADLINE = "Rush Limbaugh: Hillary Asking Moderator To Fact Check Trump ‘Reeks of Fear.’";

  @Test
  void headlinesSingleQuoteMarks_setOffCutDownWords_soItsAttributionIsIndirect() {
    assertThat(AttributorTest.attributions(HEADLINE + "\n\n“She is afraid,” the host said on Monday."))
        .contains("INDIRECT Rush Limbaugh | : | Hillary Asking Moderator To Fact Check Trump ‘Reeks of Fear.’");
  }

  @Test
  void firstLineWithNoArticleAfterIt_orInAnArticleQuotingInSingleMarks_keepsItsType() {
    assertThat(AttributorTest.attributions(HEADLINE))
        .containsExactly("MIXED Rush Limbaugh | : | Hillary Asking Moderator To Fact Check Trump ‘Reeks of Fear.’");
    assertThat(AttributorTest.attributions(HEADLINE + "\n\n‘She is afraid,’ the host said on Monday."))
        .contains("MIXED Rush Limbaugh | : | Hillary Asking Moderator To Fact Check Trump ‘Reeks of Fear.’");
  }

  @Test
  void shortLedeQuotingInDoubleMarks_staysDirect() {
    assertThat(AttributorTest.attributions("“We will pass it,” the senator said.\n\n“It is a good bill,” she added."))
        .contains("DIRECT the senator | say | We will pass it,");
  }
}
