package io.github.thaw.sensitivity;

import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Sobol' points randomised by Matoušek's random linear scramble followed by a random digital shift.
 *
 * <p>Commons Math generates the sequence (Joe–Kuo direction numbers, 52 bits per coordinate, up to
 * 1000 dimensions). Each coordinate's 52 bits x are then mapped to {@code L x XOR e} over GF(2),
 * where L is a random lower-triangular bit matrix with a unit diagonal and e a random 52-bit
 * vector, both drawn per dimension. L keeps the digital-net structure that makes the first
 * 2<sup>m</sup> points evenly balanced; e makes every point uniformly distributed, so estimators
 * built on the points are unbiased and repeated runs with different seeds give independent
 * estimates. The result is returned as {@code (y + 1/2) / 2^52}, the centre of its cell, so it is
 * never 0 or 1 and every inverse distribution function gives a finite value.
 */
final class ScrambledSobol {
  /** Dimensions of the Commons Math direction-number table. */
  static final int MAX_DIMENSION = 1000;

  private static final int BITS = 52;
  private static final double SCALE = 0x1.0p52;
  private static final double UNIT = 0x1.0p-52;
  private static final int BYTES = (BITS + 7) / 8;

  private final SobolSequenceGenerator sequence;
  private final int dimension;

  // L x is computed eight bits at a time: table[d][b * 256 + v] is the XOR of the columns of L for
  // the set bits of v placed at byte b. Seven look-ups replace up to 52 column XORs per coordinate.
  private final long[][] table;
  private final long[] shift;

  ScrambledSobol(int dimension, UniformRandomProvider rng) {
    this.sequence = new SobolSequenceGenerator(dimension);
    this.dimension = dimension;
    this.table = new long[dimension][];
    this.shift = new long[dimension];
    long[] column = new long[BITS];
    for (int d = 0; d < dimension; d++) {
      // Column q of L: the diagonal bit q plus random bits below it (less significant digits).
      for (int q = 0; q < BITS; q++) {
        long below = (1L << q) - 1;
        column[q] = (1L << q) | (rng.nextLong() & below);
      }
      long[] t = new long[BYTES * 256];
      for (int b = 0; b < BYTES; b++) {
        for (int v = 1; v < 256; v++) {
          int low = Integer.numberOfTrailingZeros(v);
          int q = b * 8 + low;
          long col = q < BITS ? column[q] : 0;
          t[b * 256 + v] = t[b * 256 + (v & (v - 1))] ^ col;
        }
      }
      table[d] = t;
      shift[d] = rng.nextLong() >>> (64 - BITS);
    }
  }

  /**
   * Writes the next point of the sequence.
   *
   * @param point receives {@code dimension} coordinates, each in (0, 1)
   */
  void next(double[] point) {
    double[] raw = sequence.nextVector();
    for (int d = 0; d < dimension; d++) {
      long x = (long) (raw[d] * SCALE);
      long[] t = table[d];
      long y = shift[d];
      for (int b = 0; b < BYTES; b++) {
        y ^= t[(b << 8) | (int) ((x >>> (b << 3)) & 0xFF)];
      }
      point[d] = (y + 0.5) * UNIT;
    }
  }
}
