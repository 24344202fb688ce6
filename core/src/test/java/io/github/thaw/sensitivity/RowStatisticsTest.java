package io.github.thaw.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The panelled weighted sums equal the textbook sums, for every mix of panel widths. */
class RowStatisticsTest {

  @ParameterizedTest
  @CsvSource({"1, 7", "2, 9", "3, 10", "4, 11", "5, 13", "6, 1", "7, 1000"})
  void weightedSumsMatchTheDefinition(int k, int n) {
    // GIVEN outputs for A, B and every A_B^(i), and arbitrary row weights
    SplittableRandom random = new SplittableRandom(k * 31L + n);
    double[] y = new double[(k + 2) * n];
    for (int i = 0; i < y.length; i++) {
      y[i] = random.nextDouble(-5, 5);
    }
    int[] w = new int[n];
    for (int j = 0; j < n; j++) {
      w[j] = random.nextInt(4);
    }
    double mean = 0.25;
    // WHEN
    RowStatistics g = new RowStatistics(y, n, k, mean);
    double[] sums = new double[g.count()];
    g.weightedSums(w, sums);
    // THEN
    double[] expected = new double[2 + 2 * k];
    for (int j = 0; j < n; j++) {
      double a = y[j] - mean;
      double b = y[n + j] - mean;
      expected[0] += w[j] * (a + b);
      expected[1] += w[j] * (a * a + b * b);
      for (int i = 0; i < k; i++) {
        double c = y[(2 + i) * n + j] - mean;
        expected[2 + i] += w[j] * b * (c - a);
        expected[2 + k + i] += w[j] * (a - c) * (a - c);
      }
    }
    assertThat(g.count()).isEqualTo(2 + 2 * k);
    assertThat(sums).containsExactly(expected, within(1e-9));
  }
}
