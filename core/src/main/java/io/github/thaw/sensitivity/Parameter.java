package io.github.thaw.sensitivity;

import java.util.Objects;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.ExponentialDistribution;
import org.apache.commons.statistics.distribution.GammaDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TriangularDistribution;
import org.apache.commons.statistics.distribution.UniformContinuousDistribution;

/**
 * One uncertain model input: a name and a probability distribution.
 *
 * <p>A sensitivity analysis draws points u in the unit cube (0, 1)<sup>k</sup> and turns each
 * coordinate into a parameter value with {@link #quantile(double)}, the inverse of the
 * distribution's cumulative distribution function. Any distribution can therefore be used with the
 * same low-discrepancy design.
 *
 * <pre>{@code
 * List<Parameter> parameters = List.of(
 *     Parameter.uniform("weight-borders", 0.5, 2.0),
 *     Parameter.pert("months-to-ratify", 6, 12, 36),
 *     Parameter.lognormalFromMedian("months-to-open", 18, 48));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. Two parameters are equal when they have the same name
 * and the same distribution with the same arguments.
 */
public final class Parameter {
  /** The 0.9 quantile of the standard normal distribution. */
  private static final double Z90 = 1.2815515655446004;

  private final String name;
  private final String distribution;
  // The value is offset + scale * (quantile of unit): the beta-PERT is a beta on [0, 1] stretched
  // to [min, max]; every other family has offset 0 and scale 1, which leave values exact.
  private final ContinuousDistribution unit;
  private final double offset;
  private final double scale;

  /** Whether the value is exp of the above: a log-uniform is a uniform on the log scale. */
  private final boolean exp;

  private Parameter(String name, String distribution, ContinuousDistribution unit) {
    this(name, distribution, unit, 0, 1, false);
  }

  private Parameter(
      String name,
      String distribution,
      ContinuousDistribution unit,
      double offset,
      double scale,
      boolean exp) {
    this.name = name;
    this.distribution = distribution;
    this.unit = unit;
    this.offset = offset;
    this.scale = scale;
    this.exp = exp;
  }

  /**
   * A value whose logarithm is uniform between {@code ln min} and {@code ln max}: every factor of
   * ten between the bounds is equally likely. Suits a rate known only to an order of magnitude,
   * where a uniform would put nine tenths of its draws in the top decade.
   *
   * @param name the parameter's name, unique within one analysis
   * @param min the lower bound, {@code > 0}
   * @param max the upper bound, {@code > min}
   * @return the parameter
   * @throws IllegalArgumentException naming the parameter and the value if the name is blank, a
   *     bound is not finite, {@code min <= 0} or {@code min >= max}
   */
  public static Parameter logUniform(String name, double min, double max) {
    checkName(name);
    checkFinite(name, "min", min);
    checkFinite(name, "max", max);
    checkPositive(name, "min", min);
    checkLess(name, "min", min, "max", max);
    return new Parameter(
        name,
        "logUniform(min=" + min + ", max=" + max + ")",
        UniformContinuousDistribution.of(Math.log(min), Math.log(max)),
        0,
        1,
        true);
  }

  /**
   * A gamma distribution with a shape and a rate: the posterior of a Poisson or exponential rate
   * under a gamma prior, as {@code io.github.thaw.forecast.Calibration#posterior} gives it.
   *
   * @param name the parameter's name, unique within one analysis
   * @param shape the shape, {@code > 0}
   * @param rate the rate, {@code > 0}; the mean is {@code shape / rate}
   * @return the parameter
   * @throws IllegalArgumentException naming the parameter and the value if the name is blank, an
   *     argument is not finite or not {@code > 0}
   */
  public static Parameter gamma(String name, double shape, double rate) {
    checkName(name);
    checkFinite(name, "shape", shape);
    checkFinite(name, "rate", rate);
    checkPositive(name, "shape", shape);
    checkPositive(name, "rate", rate);
    return new Parameter(
        name,
        "gamma(shape=" + shape + ", rate=" + rate + ")",
        GammaDistribution.of(shape, 1 / rate));
  }

  /**
   * A value equally likely anywhere between {@code min} and {@code max}.
   *
   * @param name the parameter's name, unique within one analysis
   * @param min the lower bound
   * @param max the upper bound
   * @return the parameter
   * @throws IllegalArgumentException naming the parameter and the value if the name is blank, a
   *     bound is not finite or {@code min >= max}
   */
  public static Parameter uniform(String name, double min, double max) {
    checkName(name);
    checkFinite(name, "min", min);
    checkFinite(name, "max", max);
    checkLess(name, "min", min, "max", max);
    return new Parameter(
        name,
        "uniform(min=" + min + ", max=" + max + ")",
        UniformContinuousDistribution.of(min, max));
  }

