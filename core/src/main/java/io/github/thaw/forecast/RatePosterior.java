package io.github.thaw.forecast;

import org.apache.commons.statistics.distribution.GammaDistribution;

/**
 * The posterior of one exponential step rate: a gamma distribution with a shape (transitions seen
 * plus the prior's) and a rate (months of exposure plus the prior's), per month. See {@link
 * Calibration#posterior(Step)}.
 *
 * @param step the step
 * @param shape the gamma shape, {@code > 0}
 * @param rate the gamma rate, in months, {@code > 0}
 */
public record RatePosterior(Step step, double shape, double rate) {
  /**
   * Checks the parameters.
   *
   * @throws IllegalArgumentException unless both are finite and {@code > 0}
   */
  public RatePosterior {
    if (!(shape > 0 && rate > 0 && Double.isFinite(shape) && Double.isFinite(rate))) {
      throw new IllegalArgumentException(
          "posterior of "
              + step.label()
              + " needs shape > 0 and rate > 0, got "
              + shape
              + ", "
              + rate);
    }
  }

  /**
   * The posterior mean of the step rate, {@code shape / rate}, per month.
   *
   * @return the mean
   */
  public double mean() {
    return shape / rate;
  }

  /**
   * The step rate with probability {@code u} of not being exceeded.
   *
   * @param u a probability in [0, 1]
   * @return the rate per month
   */
  public double quantile(double u) {
    return distribution().inverseCumulativeProbability(u);
  }

  /** The gamma distribution with this shape and scale 1 / rate. */
  GammaDistribution distribution() {
    return GammaDistribution.of(shape, 1 / rate);
  }
}
