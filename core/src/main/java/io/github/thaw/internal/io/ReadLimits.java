package io.github.thaw.internal.io;

import io.github.thaw.model.Limits;

/**
 * How much a file reader accepts before it gives up with a located problem instead of running out
 * of memory or stack.
 *
 * @param maxInputBytes the most bytes read from the input; a YAML document's code-point limit
 *     follows it, since a code point takes at least one byte
 * @param maxNestingDepth the deepest nesting of mappings and lists, the root mapping counting as 1
 * @param maxProblems the most problems kept; later ones are counted, not kept
 */
public record ReadLimits(long maxInputBytes, int maxNestingDepth, int maxProblems) {
  /** 256 MiB: a million milestones as the writer lays them out take about 130 MB. */
  public static final long DEFAULT_MAX_INPUT_BYTES = 256L * 1024 * 1024;

  /** 64 levels; model files need 4. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  /** 1,000 problems, enough to fix a file in one pass without holding millions of messages. */
  public static final int DEFAULT_MAX_PROBLEMS = Limits.MAX_PROBLEMS;

  /**
   * Validates the limits.
   *
   * @throws IllegalArgumentException if a limit is not positive
   */
  public ReadLimits {
    if (maxInputBytes < 1) {
      throw new IllegalArgumentException("maxInputBytes must be >= 1, was " + maxInputBytes);
    }
    if (maxNestingDepth < 1) {
      throw new IllegalArgumentException("maxNestingDepth must be >= 1, was " + maxNestingDepth);
    }
    if (maxProblems < 1) {
      throw new IllegalArgumentException("maxProblems must be >= 1, was " + maxProblems);
    }
  }

  /**
   * The default limits.
   *
   * @return 256 MiB, 64 levels, 1,000 problems
   */
  public static ReadLimits defaults() {
    return new ReadLimits(DEFAULT_MAX_INPUT_BYTES, DEFAULT_MAX_NESTING_DEPTH, DEFAULT_MAX_PROBLEMS);
  }

  /**
   * These limits with another input size.
   *
   * @param bytes the most bytes read
   * @return new limits
   */
  public ReadLimits withMaxInputBytes(long bytes) {
    return new ReadLimits(bytes, maxNestingDepth, maxProblems);
  }

  /**
   * These limits with another nesting depth.
   *
   * @param depth the deepest nesting
   * @return new limits
   */
  public ReadLimits withMaxNestingDepth(int depth) {
    return new ReadLimits(maxInputBytes, depth, maxProblems);
  }

  /**
   * These limits with another problem count.
   *
   * @param count the most problems kept
   * @return new limits
   */
  public ReadLimits withMaxProblems(int count) {
    return new ReadLimits(maxInputBytes, maxNestingDepth, count);
  }
}
