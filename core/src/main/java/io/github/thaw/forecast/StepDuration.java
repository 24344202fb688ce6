package io.github.thaw.forecast;

import io.github.thaw.model.Limits;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ExponentialDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TriangularDistribution;

/**
 * How long one step up the status scale takes, in months: a three-point estimate ({@link Pert} or
 * {@link Triangular}), a {@link Lognormal}, an {@link Exponential} with a rate per month, or {@link
 * Never}. Each family is a record of the parameters an analyst writes, so a switch over the sealed
 * type names every case; the records check their parameters when made. Immutable and thread-safe.
 *
 * <pre>{@code
 * StepDuration build = StepDuration.pert(3, 9, 24);        // min, most likely, max
 * StepDuration open = StepDuration.lognormal(12, 30);      // median, 90th percentile
 * StepDuration agree = StepDuration.exponential(0.05);     // 5% a month, mean 20 months
 * StepDuration blocked = StepDuration.never();
 * String said = switch (agree) {
 *   case StepDuration.Exponential e -> "mean " + 1 / e.rate() + " months";
 *   default -> agree.toString();
 * };
 * }</pre>
 *
 * <p>A forecast draws a duration by inversion, {@link #quantile(double) quantile(u)} of a uniform
 * u, so each draw is a monotone function of its own random number: a forecast rerun with one
 * duration changed keeps every other draw (common random numbers), which makes comparisons and
 * sensitivity analyses less noisy. Commons Statistics supplies the distributions; the beta-PERT
 * quantile is read from a table of the exact beta CDF (at most 1/1024 of the range from the exact
 * quantile), because inverting the beta CDF by root finding is about a thousand times slower than a
 * table lookup. A forecast makes each duration's quantile function (with its table) once, when it
 * is planned.
 */
public sealed interface StepDuration {
  /**
   * A beta-PERT three-point estimate with the usual shape weight 4: {@code min + (max − min) ·
   * Beta(α, β)} with {@code α = 1 + 4 (mode − min) / (max − min)} and {@code β = 1 + 4 (max − mode)
   * / (max − min)}; mean {@code (min + 4 mode + max) / 6}.
   *
   * @param min the shortest time, months, {@code >= 0}
   * @param mode the most likely time, {@code min <= mode <= max}
   * @param max the longest time, {@code > min}
   */
  record Pert(double min, double mode, double max) implements StepDuration {
    /**
     * Checks the three points.
     *
     * @throws IllegalArgumentException naming the values if one is not finite or negative, or they
     *     are out of order
     */
    public Pert {
      checkThreePoint("pert", min, mode, max);
    }

    /** The first shape parameter, {@code 1 + 4 (mode − min) / (max − min)}. */
    double alpha() {
      return 1 + 4 * (mode - min) / (max - min);
    }

    /** The second shape parameter, {@code 1 + 4 (max − mode) / (max − min)}. */
    double beta() {
      return 1 + 4 * (max - mode) / (max - min);
    }

    @Override
    public double cumulativeProbability(double months) {
      return BetaDistribution.of(alpha(), beta())
          .cumulativeProbability((months - min) / (max - min));
    }

    @Override
    public double median() {
      return min
          + (max - min) * BetaDistribution.of(alpha(), beta()).inverseCumulativeProbability(0.5);
    }

    @Override
    public double mean() {
      return min + (max - min) * alpha() / (alpha() + beta());
    }

    @Override
    public StepDuration scaled(double factor) {
      checkFactor(factor);
      return new Pert(min * factor, mode * factor, max * factor);
    }

    @Override
    public String family() {
      return "pert";
    }

    /**
     * The family and its arguments, as a transitions file writes them.
     *
     * @return for example {@code pert(min=3.0, mode=9.0, max=24.0)}
     */
    @Override
    public String toString() {
      return "pert(min=" + min + ", mode=" + mode + ", max=" + max + ")";
    }
  }

  /**
   * A triangular three-point estimate: density rising linearly from {@code min} to {@code mode} and
   * falling to {@code max}; mean {@code (min + mode + max) / 3}.
   *
   * @param min the shortest time, months, {@code >= 0}
   * @param mode the most likely time, {@code min <= mode <= max}
   * @param max the longest time, {@code > min}
   */
  record Triangular(double min, double mode, double max) implements StepDuration {
    /**
     * Checks the three points.
     *
     * @throws IllegalArgumentException naming the values if one is not finite or negative, or they
     *     are out of order
     */
    public Triangular {
      checkThreePoint("triangular", min, mode, max);
    }

    TriangularDistribution distribution() {
      return TriangularDistribution.of(min, mode, max);
    }

    @Override
    public double cumulativeProbability(double months) {
      return distribution().cumulativeProbability(months);
    }

