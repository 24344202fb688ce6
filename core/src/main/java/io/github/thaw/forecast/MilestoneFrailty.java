package io.github.thaw.forecast;

import io.github.thaw.model.MilestoneId;

/**
 * One milestone's own pace under partial pooling by milestone ({@link Calibration#frailties()}): a
 * factor F on all its step rates, gamma with mean 1 and variance φ ({@link
 * Calibration#frailtyVariance()}) across milestones, updated by the milestone's own record to
 * {@code Gamma(1/φ + n, 1/φ + E)}.
 *
 * @param milestone the milestone
 * @param transitions n: how many steps it took in the window
 * @param expectedTransitions E: how many it would have taken at the steps' pooled rates over its
 *     own exposure, Σ over steps of exposure × pooled rate
 * @param shape the posterior's shape 1/φ + n; 0 when φ = 0 (the factor is 1 on every path)
 * @param rate the posterior's rate 1/φ + E; 0 when φ = 0
 */
public record MilestoneFrailty(
    MilestoneId milestone, int transitions, double expectedTransitions, double shape, double rate) {

  /**
   * The posterior mean of the factor: {@code (1/φ + n) / (1/φ + E)}, 1 when φ = 0.
   *
   * @return the factor, {@code >= 0}
   */
  public double factor() {
    return shape > 0 ? shape / rate : 1;
  }
}
