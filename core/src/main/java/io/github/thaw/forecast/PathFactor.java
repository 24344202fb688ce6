package io.github.thaw.forecast;

import io.github.thaw.model.MilestoneId;

/**
 * A rate factor each path draws under partial pooling: Gamma(shape, rate), multiplying the drawn
 * rates of the calibrated steps it covers. It covers every step of one milestone ({@link
 * Pooling#MILESTONE}) or one step of every milestone of one dimension ({@link Pooling#DIMENSION}).
 *
 * @param shape the gamma's shape, {@code > 0}
 * @param rate the gamma's rate, {@code > 0}
 * @param milestone the milestone whose steps it covers, or null for a dimension's
 * @param dimension the dimension whose milestones' step it covers, or null for a milestone's
 * @param step the step it covers in that dimension, or null for a milestone's
 */
record PathFactor(double shape, double rate, MilestoneId milestone, String dimension, Step step) {

  /** Whether the factor covers a milestone's step. */
  boolean covers(MilestoneId m, String d, Step s) {
    return milestone != null ? milestone.equals(m) : dimension.equals(d) && step == s;
  }
}
