package org.saywho.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {

  @Test
  void quantile_nearestRank_onUnsortedValues() {
    List<Double> v = List.of(5.0, 1.0, 4.0, 2.0, 3.0, 10.0, 9.0, 8.0, 7.0, 6.0);
    assertThat(Stats.quantile(v, 0.5)).isEqualTo(5.0);
    assertThat(Stats.quantile(v, 0.9)).isEqualTo(9.0);
    assertThat(Stats.quantile(v, 1.0)).isEqualTo(10.0);
    assertThat(Stats.quantile(v, 0.0)).isEqualTo(1.0);
  }

  @Test
  void quantile_noValues_isNaN() {
    assertThat(Stats.quantile(List.of(), 0.5)).isNaN();
  }
}
