package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelledContentsTest {

  @Test
  void headlinesLabel_isNoPartOfItsReport_butANamesColonIsNoLabel() {
    assertThat(AttributorTest.attributions("Exclusive: Automaker weighs closing Ontario plant, sources say\n\n"
        + "The company has not made a final decision."))
        .anyMatch(a -> a.endsWith("| say | Automaker weighs closing Ontario plant"));
    assertThat(AttributorTest.attributions("Harris: Automaker weighs closing Ontario plant, sources say\n\n"
        + "The company has not made a final decision."))
        .noneMatch(a -> a.endsWith("| say | Automaker weighs closing Ontario plant"));
  }
}
