package io.github.thaw.forecast;

/**
 * One dimension's share of the record for one step, and its rate shrunk towards the step's pooled
 * rate by empirical Bayes ({@link Calibration#groups()}).
 *
 * @param dimension the dimension's id
 * @param step the step
 * @param transitions how many times its milestones took the step
 * @param exposureMonths how long its milestones were able to take it
 * @param shrunkRate the group's rate, {@code (n + v·r) / (T + v)} with r the step's pooled rate and
 *     v = r / τ² the prior's weight in months ({@link Calibration#priorWeight(Step)}); the pooled
 *     rate when τ² = 0 or the group has no exposure
 * @param factor {@code shrunkRate / r}: how much faster than the step's pooled rate the group's
 *     milestones take it on average; under {@link Pooling#DIMENSION} each path draws the group's
 *     rate from its posterior Gamma(n + v·r, T + v), whose mean this is
 */
public record RateGroup(
    String dimension,
    Step step,
    int transitions,
    double exposureMonths,
    double shrunkRate,
    double factor) {}
