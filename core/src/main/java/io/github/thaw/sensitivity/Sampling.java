package io.github.thaw.sensitivity;

/** How the points of the Saltelli design are drawn from the unit cube. */
public enum Sampling {
  /**
   * A Sobol' low-discrepancy sequence in 2k dimensions, randomised by a random linear scramble and
   * a random digital shift drawn from the seed. The default: for smooth models it reaches a given
   * accuracy with far fewer points than {@link #RANDOM}. Use a power of two for the number of base
   * samples, and at most 500 parameters.
   */
  SCRAMBLED_SOBOL,
  /** Independent uniform random points from a seeded generator. Any number of parameters. */
  RANDOM
}
