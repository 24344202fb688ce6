package io.github.thaw.forecast;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/** The default streams: a singleton, so that forecasts using it compare equal. */
enum DefaultStreams implements PathStreams {
  INSTANCE;

  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  @Override
  public UniformRandomProvider create(long seed, long path) {
    long state = seed ^ mix(path + GOLDEN);
    long s0 = mix(state += GOLDEN);
    long s1 = mix(state + GOLDEN);
    return RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {s0, s1});
  }

  /** The SplitMix64 finaliser: a bijection on longs that spreads every input bit. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  @Override
  public String toString() {
    return "XoRoShiRo128++ per path";
  }
}
