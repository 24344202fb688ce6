package io.github.thaw.internal;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The one seeding of Thaw's random streams: SplitMix64's finaliser turns a user's seed and a
 * stream's coordinates (a path, a purpose and a job) into the two words of a XoRoShiRo128++ state,
 * so that what a stream draws depends only on its seed and coordinates, never on threads or order.
 * The forecast and the sensitivity analyses derive their words each in their own documented way (a
 * changed derivation would change every published figure); both go through here.
 */
public final class SplitMix64 {
  /** SplitMix64's increment, 2<sup>64</sup> divided by the golden ratio. */
  public static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private SplitMix64() {}

  /**
   * The SplitMix64 finaliser: a bijection on longs that spreads every input bit.
   *
   * @param z any value
   * @return its mix
   */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * A fresh generator from two state words.
   *
   * @param s0 the first word
   * @param s1 the second word
   * @return a XoRoShiRo128++ generator
   */
  public static UniformRandomProvider generator(long s0, long s1) {
    return RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {s0, s1});
  }
}
