package io.github.thaw.forecast;

/**
 * A contiguous range of path numbers: {@code first} to {@code first + count − 1}. A run of N paths
 * is the range (0, N); a shard is any part of it.
 *
 * @param first the first path's number, {@code >= 0}
 * @param count how many paths, {@code >= 1}
 */
public record PathRange(long first, long count) {
  /**
   * Checks the range.
   *
   * @throws IllegalArgumentException if first is negative, count is not positive, or the range ends
   *     past 2<sup>62</sup>
   */
  public PathRange {
    if (first < 0 || count < 1 || first > (1L << 62) - count) {
      throw new IllegalArgumentException(ForecastMessages.shard(first, count));
    }
  }

  /**
   * One past the last path's number.
   *
   * @return {@code first + count}
   */
  public long end() {
    return first + count;
  }
}
