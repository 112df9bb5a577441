package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerdictsTest {

  @Test
  void findingSomeoneGuilty_isAVerdict_notAReport() {
    assertThat(AttributorTest.attributions("Jury finds Ohio contractor guilty of defrauding elderly homeowners\n\n"
        + "The contractor will be sentenced in March.")).noneMatch(a -> a.contains("guilty"));
    assertThat(AttributorTest.attributions("The judge found him not guilty on two counts.")).noneMatch(a -> a.contains("guilty"));
  }

  @Test
  void findingThatSomeoneIsGuilty_orAStudysFinding_staysAReport() {
    assertThat(AttributorTest.attributions("A study found that coffee drinkers lived longer."))
        .anyMatch(a -> a.contains("| find | coffee drinkers lived longer"));
    assertThat(AttributorTest.attributions("The inquiry found that the company was responsible for the spill."))
        .anyMatch(a -> a.contains("the company was responsible"));
  }
}
