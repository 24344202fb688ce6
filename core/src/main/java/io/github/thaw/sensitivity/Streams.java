package io.github.thaw.sensitivity;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Independent random generators derived from one user seed, one per job, so that what a stream
 * produces never depends on which thread uses it or in which order jobs run.
 */
final class Streams {
  /** The design: random points, or the scramble of the Sobol' sequence. */
  static final int DESIGN = 1;

  /** Bootstrap resamples; the index is the resample's number. */
  static final int BOOTSTRAP = 2;

  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private Streams() {}

  /**
   * A generator for one job.
   *
   * @param seed the user's seed
   * @param purpose {@link #DESIGN} or {@link #BOOTSTRAP}
   * @param index the job's number within its purpose
   * @return a fresh XoRoShiRo128++ generator; distinct (purpose, index) pairs give distinct states
   */
  static UniformRandomProvider create(long seed, int purpose, long index) {
    long s0 = mix(seed ^ mix(purpose * GOLDEN + index));
    long s1 = mix(s0 + GOLDEN);
    return RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {s0, s1});
  }

  /** The SplitMix64 finaliser: a bijection on longs that spreads every input bit. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
