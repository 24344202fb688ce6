package io.github.thaw.forecast;

import static io.github.thaw.internal.SplitMix64.GOLDEN;
import static io.github.thaw.internal.SplitMix64.generator;
import static io.github.thaw.internal.SplitMix64.mix;

import org.apache.commons.rng.UniformRandomProvider;

/** The default streams: a singleton, so that forecasts using it compare equal. */
enum DefaultStreams implements PathStreams {
  INSTANCE;

  @Override
  public UniformRandomProvider create(long seed, long path) {
    long state = seed ^ mix(path + GOLDEN);
    long s0 = mix(state += GOLDEN);
    long s1 = mix(state + GOLDEN);
    return generator(s0, s1);
  }

  @Override
  public String toString() {
    return "XoRoShiRo128++ per path";
  }
}
