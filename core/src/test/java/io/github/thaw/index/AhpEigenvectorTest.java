package io.github.thaw.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The AHP weights (Commons Math's eigen decomposition) checked against two methods that share no
 * code with it: the closed form of a consistent matrix, and power iteration.
 */
class AhpEigenvectorTest {
  private static List<String> labels(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add("x" + i);
    }
    return out;
  }

  /** The Perron vector by power iteration, scaled to sum to 1. */
  private static double[] powerIteration(double[][] a) {
    int n = a.length;
    double[] v = new double[n];
    java.util.Arrays.fill(v, 1.0 / n);
    for (int iter = 0; iter < 10_000; iter++) {
      double[] next = new double[n];
      double sum = 0;
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          next[i] += a[i][j] * v[j];
        }
        sum += next[i];
      }
      for (int i = 0; i < n; i++) {
        next[i] /= sum;
      }
      v = next;
    }
    return v;
  }

  @Test
  void aConsistentMatrixAtTheEdgesOfTheScaleGivesItsGeneratingWeights() {
    // GIVEN a[i][j] = w[i] / w[j] for w = (30, 1, 0.04): ratios 30, 750 and 25, all within 1000
    double[] w = {30, 1, 0.04};
    double[][] a = new double[3][3];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        a[i][j] = w[i] / w[j];
      }
    }
    // THEN the principal eigenvector is w itself, normalised (31.04 in all), and lambda = n
    Ahp ahp = Ahp.of(labels(3), a);
    assertThat(ahp.weights())
        .containsExactly(new double[] {30 / 31.04, 1 / 31.04, 0.04 / 31.04}, within(1e-12));
    assertThat(ahp.lambdaMax()).isCloseTo(3.0, within(1e-9));
  }

  @Test
  void randomInconsistentMatricesOverTheWholeScaleAgreeWithPowerIteration() {
    SplittableRandom random = new SplittableRandom(12);
    for (int trial = 0; trial < 300; trial++) {
      int n = 2 + random.nextInt(Ahp.MAX_SIZE - 1);
      double[][] a = new double[n][n];
      for (int i = 0; i < n; i++) {
        a[i][i] = 1;
        for (int j = i + 1; j < n; j++) {
          // log-uniform over 1/1000 … 1000, with the extremes themselves now and then
          double x =
              random.nextInt(10) == 0
                  ? (random.nextBoolean() ? Ahp.MAX_ENTRY : 1 / Ahp.MAX_ENTRY)
                  : Math.pow(10, random.nextDouble(-3, 3));
          a[i][j] = x;
          a[j][i] = 1 / x;
        }
      }
      double[] expected = powerIteration(a);
      double[] actual = Ahp.of(labels(n), a).weights();
      for (int i = 0; i < n; i++) {
        assertThat(actual[i])
            .as("trial %d, n = %d, weight %d", trial, n, i)
            .isPositive()
            .isCloseTo(expected[i], within(1e-9 + 1e-6 * expected[i]));
      }
    }
  }

  @Test
  void anEntryBeyondTheScaleIsRefusedNamingTheCell() {
    assertThatThrownBy(() -> Ahp.ofJudgements(List.of("a", "b"), 1e20))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "AHP matrix entry [0][1] ('a' over 'b') is 1.0E20; entries must lie between 1/1000 and 1000 (Saaty's"
                + " scale is 1/9 to 9)");
  }
}
