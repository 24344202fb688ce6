package io.github.thaw.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.math4.legacy.random.SobolSequenceGenerator;
import org.junit.jupiter.api.Test;

/** The scramble must keep the balance that makes Sobol' points worth using. */
class ScrambledSobolTest {

  private static double[][] points(int n, int dimension, long seed) {
    ScrambledSobol s = ScrambledSobol.scrambled(dimension, Streams.create(seed, Streams.DESIGN, 0));
    double[][] p = new double[n][dimension];
    for (double[] row : p) {
      s.next(row);
    }
    return p;
  }

  @Test
  void withoutScrambleItIsTheCommonsMathSequence() {
    // The walk over direction numbers read back from Commons Math must reproduce its points: the
    // first 5000 of them, and then points around 2^20 and 2^29 reached through skipTo.
    int dimension = 7;
    SobolSequenceGenerator reference = new SobolSequenceGenerator(dimension);
    ScrambledSobol plain = ScrambledSobol.plain(dimension);
    double[] point = new double[dimension];
    for (int n = 0; n < 5000; n++) {
      plain.next(point);
      assertThat(bits(point)).as("point %d", n).containsExactly(bits(reference.get()));
    }
    long[][] v = ScrambledSobol.directionNumbers(dimension);
    for (int n : new int[] {(1 << 20) + 12345, (1 << 29) + 7, (1 << 30) - 1}) {
      long gray = n ^ (n >> 1);
      long[] expected = new long[dimension];
      for (int c = 0; c < ScrambledSobol.LOG2_MAX_POINTS; c++) {
        if ((gray >> c & 1) == 1) {
          for (int d = 0; d < dimension; d++) {
            expected[d] ^= v[c][d];
          }
        }
      }
      assertThat(expected).as("point %d", n).containsExactly(raw(reference.skipTo(n)));
    }
  }

  /** The 52 bits of a point in (0, 1) written as the centre of its cell. */
  private static long[] bits(double[] point) {
    long[] b = new long[point.length];
    for (int d = 0; d < point.length; d++) {
      b[d] = (long) Math.floor(point[d] * 0x1.0p52);
    }
    return b;
  }

  /** The 52 bits of a Commons Math point, bits / 2^52. */
  private static long[] raw(double[] point) {
    long[] b = new long[point.length];
    for (int d = 0; d < point.length; d++) {
      b[d] = (long) (point[d] * 0x1.0p52);
    }
    return b;
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