    @Override
    public double median() {
      return distribution().inverseCumulativeProbability(0.5);
    }

    @Override
    public double mean() {
      return distribution().getMean();
    }

    @Override
    public StepDuration scaled(double factor) {
      checkFactor(factor);
      return new Triangular(min * factor, mode * factor, max * factor);
    }

    @Override
    public String family() {
      return "triangular";
    }

    /**
     * The family and its arguments, as a transitions file writes them.
     *
     * @return for example {@code triangular(min=3.0, mode=9.0, max=24.0)}
     */
    @Override
    public String toString() {
      return "triangular(min=" + min + ", mode=" + mode + ", max=" + max + ")";
    }
  }

  /**
   * A lognormal duration given by values an analyst can judge: "about {@code median} months, and 1
   * in 10 that it takes more than {@code p90}". {@code ln T} is normal with mean {@code ln(median)}
   * and standard deviation {@code ln(p90 / median) / 1.2816}.
   *
   * @param median the time exceeded half of the time, months, {@code > 0}
   * @param p90 the time exceeded one time in ten, {@code > median}
   */
  record Lognormal(double median, double p90) implements StepDuration {
    /** The 0.9 quantile of the standard normal distribution. */
    private static final double Z90 = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.9);

    /**
     * Checks the two values.
     *
     * @throws IllegalArgumentException naming the values unless {@code 0 < median < p90}, both
     *     finite
     */
    public Lognormal {
      if (!(median > 0 && p90 > median && Double.isFinite(p90))) {
        throw new IllegalArgumentException(ForecastMessages.lognormal(median, p90));
      }
      finite("lognormal", "p90", p90);
    }

    /** The standard deviation of {@code ln T}. */
    double sigma() {
      return Math.log(p90 / median) / Z90;
    }

    LogNormalDistribution distribution() {
      return LogNormalDistribution.of(Math.log(median), Math.log(p90 / median) / Z90);
    }

    @Override
    public double cumulativeProbability(double months) {
      return distribution().cumulativeProbability(months);
    }

    @Override
    public double median() {
      return distribution().inverseCumulativeProbability(0.5);
    }

    @Override
    public double mean() {
      return distribution().getMean();
    }

    @Override
    public StepDuration scaled(double factor) {
      checkFactor(factor);
      return new Lognormal(median * factor, p90 * factor);
    }

    @Override
    public String family() {
      return "lognormal";
    }

