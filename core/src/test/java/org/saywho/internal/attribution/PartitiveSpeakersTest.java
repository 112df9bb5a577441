package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartitiveSpeakersTest {

  @Test
  void personBeforeAPartitive_isTheSpeaker() {
    assertThat(AttributorTest.attributions("The mother of one of the victims said she was heartbroken."))
        .containsExactly("INDIRECT The mother of one of the victims | say | she was heartbroken");
  }

  @Test
  void thingBeforeAPartitive_leavesTheSpeakerAlone() {
    assertThat(AttributorTest.attributions("The report of one of the committees said the plan had failed."))
        .noneMatch(a -> a.startsWith("INDIRECT The report of one"));
  }
}
