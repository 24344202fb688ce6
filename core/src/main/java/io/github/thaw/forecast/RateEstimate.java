package io.github.thaw.forecast;

import java.util.Objects;

/**
 * The exponential rate of one step estimated from the record, with its 95% confidence interval.
 *
 * @param step the step
 * @param transitions how many times the record shows the step taken
 * @param exposureMonths the time milestones spent able to take the step (at the step's lower
 *     status, with their hard prerequisites far enough along), weighted by soft-prerequisite speed
 * @param rate the rate per month the forecast uses: the maximum-likelihood estimate {@code
 *     transitions / exposureMonths}, or a floor or a borrowed rate as {@code basis} says
 * @param low the lower end of the 95% interval, per month
 * @param high the upper end of the 95% interval, per month
 * @param basis how {@code rate} was obtained
 */
public record RateEstimate(
    Step step,
    int transitions,
    double exposureMonths,
    double rate,
    double low,
    double high,
    Basis basis) {

  /** How a rate was obtained. */
  public enum Basis {
    /** Observed transitions over exposure: the maximum-likelihood estimate. */
    MAXIMUM_LIKELIHOOD,
    /**
     * No transition was observed in positive exposure: half a transition over the exposure, the
     * posterior mean under Jeffreys' prior, instead of a rate of zero that would make the step
     * impossible.
     */
    NO_TRANSITION_FLOOR,
    /**
     * No milestone was ever able to take the step: the rate pooled over all steps, since the record
     * says nothing about this one.
     */
    BORROWED_FROM_ALL_STEPS
  }

  /**
   * Checks the fields.
   *
   * @throws IllegalArgumentException if a count or time is negative or the rate is not positive
   */
  public RateEstimate {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(basis, "basis");
    if (transitions < 0 || !(exposureMonths >= 0) || !(rate > 0) || !(low <= rate)) {
      throw new IllegalArgumentException(
          "rate estimate of "
              + step.label()
              + " needs transitions >= 0, exposure >= 0 and 0 < low <= rate, got "
              + transitions
              + ", "
              + exposureMonths
              + ", "
              + low
              + ", "
              + rate);
    }
  }

  /**
   * The median time of the step at this rate, {@code ln 2 / rate}.
   *
   * @return months
   */
  public double medianMonths() {
    return Math.log(2) / rate;
  }
}
