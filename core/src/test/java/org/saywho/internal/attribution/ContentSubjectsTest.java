package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentSubjectsTest {

  @Test
  void contentBegunAtTheVerbsObject_takesBackTheSubjectAndVerbAfterThat() {
    assertThat(AttributorTest.attributions("Chief financial officer Jeff Hoffmeister told Reuters that Shopify expected"
        + " fourth-quarter revenue growth \"in the mid-twenties percentage rate\"."))
        .anyMatch(a -> a.startsWith("MIXED Chief financial officer Jeff Hoffmeister | tell | Shopify expected fourth-quarter"));
  }

  @Test
  void contentAfterAVerbWithoutThat_staysAsItIs() {
    assertThat(AttributorTest.attributions("Hoffmeister said the company expected growth \"in the mid-twenties\"."))
        .containsExactly("MIXED Hoffmeister | say | the company expected growth \"in the mid-twenties\"");
  }

  @Test
  void thatBeforeAFiniteVerb_isTheReportedClausesSubject() {
    assertThat(AttributorTest.attributions("Ziv says that is not enough."))
        .containsExactly("INDIRECT Ziv | say | that is not enough");
  }

  @Test
  void thatBeforeAnInvertedCondition_staysTheComplementiser() {
    assertThat(AttributorTest.attributions("He said that had he known about the fire, he would have stayed home."))
        .contains("INDIRECT He | say | had he known about the fire");
  }
}
