package io.github.thaw.forecast;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Where a forecast's randomness comes from: an independent generator for each path, made from the
 * run's seed and the path's number. Because a path's draws depend on nothing else, a run gives the
 * same result on any number of threads, and shards of a run combine into exactly the whole run.
 *
 * <p>The default, {@link #xoRoShiRo128PlusPlus()}, suits every use; supply your own only to plug in
 * another Commons RNG generator or a recorded stream. An implementation must be a pure function of
 * its arguments and thread-safe.
 */
@FunctionalInterface
public interface PathStreams {
  /**
   * The generator of one path.
   *
   * @param seed the run's seed
   * @param path the path's number, {@code >= 0}
   * @return a new generator, used by one thread for one path
   */
  UniformRandomProvider create(long seed, long path);

  /**
   * Commons RNG's XoRoShiRo128++ (Blackman and Vigna 2019), seeded with two SplitMix64 outputs of a
   * state that mixes the seed with the path number. Distinct (seed, path) pairs give distinct,
   * statistically independent streams.
   *
   * @return the shared default
   */
  static PathStreams xoRoShiRo128PlusPlus() {
    return DefaultStreams.INSTANCE;
  }
}
