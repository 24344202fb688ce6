package io.github.thaw.testing;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * A probability estimated by Monte Carlo: the event happened in {@code successes} of {@code trials}
 * independent trials.
 *
 * <pre>{@code
 * ProportionEstimate p = ProportionEstimate.of(312, 1000);
 * double estimate = p.estimate();                      // 0.312
 * ProportionEstimate.Interval ci = p.wilson(0.99);     // [0.2756, 0.3509]
 * }</pre>
 *
 * @param successes the trials in which the event happened
 * @param trials all trials
 */
public record ProportionEstimate(long successes, long trials) {
  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  /**
   * Checks the counts.
   *
   * @throws IllegalArgumentException unless {@code trials >= 1} and {@code 0 <= successes <=
   *     trials}
   */
  public ProportionEstimate {
    if (trials < 1 || successes < 0 || successes > trials) {
      throw new IllegalArgumentException(
          "a proportion needs trials >= 1 and 0 <= successes <= trials, got "
              + successes
              + " of "
              + trials);
    }
  }

  /**
   * The estimate from counts.
   *
   * @param successes the trials in which the event happened
   * @param trials all trials
   * @return the estimate
   * @throws IllegalArgumentException unless {@code trials >= 1} and {@code 0 <= successes <=
   *     trials}
   */
  public static ProportionEstimate of(long successes, long trials) {
    return new ProportionEstimate(successes, trials);
  }

  /**
   * The point estimate, {@code successes / trials}.
   *
   * @return a probability in [0, 1]
   */
  public double estimate() {
    return (double) successes / trials;
  }

  /**
   * The Wilson score interval: the probabilities that a two-sided test at this confidence would not
   * reject given the counts. Unlike the normal approximation it stays inside [0, 1] and keeps its
   * coverage near 0 and 1 and for small samples.
   *
   * @param confidence the confidence level, strictly between 0 and 1, such as 0.99
   * @return the interval
   * @throws IllegalArgumentException if the confidence is not strictly between 0 and 1
   */
  public Interval wilson(double confidence) {
    checkConfidence(confidence);
    double z = STANDARD_NORMAL.inverseSurvivalProbability((1 - confidence) / 2);
    double n = trials;
    double p = estimate();
    double z2 = z * z;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2 * n)) / denominator;
    double half = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    // At 0 or n successes the bound on that side is exactly 0 or 1; rounding must not move it.
    double low = successes == 0 ? 0 : Math.max(0, centre - half);
    double high = successes == trials ? 1 : Math.min(1, centre + half);
    return new Interval(low, high, confidence);
  }

  static void checkConfidence(double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException(
          "confidence must be strictly between 0 and 1, got " + confidence);
    }
  }

  /**
   * A confidence interval for a probability.
   *
   * @param low the lower bound
   * @param high the upper bound
   * @param confidence the confidence level it was computed at
   */
  public record Interval(double low, double high, double confidence) {
    /**
     * Checks the bounds.
     *
     * @throws IllegalArgumentException unless {@code 0 <= low <= high <= 1}
     */
    public Interval {
      if (!(0 <= low && low <= high && high <= 1)) {
        throw new IllegalArgumentException(
            "an interval needs 0 <= low <= high <= 1, got " + low + " and " + high);
      }
    }
  }
}
