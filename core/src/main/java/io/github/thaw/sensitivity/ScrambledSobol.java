package io.github.thaw.sensitivity;

import org.apache.commons.math4.legacy.random.SobolSequenceGenerator;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Sobol' points randomised by Matoušek's random linear scramble followed by a random digital shift.
 *
 * <p>Commons Math supplies the sequence: Joe–Kuo direction numbers, 52 bits per coordinate, up to
 * 1000 dimensions, in Gray-code order, where point n is the XOR of the direction numbers V_c for
 * the set bits c of gray(n) = n ^ (n >> 1). The direction numbers are read back from the generator
 * once ({@link #directionNumbers}); the walk itself is done here, one XOR per coordinate and no
 * allocation per point.
 *
 * <p>The scramble maps each coordinate's 52 bits x to {@code L x XOR e} over GF(2), where L is a
 * random lower-triangular bit matrix with a unit diagonal and e a random 52-bit vector, both drawn
 * per dimension. Because the map is affine, it is applied to the direction numbers (V_c becomes L
 * V_c) and to the starting point (0 becomes e), so it costs nothing per point. L keeps the
 * digital-net structure that makes the first 2<sup>m</sup> points evenly balanced; e makes every
 * point uniformly distributed, so estimators built on the points are unbiased and runs with
 * different seeds are independent. Each coordinate is returned as {@code (y + 1/2) / 2^52}, the
 * centre of its cell, so it is never 0 or 1 and every inverse distribution function gives a finite
 * value.
 */
final class ScrambledSobol {
  /** Dimensions of the Commons Math direction-number table. */
  static final int MAX_DIMENSION = 1000;

  /** Points 0 .. 2^30 - 1 are reachable; an analysis never needs more (see Sobol). */
  static final int LOG2_MAX_POINTS = 30;

  private static final int BITS = 52;
  private static final double SCALE = 0x1.0p52;
  private static final double UNIT = 0x1.0p-52;

  private final int dimension;

  /** direction[c][d]: the (scrambled) direction number of bit c in dimension d. */
  private final long[][] direction;

  /** The current point's bits, per dimension. */
  private final long[] x;

  private long index;

  private ScrambledSobol(long[][] direction, long[] start) {
    this.dimension = start.length;
    this.direction = direction;
    this.x = start.clone();
  }

  /**
   * A randomised sequence.
   *
   * @param dimension 1 to {@link #MAX_DIMENSION}
   * @param rng the source of the scramble matrices and shifts
   * @return the scrambled sequence, positioned at its first point
   */
  static ScrambledSobol scrambled(int dimension, UniformRandomProvider rng) {
    long[][] v = directionNumbers(dimension);
    long[] shift = new long[dimension];
    long[] column = new long[BITS];
    for (int d = 0; d < dimension; d++) {
      // Column q of L: the diagonal bit q plus random bits below it (less significant digits).
      for (int q = 0; q < BITS; q++) {
        column[q] = (1L << q) | (rng.nextLong() & ((1L << q) - 1));
      }
      for (long[] byBit : v) {
        byBit[d] = times(column, byBit[d]);
      }
      shift[d] = rng.nextLong() >>> (64 - BITS);
    }
    return new ScrambledSobol(v, shift);
  }

  /**
   * The sequence as Commons Math generates it, without randomisation, for tests.
   *
   * @param dimension 1 to {@link #MAX_DIMENSION}
   * @return the plain sequence, positioned at its first point (the origin)
   */
  static ScrambledSobol plain(int dimension) {
    return new ScrambledSobol(directionNumbers(dimension), new long[dimension]);
  }

  /**
   * Writes the next point of the sequence.
   *
   * @param point receives {@code dimension} coordinates, each in (0, 1)
   */
  void next(double[] point) {
    if (index > 0) {
      // gray(n) and gray(n - 1) differ in the lowest set bit of n.
      long[] v = direction[Long.numberOfTrailingZeros(index)];
      for (int d = 0; d < dimension; d++) {
        x[d] ^= v[d];
      }
    }
    for (int d = 0; d < dimension; d++) {
      point[d] = (x[d] + 0.5) * UNIT;
    }
    index++;
  }

  /**
   * The direction numbers V_c of the Commons Math sequence, read back from its points: point 1 is
   * V_0, and point 2^c (Gray code 2^c ^ 2^(c-1)) is V_c ^ V_(c-1).
   */
  static long[][] directionNumbers(int dimension) {
    SobolSequenceGenerator generator = new SobolSequenceGenerator(dimension);
    long[][] v = new long[LOG2_MAX_POINTS][dimension];
    for (int c = 0; c < LOG2_MAX_POINTS; c++) {
      double[] p = generator.skipTo(1 << c);
      for (int d = 0; d < dimension; d++) {
        // Exact: the generator returns bits / 2^52.
        long bits = (long) (p[d] * SCALE);
        v[c][d] = c == 0 ? bits : bits ^ v[c - 1][d];
      }
    }
    return v;
  }

  /** L x over GF(2): the XOR of the columns of L for the set bits of x. */
  private static long times(long[] column, long x) {
    long y = 0;
    for (long rest = x; rest != 0; rest &= rest - 1) {
      y ^= column[Long.numberOfTrailingZeros(rest)];
    }
    return y;
  }
}