    /**
     * The family and its arguments, as a transitions file writes them.
     *
     * @return for example {@code lognormal(median=12.0, p90=30.0)}
     */
    @Override
    public String toString() {
      return "lognormal(median=" + median + ", p90=" + p90 + ")";
    }
  }

  /**
   * An exponential duration: the step is equally likely in any month it is able to happen, with the
   * given rate per month; mean {@code 1 / rate}, median {@code ln 2 / rate}. This is the family
   * that {@link Calibration} estimates from the record.
   *
   * @param rate the rate per month, {@code > 0}
   */
  record Exponential(double rate) implements StepDuration {
    /**
     * Checks the rate.
     *
     * @throws IllegalArgumentException naming the rate if it is not a finite number {@code > 0}
     */
    public Exponential {
      if (!(rate > 0 && Double.isFinite(rate))) {
        throw new IllegalArgumentException(ForecastMessages.rate(rate));
      }
    }

    ExponentialDistribution distribution() {
      return ExponentialDistribution.of(1 / rate);
    }

    @Override
    public double cumulativeProbability(double months) {
      return distribution().cumulativeProbability(months);
    }

    @Override
    public double median() {
      return distribution().inverseCumulativeProbability(0.5);
    }

    @Override
    public double mean() {
      return distribution().getMean();
    }

    @Override
    public StepDuration scaled(double factor) {
      checkFactor(factor);
      return new Exponential(rate / factor);
    }

    @Override
    public String family() {
      return "exponential";
    }

    /**
     * The family and its argument, as a transitions file writes them.
     *
     * @return for example {@code exponential(rate=0.05)}
     */
    @Override
    public String toString() {
      return "exponential(rate=" + rate + ")";
    }
  }

  /** A step that never happens by itself (only a scenario's events can make it). */
  record Never() implements StepDuration {
    private static final Never INSTANCE = new Never();

    @Override
    public double cumulativeProbability(double months) {
      return 0;
    }

    @Override
    public double median() {
      return Double.POSITIVE_INFINITY;
    }

    @Override
    public double mean() {
      return Double.POSITIVE_INFINITY;
    }

    @Override
    public StepDuration scaled(double factor) {
      checkFactor(factor);
      return this;
    }

    @Override
    public String family() {
      return "never";
    }

    /**
     * The family's name.
     *
     * @return {@code never}
     */
    @Override
    public String toString() {
      return "never";
    }
  }

  /**
   * A beta-PERT three-point estimate, see {@link Pert}. The first quantile of a PERT tabulates the
   * beta CDF, about half a millisecond; durations with the same points share the table.
   *
   * @param min the shortest time, months, {@code >= 0}
   * @param mode the most likely time, {@code min <= mode <= max}
   * @param max the longest time, {@code > min}
   * @return the duration
   * @throws IllegalArgumentException naming the values if one is not finite or negative, or they
   *     are out of order
   */
  static StepDuration pert(double min, double mode, double max) {
    return new Pert(min, mode, max);
  }

  /**
   * A triangular three-point estimate, see {@link Triangular}.
   *
   * @param min the shortest time, months, {@code >= 0}
   * @param mode the most likely time, {@code min <= mode <= max}
   * @param max the longest time, {@code > min}
   * @return the duration
   * @throws IllegalArgumentException naming the values if one is not finite or negative, or they
   *     are out of order
   */
  static StepDuration triangular(double min, double mode, double max) {
    return new Triangular(min, mode, max);
  }

  /**
   * A lognormal duration by its median and 90th percentile, see {@link Lognormal}.
   *
   * @param median the time exceeded half of the time, months, {@code > 0}
   * @param p90 the time exceeded one time in ten, {@code > median}
   * @return the duration
   * @throws IllegalArgumentException naming the values unless {@code 0 < median < p90}, both finite
   */
  static StepDuration lognormal(double median, double p90) {
    return new Lognormal(median, p90);
  }

  /**
   * An exponential duration with a rate per month, see {@link Exponential}.
   *
   * @param ratePerMonth the rate, {@code > 0}
   * @return the duration
   * @throws IllegalArgumentException naming the rate if it is not a finite number {@code > 0}
   */
  static StepDuration exponential(double ratePerMonth) {
    return new Exponential(ratePerMonth);
  }

  /**
   * A step that never happens by itself (only a scenario's events can make it).
   *
   * @return the shared instance
   */
  static StepDuration never() {
    return Never.INSTANCE;
  }

  private static void checkThreePoint(String family, double min, double mode, double max) {
    finite(family, "min", min);
    finite(family, "mode", mode);
    finite(family, "max", max);
    if (min < 0) {
      throw new IllegalArgumentException(ForecastMessages.negative(family, "min", min));
    }
    if (!(min <= mode && mode <= max && min < max)) {
      throw new IllegalArgumentException(ForecastMessages.threePoint(family, min, mode, max));
    }
  }

  private static void finite(String family, String what, double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(ForecastMessages.notFinite(family, what, v));
    }
    if (v > Limits.MAX_DURATION_MONTHS) {
      throw new IllegalArgumentException(ForecastMessages.tooLong(family, what, v));
    }
  }

  /**
   * The duration with probability {@code u} of not being exceeded: the inverse of the cumulative
   * distribution function. A forecast calls it with uniform random numbers.
   *
   * @param u a probability in [0, 1]
   * @return months; {@code +∞} for {@link #never()}, and at {@code u = 1} for unbounded families
   * @throws IllegalArgumentException if {@code u} is NaN or outside [0, 1]
   */
  default double quantile(double u) {
    return Quantile.of(this).quantile(u);
  }

  /**
   * The probability that the step takes at most {@code months}.
   *
   * @param months a time in months
   * @return the cumulative probability; 0 for {@link #never()}
   */
  double cumulativeProbability(double months);

  /**
   * The median, from the exact distribution.
   *
   * @return months; {@code +∞} for {@link #never()}
   */
  double median();

  /**
   * The mean.
   *
   * @return months; {@code +∞} for {@link #never()}
   */
  double mean();

  /**
   * Whether this is {@link #never()}.
   *
   * @return true if the step never happens by itself
   */
  default boolean isNever() {
    return this instanceof Never;
  }

  /**
   * The same distribution with every duration multiplied by {@code factor}: a PERT or triangular
   * estimate scales its three points, a lognormal its median and P90, an exponential divides its
   * rate; never stays never. A handy knob for sensitivity analyses ("what if everything on this
   * track takes twice as long?").
   *
   * @param factor a finite number {@code > 0}
   * @return the scaled duration
   * @throws IllegalArgumentException if the factor is not a finite number {@code > 0}
   */
  StepDuration scaled(double factor);

  /**
   * The family's name as written in transitions files: {@code pert}, {@code triangular}, {@code
   * lognormal}, {@code exponential} or {@code never}.
   *
   * @return the name
   */
  String family();

  private static void checkFactor(double factor) {
    if (!(factor > 0 && Double.isFinite(factor))) {
      throw new IllegalArgumentException(ForecastMessages.factor("scale factor", factor));
    }
  }
}
