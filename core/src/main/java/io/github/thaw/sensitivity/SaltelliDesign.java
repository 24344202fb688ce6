package io.github.thaw.sensitivity;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * The two independent base matrices A and B of Saltelli's design, as points of the unit cube: the
 * first k coordinates of a 2k-dimensional point form a row of A, the last k the same row of B. The
 * matrices A_B^(i) (A with column i taken from B) are never stored; the evaluator builds their rows
 * on the fly.
 */
final class SaltelliDesign {
  private static final double UNIT = 0x1.0p-52;

  private SaltelliDesign() {}

  /**
   * Fills A and B, row-major ({@code a[j * k + i]} is row j, parameter i), with values in (0, 1).
   *
   * @param sampling how to draw the points
   * @param n rows
   * @param k parameters
   * @param seed the user's seed
   * @param a receives A, length {@code n * k}
   * @param b receives B, length {@code n * k}
   */
  static void fill(Sampling sampling, int n, int k, long seed, double[] a, double[] b) {
    UniformRandomProvider rng = Streams.create(seed, Streams.DESIGN, 0);
    if (sampling == Sampling.SCRAMBLED_SOBOL) {
      ScrambledSobol sobol = ScrambledSobol.scrambled(2 * k, rng);
      double[] point = new double[2 * k];
      for (int j = 0; j < n; j++) {
        sobol.next(point);
        System.arraycopy(point, 0, a, j * k, k);
        System.arraycopy(point, k, b, j * k, k);
      }
    } else {
      // A 52-bit grid with the value at the cell centre, as for Sobol' points: never 0 or 1.
      for (int j = 0; j < n; j++) {
        for (int i = 0; i < k; i++) {
          a[j * k + i] = ((rng.nextLong() >>> 12) + 0.5) * UNIT;
        }
        for (int i = 0; i < k; i++) {
          b[j * k + i] = ((rng.nextLong() >>> 12) + 0.5) * UNIT;
        }
      }
    }
  }
}
