package org.saywho.bench;

import java.util.Arrays;
import java.util.List;

/** Order statistics of timings. */
final class Stats {

  private Stats() {}

  /** The {@code q}-quantile (0 ≤ q ≤ 1) of {@code values} by the nearest-rank method. */
  static double quantile(List<Double> values, double q) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