  /**
   * A triangular distribution: density rising linearly from {@code min} to {@code mode} and falling
   * linearly to {@code max}. Its mean is {@code (min + mode + max) / 3}.
   *
   * @param name the parameter's name, unique within one analysis
   * @param min the lower bound
   * @param mode the most likely value, {@code min <= mode <= max}
   * @param max the upper bound
   * @return the parameter
   * @throws IllegalArgumentException naming the parameter and the value if the name is blank, an
   *     argument is not finite, {@code min >= max} or the mode lies outside {@code [min, max]}
   */
  public static Parameter triangular(String name, double min, double mode, double max) {
    checkThreePoint(name, min, mode, max);
    return new Parameter(
        name,
        "triangular(min=" + min + ", mode=" + mode + ", max=" + max + ")",
        TriangularDistribution.of(min, mode, max));
  }

  /**
   * A beta-PERT distribution with the usual shape weight λ = 4: {@code min + (max - min) * Beta(α,
   * β)} with {@code α = 1 + 4 (mode - min) / (max - min)} and {@code β = 1 + 4 (max - mode) / (max
   * - min)}. Its mean is {@code (min + 4 mode + max) / 6}. Compared with {@link #triangular} it
   * puts less weight on the tails, which is why schedule-risk tools use it for three-point
   * estimates.
   *
   * @param name the parameter's name, unique within one analysis
   * @param min the optimistic bound
   * @param mode the most likely value, {@code min <= mode <= max}
   * @param max the pessimistic bound
   * @return the parameter
   * @throws IllegalArgumentException naming the parameter and the value if the name is blank, an
   *     argument is not finite, {@code min >= max} or the mode lies outside {@code [min, max]}
   */
  public static Parameter pert(String name, double min, double mode, double max) {
    checkThreePoint(name, min, mode, max);
    double range = max - min;
    double alpha = 1 + 4 * (mode - min) / range;
    double beta = 1 + 4 * (max - mode) / range;
    return new Parameter(
        name,
        "pert(min=" + min + ", mode=" + mode + ", max=" + max + ")",
        BetaDistribution.of(alpha, beta),
        min,
        range,
        false);
  }

  /**
   * A lognormal distribution given by the parameters of its logarithm: {@code ln X} is normal with
   * mean {@code mu} and standard deviation {@code sigma}. The median is {@code exp(mu)}. To give
   * the distribution by values an analyst can judge, use {@link #lognormalFromMedian}.
   *
   * @param name the parameter's name, unique within one analysis
   * @param mu the mean of {@code ln X}
   * @param sigma the standard deviation of {@code ln X}, {@code > 0}
   * @return the parameter
   * @throws IllegalArgumentException naming the parameter and the value if the name is blank, an
   *     argument is not finite or {@code sigma <= 0}
   */
  public static Parameter lognormal(String name, double mu, double sigma) {
    checkName(name);
    checkFinite(name, "mu", mu);
    checkFinite(name, "sigma", sigma);
    checkPositive(name, "sigma", sigma);
    return new Parameter(
        name, "lognormal(mu=" + mu + ", sigma=" + sigma + ")", LogNormalDistribution.of(mu, sigma));
  }

  /**
   * A lognormal distribution given by its median and its 90th percentile, for example "most likely
   * about 18 months, and 1 in 10 that it takes more than 48": {@code mu = ln(median)} and {@code
   * sigma = ln(p90 / median) / 1.2816}, where 1.2816 is the standard normal 0.9 quantile.
   *
   * @param name the parameter's name, unique within one analysis
   * @param median the value exceeded half of the time, {@code > 0}
   * @param p90 the value exceeded one time in ten, {@code > median}
   * @return the parameter, equal to {@code lognormal(name, ln(median), ln(p90 / median) / 1.2816)}
   * @throws IllegalArgumentException naming the parameter and the value if the name is blank, an
   *     argument is not finite, {@code median <= 0} or {@code p90 <= median}
   */
  public static Parameter lognormalFromMedian(String name, double median, double p90) {
    checkName(name);
    checkFinite(name, "median", median);
    checkFinite(name, "p90", p90);
    checkPositive(name, "median", median);
    checkLess(name, "median", median, "p90", p90);
    return lognormal(name, Math.log(median), Math.log(p90 / median) / Z90);
  }

