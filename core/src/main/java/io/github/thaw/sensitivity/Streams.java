package io.github.thaw.sensitivity;

import static io.github.thaw.internal.SplitMix64.GOLDEN;
import static io.github.thaw.internal.SplitMix64.generator;
import static io.github.thaw.internal.SplitMix64.mix;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Independent random generators derived from one user seed, one per job, so that what a stream
 * produces never depends on which thread uses it or in which order jobs run.
 */
final class Streams {
  /** The design: random points, or the scramble of the Sobol' sequence. */
  static final int DESIGN = 1;

  /** Bootstrap resamples; the index is the resample's number. */
  static final int BOOTSTRAP = 2;

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
    return generator(s0, s1);
  }
}
