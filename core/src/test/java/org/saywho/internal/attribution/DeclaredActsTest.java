package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeclaredActsTest {

  @Test
  void declaringAStateOfEmergencyOrBankruptcy_isAnAct_notAReport() {
    assertThat(AttributorTest.attributions("The Cree Nation of Mistissini declared a state of emergency Tuesday as smoke forced evacuations."))
        .noneMatch(a -> a.contains("emergency"));
    assertThat(AttributorTest.attributions("Several mining companies, including Patriot, declared bankruptcy."))
        .noneMatch(a -> a.contains("bankruptcy"));
  }

  @Test
  void declaringThatSomethingIsSo_staysAReport() {
    assertThat(AttributorTest.attributions("Ryan declared that he cannot currently support Donald Trump."))
        .anyMatch(a -> a.contains("he cannot currently support Donald Trump"));
    assertThat(AttributorTest.attributions("The judges declared Smith the winner of the race."))
        .anyMatch(a -> a.contains("Smith the winner"));
  }
}
