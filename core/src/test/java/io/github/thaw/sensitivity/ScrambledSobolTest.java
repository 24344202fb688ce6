package io.github.thaw.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The scramble must keep the balance that makes Sobol' points worth using. */
class ScrambledSobolTest {

  private static double[][] points(int n, int dimension, long seed) {
    ScrambledSobol s = new ScrambledSobol(dimension, Streams.create(seed, Streams.DESIGN, 0));
    double[][] p = new double[n][dimension];
    for (double[] row : p) {
      s.next(row);
    }
    return p;
  }

  @Test
  void everyCoordinateHasOnePointPerStratum() {
    // The first 2^m points of each coordinate of a scrambled Sobol' sequence fall one in each
    // interval [j / 2^m, (j + 1) / 2^m).
    int n = 1024;
    double[][] p = points(n, 6, 11);
    for (int d = 0; d < 6; d++) {
      boolean[] hit = new boolean[n];
      for (double[] row : p) {
        assertThat(row[d]).isStrictlyBetween(0.0, 1.0);
        hit[(int) (row[d] * n)] = true;
      }
      assertThat(hit).containsOnly(true);
    }
  }

  @Test
  void firstTwoDimensionsFormABalancedNet() {
    // Dimensions 1 and 2 of Sobol' are a (0, m, 2)-net: 1024 points, one in each 32 x 32 cell,
    // and also one in each 1024 x 1 or 1 x 1024 or 64 x 16 ... elementary interval.
    int n = 1024;
    double[][] p = points(n, 2, 5);
    for (int bits = 0; bits <= 10; bits++) {
      int rows = 1 << bits;
      int cols = n / rows;
      boolean[] hit = new boolean[n];
      for (double[] row : p) {
        hit[(int) (row[0] * rows) * cols + (int) (row[1] * cols)] = true;
      }
      assertThat(hit).as("%d x %d cells", rows, cols).containsOnly(true);
    }
  }

  @Test
  void seedsGiveDifferentScrambles() {
    assertThat(points(4, 3, 1)[1]).isNotEqualTo(points(4, 3, 2)[1]);
    assertThat(points(4, 3, 1)[1]).isEqualTo(points(4, 3, 1)[1]);
  }

  @Test
  void meanOfEachCoordinateIsAboutOneHalf() {
    double[][] p = points(4096, 10, 3);
    for (int d = 0; d < 10; d++) {
      double s = 0;
      for (double[] row : p) {
        s += row[d];
      }
      // Stratification bounds the error by 1 / (2 n) per coordinate.
      assertThat(Math.abs(s / p.length - 0.5)).isLessThan(1.0 / 4096);
    }
  }
}
