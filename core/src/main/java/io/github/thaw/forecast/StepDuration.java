package io.github.thaw.forecast;

import io.github.thaw.model.Limits;
import java.util.Objects;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.ExponentialDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TriangularDistribution;

/**
 * How long one step up the status scale takes, in months: a three-point estimate (beta-PERT or
 * triangular), a lognormal, an exponential with a rate per month, or never. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * StepDuration build = StepDuration.pert(3, 9, 24);        // min, most likely, max
 * StepDuration open = StepDuration.lognormal(12, 30);      // median, 90th percentile
 * StepDuration agree = StepDuration.exponential(0.05);     // 5% a month, mean 20 months
 * StepDuration blocked = StepDuration.never();
 * }</pre>
 *
 * <p>A forecast draws a duration by inversion, {@link #quantile(double) quantile(u)} of a uniform
 * u, so each draw is a monotone function of its own random number: a forecast rerun with one
 * duration changed keeps every other draw (common random numbers), which makes comparisons and
 * sensitivity analyses less noisy. Commons Statistics supplies the distributions; the beta-PERT
 * quantile is read from a table of the exact beta CDF (at most 1/1024 of the range from the exact
 * quantile), because inverting the beta CDF by root finding is about a thousand times slower than a
 * table lookup.
 */
public final class StepDuration {
  /** The 0.9 quantile of the standard normal distribution. */
  private static final double Z90 = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.9);

  private static final StepDuration NEVER =
      new StepDuration(Family.NEVER, Double.NaN, Double.NaN, Double.NaN, null, null, 0, 0);

  /** The distribution families, as written in transitions files. */
  enum Family {
    PERT("pert"),
    TRIANGULAR("triangular"),
    LOGNORMAL("lognormal"),
    EXPONENTIAL("exponential"),
    NEVER("never");

    final String label;

    Family(String label) {
      this.label = label;
    }
  }

  private final Family family;
  private final double a;
  private final double b;
  private final double c;
  // PERT: offset + scale * beta quantile, the table shared by scaled copies.
  private final BetaTable table;
  private final ContinuousDistribution distribution;
  private final double offset;
  private final double scale;

  private StepDuration(
      Family family,
      double a,
      double b,
      double c,
      BetaTable table,
      ContinuousDistribution distribution,
      double offset,
      double scale) {
    this.family = family;
    this.a = a;
    this.b = b;
    this.c = c;
    this.table = table;
    this.distribution = distribution;
    this.offset = offset;
    this.scale = scale;
  }

  /**
   * A beta-PERT three-point estimate with the usual shape weight 4: {@code min + (max − min) ·
   * Beta(α, β)} with {@code α = 1 + 4 (mode − min) / (max − min)} and {@code β = 1 + 4 (max − mode)
   * / (max − min)}; mean {@code (min + 4 mode + max) / 6}. Building one tabulates the beta CDF,
   * about half a millisecond; {@link #scaled} copies share the table.
   *
   * @param min the shortest time, months, {@code >= 0}
   * @param mode the most likely time, {@code min <= mode <= max}
   * @param max the longest time, {@code > min}
   * @return the duration
   * @throws IllegalArgumentException naming the values if one is not finite or negative, or they
   *     are out of order
   */
  public static StepDuration pert(double min, double mode, double max) {
    checkThreePoint(Family.PERT, min, mode, max);
    double range = max - min;
    BetaTable t = new BetaTable(1 + 4 * (mode - min) / range, 1 + 4 * (max - mode) / range);
    return new StepDuration(Family.PERT, min, mode, max, t, null, min, range);
  }

  /**
   * A triangular three-point estimate: density rising linearly from {@code min} to {@code mode} and
   * falling to {@code max}; mean {@code (min + mode + max) / 3}.
   *
   * @param min the shortest time, months, {@code >= 0}
   * @param mode the most likely time, {@code min <= mode <= max}
   * @param max the longest time, {@code > min}
   * @return the duration
   * @throws IllegalArgumentException naming the values if one is not finite or negative, or they
   *     are out of order
   */
  public static StepDuration triangular(double min, double mode, double max) {
    checkThreePoint(Family.TRIANGULAR, min, mode, max);
    return new StepDuration(
        Family.TRIANGULAR, min, mode, max, null, TriangularDistribution.of(min, mode, max), 0, 1);
  }

  /**
   * A lognormal duration given by values an analyst can judge: "about {@code median} months, and 1
   * in 10 that it takes more than {@code p90}". {@code ln T} is normal with mean {@code ln(median)}
   * and standard deviation {@code ln(p90 / median) / 1.2816}.
   *
   * @param median the time exceeded half of the time, months, {@code > 0}
   * @param p90 the time exceeded one time in ten, {@code > median}
   * @return the duration
   * @throws IllegalArgumentException naming the values unless {@code 0 < median < p90}, both finite
   */
  public static StepDuration lognormal(double median, double p90) {
    if (!(median > 0 && p90 > median && Double.isFinite(p90))) {
      throw new IllegalArgumentException(ForecastMessages.lognormal(median, p90));
    }
    finite(Family.LOGNORMAL, "p90", p90);
    double sigma = Math.log(p90 / median) / Z90;
    return new StepDuration(
        Family.LOGNORMAL,
        median,
        p90,
        Double.NaN,
        null,
        LogNormalDistribution.of(Math.log(median), sigma),
        0,
        1);
  }

  /**
   * An exponential duration: the step is equally likely in any month it is able to happen, with the
   * given rate per month; mean {@code 1 / rate}, median {@code ln 2 / rate}. This is the family
   * that {@link Calibration} estimates from the record.
   *
   * @param ratePerMonth the rate, {@code > 0}
   * @return the duration
   * @throws IllegalArgumentException naming the rate if it is not a finite number {@code > 0}
   */
  public static StepDuration exponential(double ratePerMonth) {
    if (!(ratePerMonth > 0 && Double.isFinite(ratePerMonth))) {
      throw new IllegalArgumentException(ForecastMessages.rate(ratePerMonth));
    }
    return new StepDuration(
        Family.EXPONENTIAL,
        ratePerMonth,
        Double.NaN,
        Double.NaN,
        null,
        ExponentialDistribution.of(1 / ratePerMonth),
        0,
        1);
  }

  /**
   * A step that never happens by itself (only a scenario's events can make it).
   *
   * @return the shared instance
   */
  public static StepDuration never() {
    return NEVER;
  }

  private static void checkThreePoint(Family f, double min, double mode, double max) {
    finite(f, "min", min);
    finite(f, "mode", mode);
    finite(f, "max", max);
    if (min < 0) {
      throw new IllegalArgumentException(ForecastMessages.negative(f.label, "min", min));
    }
    if (!(min <= mode && mode <= max && min < max)) {
      throw new IllegalArgumentException(ForecastMessages.threePoint(f.label, min, mode, max));
    }
  }

  private static void finite(Family f, String what, double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(ForecastMessages.notFinite(f.label, what, v));
    }
    if (v > Limits.MAX_DURATION_MONTHS) {
      throw new IllegalArgumentException(ForecastMessages.tooLong(f.label, what, v));
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
  public double quantile(double u) {
    // Small enough to be inlined into a simulation's inner loop; the rare cases live elsewhere.
    if (table != null && u >= 0 && u < 1) {
      return offset + scale * table.quantile(u);
    }
    return otherQuantile(u);
  }

  private double otherQuantile(double u) {
    if (!(u >= 0 && u < 1)) {
      if (u == 1) {
        return family == Family.PERT ? offset + scale : upperBound();
      }
      throw new IllegalArgumentException(ForecastMessages.probability(u));
    }
    return family == Family.NEVER
        ? Double.POSITIVE_INFINITY
        : distribution.inverseCumulativeProbability(u);
  }

  private double upperBound() {
    return family == Family.NEVER ? Double.POSITIVE_INFINITY : distribution.getSupportUpperBound();
  }

  /**
   * The probability that the step takes at most {@code months}.
   *
   * @param months a time in months
   * @return the cumulative probability; 0 for {@link #never()}
   */
  public double cumulativeProbability(double months) {
    return switch (family) {
      case PERT ->
          BetaDistribution.of(table.alpha(), table.beta())
              .cumulativeProbability((months - offset) / scale);
      case NEVER -> 0;
      default -> distribution.cumulativeProbability(months);
    };
  }

  /**
   * The median, from the exact distribution.
   *
   * @return months; {@code +∞} for {@link #never()}
   */
  public double median() {
    return switch (family) {
      case PERT ->
          offset
              + scale
                  * BetaDistribution.of(table.alpha(), table.beta())
                      .inverseCumulativeProbability(0.5);
      case NEVER -> Double.POSITIVE_INFINITY;
      default -> distribution.inverseCumulativeProbability(0.5);
    };
  }

  /**
   * The mean.
   *
   * @return months; {@code +∞} for {@link #never()}
   */
  public double mean() {
    return switch (family) {
      case PERT -> offset + scale * table.alpha() / (table.alpha() + table.beta());
      case NEVER -> Double.POSITIVE_INFINITY;
      default -> distribution.getMean();
    };
  }

  /**
   * Whether this is {@link #never()}.
   *
   * @return true if the step never happens by itself
   */
  public boolean isNever() {
    return family == Family.NEVER;
  }

  /**
   * The same distribution with every duration multiplied by {@code factor}: a PERT or triangular
   * estimate scales its three points, a lognormal its median and P90, an exponential divides its
   * rate; never stays never. A handy knob for sensitivity analyses ("what if everything on this
   * track takes twice as long?"); a scaled PERT shares its table, so it costs nothing to make.
   *
   * @param factor a finite number {@code > 0}
   * @return the scaled duration
   * @throws IllegalArgumentException if the factor is not a finite number {@code > 0}
   */
  public StepDuration scaled(double factor) {
    if (!(factor > 0 && Double.isFinite(factor))) {
      throw new IllegalArgumentException(ForecastMessages.factor("scale factor", factor));
    }
    return switch (family) {
      case PERT ->
          new StepDuration(
              Family.PERT,
              a * factor,
              b * factor,
              c * factor,
              table,
              null,
              offset * factor,
              scale * factor);
      case TRIANGULAR -> triangular(a * factor, b * factor, c * factor);
      case LOGNORMAL -> lognormal(a * factor, b * factor);
      case EXPONENTIAL -> exponential(a / factor);
      case NEVER -> this;
    };
  }

  /**
   * The family's name as written in transitions files: {@code pert}, {@code triangular}, {@code
   * lognormal}, {@code exponential} or {@code never}.
   *
   * @return the name
   */
  public String family() {
    return family.label;
  }

  /**
   * The family and its arguments, as a transitions file writes them.
   *
   * @return for example {@code pert(min=3.0, mode=9.0, max=24.0)} or {@code exponential(rate=0.05)}
   */
  @Override
  public String toString() {
    return switch (family) {
      case PERT, TRIANGULAR -> family.label + "(min=" + a + ", mode=" + b + ", max=" + c + ")";
      case LOGNORMAL -> "lognormal(median=" + a + ", p90=" + b + ")";
      case EXPONENTIAL -> "exponential(rate=" + a + ")";
      case NEVER -> "never";
    };
  }

  /** Equal when the family and its arguments are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof StepDuration d
        && d.family == family
        && Double.compare(d.a, a) == 0
        && Double.compare(d.b, b) == 0
        && Double.compare(d.c, c) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(family, a, b, c);
  }
}
