package io.github.thaw.index;

import io.github.thaw.model.Source;

/**
 * The reliability grade of a source as a rank, 0 for A (completely reliable) to 5 for F (cannot be
 * judged), for {@link ReadingRule#MOST_RELIABLE}.
 *
 * <p>The model does not carry grades yet (design, "Additions of the second round": {@code
 * Source.reliability}, default F), so every source ranks as F and the rule falls back to the latest
 * report. This class is the single place that reads a grade, so that wiring the model's grade in
 * changes one line.
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
    return UNGRADED;
  }
}
