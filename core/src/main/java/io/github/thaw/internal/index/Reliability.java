package io.github.thaw.internal.index;

import io.github.thaw.model.Source;

/**
 * The reliability grade of a source as a rank, 0 for A (completely reliable) to 5 for F (cannot be
 * judged), for {@link EngineSpec#MOST_RELIABLE}.
 *
 * <p>This class is the single place the engine reads a grade ({@link Source#reliability()}, default
 * F); sources of equal rank fall back to the latest report.
 */
final class Reliability {
  /** The rank of grade F, the default: the source's reliability cannot be judged. */
  static final int UNGRADED = 5;

  private Reliability() {}

  /**
   * The rank of a source's grade.
   *
   * @param source the source
   * @return 0 (A) to 5 (F)
   */
  static int rank(Source source) {
    return source.reliability().ordinal();
  }
}