  /**
   * An exponential distribution with the given rate (events per unit of time): mean {@code 1 /
   * rate}. This is the waiting time of a process that is equally likely to happen at any moment.
   *
   * @param name the parameter's name, unique within one analysis
   * @param rate the rate, {@code > 0}
   * @return the parameter
   * @throws IllegalArgumentException naming the parameter and the value if the name is blank, the
   *     rate is not finite or {@code rate <= 0}
   */
  public static Parameter exponential(String name, double rate) {
    checkName(name);
    checkFinite(name, "rate", rate);
    checkPositive(name, "rate", rate);
    return new Parameter(
        name, "exponential(rate=" + rate + ")", ExponentialDistribution.of(1 / rate));
  }

  /**
   * A normal distribution.
   *
   * @param name the parameter's name, unique within one analysis
   * @param mean the mean
   * @param sd the standard deviation, {@code > 0}
   * @return the parameter
   * @throws IllegalArgumentException naming the parameter and the value if the name is blank, an
   *     argument is not finite or {@code sd <= 0}
   */
  public static Parameter normal(String name, double mean, double sd) {
    checkName(name);
    checkFinite(name, "mean", mean);
    checkFinite(name, "sd", sd);
    checkPositive(name, "sd", sd);
    return new Parameter(
        name, "normal(mean=" + mean + ", sd=" + sd + ")", NormalDistribution.of(mean, sd));
  }

  /**
   * The parameter's name.
   *
   * @return the name given to the factory
   */
  public String name() {
    return name;
  }

  /**
   * The distribution with its arguments, as written by the factory, for example {@code
   * "pert(min=6.0, mode=12.0, max=36.0)"}.
   *
   * @return a readable description of the distribution
   */
  public String distribution() {
    return distribution;
  }

  /**
   * The value below which the parameter falls with probability {@code u}: the inverse cumulative
   * distribution function. An analysis calls it with {@code 0 < u < 1}; at 0 and 1 it returns the
   * bounds of the support, which may be infinite.
   *
   * @param u a probability in {@code [0, 1]}
   * @return the {@code u}-quantile of the distribution
   * @throws IllegalArgumentException naming the parameter if {@code u} is NaN or outside {@code [0,
   *     1]}
   */
  public double quantile(double u) {
    if (!(u >= 0 && u <= 1)) {
      throw new IllegalArgumentException(SensitivityMessages.probabilityOutside(name, u));
    }
    return quantileUnchecked(u);
  }

  /** The quantile without the range check, for the sampler, which only draws from (0, 1). */
  double quantileUnchecked(double u) {
    double v = offset + scale * unit.inverseCumulativeProbability(u);
    return exp ? Math.exp(v) : v;
  }

  /**
   * The mean of the distribution.
   *
   * @return the expected value
   */
  public double mean() {
    if (exp) {
      double a = unit.getSupportLowerBound();
      double b = unit.getSupportUpperBound();
      return (Math.exp(b) - Math.exp(a)) / (b - a);
    }
    return offset + scale * unit.getMean();
  }

  /**
   * The variance of the distribution.
   *
   * @return the variance
   */
  public double variance() {
    if (exp) {
      double a = unit.getSupportLowerBound();
      double b = unit.getSupportUpperBound();
      double m = mean();
      return (Math.exp(2 * b) - Math.exp(2 * a)) / (2 * (b - a)) - m * m;
    }
    return scale * scale * unit.getVariance();
  }

  /**
   * Equal when the name and the distribution with its arguments are equal.
   *
   * @param o another object
   * @return whether {@code o} is the same parameter
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Parameter p && name.equals(p.name) && distribution.equals(p.distribution);
  }

  /**
   * A hash consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(name, distribution);
  }

  /**
   * The name and distribution, for example {@code "months-to-ratify ~ pert(min=6.0, mode=12.0,
   * max=36.0)"}.
   *
   * @return a readable description
   */
  @Override
  public String toString() {
    return name + " ~ " + distribution;
  }

  private static void checkName(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException(SensitivityMessages.blankName());
    }
  }

  private static void checkThreePoint(String name, double min, double mode, double max) {
    checkName(name);
    checkFinite(name, "min", min);
    checkFinite(name, "mode", mode);
    checkFinite(name, "max", max);
    checkLess(name, "min", min, "max", max);
    if (mode < min || mode > max) {
      throw new IllegalArgumentException(SensitivityMessages.modeOutside(name, min, mode, max));
    }
  }

  private static void checkFinite(String name, String what, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(SensitivityMessages.notFinite(name, what, value));
    }
  }

  private static void checkLess(String name, String low, double a, String high, double b) {
    if (!(a < b)) {
      throw new IllegalArgumentException(SensitivityMessages.notLess(name, low, a, high, b));
    }
  }

  private static void checkPositive(String name, String what, double value) {
    if (!(value > 0)) {
      throw new IllegalArgumentException(SensitivityMessages.notPositive(name, what, value));
    }
  }
}
