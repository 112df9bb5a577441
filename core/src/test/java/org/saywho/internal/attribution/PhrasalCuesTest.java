package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhrasalCuesTest {

  @Test
  void cueWithAParticleOfDeed_reportsNothing() {
    assertThat(AttributorTest.attributions("The union called off the strike, saying talks had resumed."))
        .containsExactly("INDIRECT The union | say | talks had resumed");
  }

  @Test
  void cuesParticle_isNoPartOfTheContent() {
    assertThat(AttributorTest.attributions("The Chancellor has ruled out further tax rises before the next general election,"
        + " telling MPs that the public finances were recovering."))
        .contains("INDIRECT The Chancellor | rule | further tax rises before the next general election")
        .noneMatch(a -> a.contains("| out further"));
  }
}
