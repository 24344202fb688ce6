package io.github.thaw.index;

import io.github.thaw.internal.index.EngineSpec;

/**
 * How scores are combined at one level (milestones within a dimension, or dimensions in the total).
 * All three are weighted, bounded by the smallest and largest score combined, and never decrease
 * when a score rises.
 */
public enum Aggregation {
  /**
   * The weighted arithmetic mean: fully compensatory, a point lost anywhere is made up by a point
   * gained anywhere else of equal weight.
   */
  ARITHMETIC,
  /**
   * The weighted geometric mean of shifted scores: partly compensatory, it rewards balanced
   * progress. A plain geometric mean is zero as soon as one score is zero; here every score {@code
   * s} in [0, 1] is shifted to {@code s + c} with {@link #GEOMETRIC_SHIFT c = 1/99} and the shift
   * is removed afterwards: {@code exp(Σ w·ln(s + c) / Σ w) − c}. That equals rescaling the scores
   * onto [1, 100] before a geometric mean and mapping the result back, so all-zero scores give 0,
   * all-one scores give 1 and a single zero pulls the value down without annihilating it.
   */
  GEOMETRIC,
  /**
   * The minimum over elements of positive weight: not compensatory at all, the least-advanced
   * element sets the value. Weights only decide whether an element takes part.
   */
  WEAKEST_LINK;

  /**
   * The shift {@code c = 1/99} that makes {@link #GEOMETRIC} safe for zero scores: the same as
   * rescaling scores from [0, 1] onto [1, 100] before taking the geometric mean.
   */
  public static final double GEOMETRIC_SHIFT = EngineSpec.GEOMETRIC_SHIFT;
}
