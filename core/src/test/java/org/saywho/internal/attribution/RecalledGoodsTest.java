package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecalledGoodsTest {

  @Test
  void goodsRecalled_areNoReport_butAMemoryRecalledIs() {
    assertThat(AttributorTest.attributions("Tesla is recalling more than 2 million vehicles to fix its Autopilot."))
        .noneMatch(a -> a.contains("| recall |"));
    assertThat(AttributorTest.attributions("Ford recalled its F-150 pickups over a brake fault."))
        .noneMatch(a -> a.contains("| recall |"));
    assertThat(AttributorTest.attributions("Smith recalled that the plant had closed in 1998."))
        .anyMatch(a -> a.startsWith("INDIRECT Smith | recall | the plant had closed in 1998"));
  }
}
