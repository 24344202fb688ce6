package io.github.thaw.forecast;

import java.util.Arrays;

/**
 * Proper scores of forecasts against what happened, as {@link Backtest} uses them. Every score is
 * negatively oriented: lower is better, 0 is a perfect forecast.
 *
 * <ul>
 *   <li>Brier: {@code (p − o)²} for a probability p and an outcome o of 0 or 1.
 *   <li>Log: {@code −ln p} if the event happened, {@code −ln(1 − p)} if not, with p clipped to
 *       [{@link #LOG_EPSILON}, 1 − {@link #LOG_EPSILON}] so that a forecast of certainty that turns
 *       out wrong costs {@code −ln ε ≈ 6.91} instead of infinity.
 *   <li>CRPS (continuous ranked probability score) of a distribution F against a value y: {@code ∫
 *       (F(x) − 1[x ≥ y])² dx}, which for an ensemble is the energy form {@code E|X − y| − ½ E|X −
 *       X'|}; for a point forecast it is the absolute error.
 * </ul>
 */
public final class Scoring {
  /**
   * The clip of the log score: probabilities are kept in [ε, 1 − ε]. 0.001 is ten times finer than
   * a forecast of 10,000 paths can resolve and caps one wrong certainty at {@code −ln 0.001 ≈
   * 6.91}.
   */
  public static final double LOG_EPSILON = 1e-3;

  private Scoring() {}

  /**
   * The Brier score of one probability forecast.
   *
   * @param p the forecast probability, in [0, 1]
   * @param happened whether the event happened
   * @return {@code (p − o)²}
   * @throws IllegalArgumentException if p is not in [0, 1]
   */
  public static double brier(double p, boolean happened) {
    checkProbability(p);
    double d = p - (happened ? 1 : 0);
    return d * d;
  }

  /**
   * The log score of one probability forecast, clipped by {@link #LOG_EPSILON}.
   *
   * @param p the forecast probability, in [0, 1]
   * @param happened whether the event happened
   * @return {@code −ln p'} or {@code −ln(1 − p')} with p' the clipped p; finite, at most {@code −ln
   *     ε}
   * @throws IllegalArgumentException if p is not in [0, 1]
   */
  public static double log(double p, boolean happened) {
    checkProbability(p);
    double q = Math.min(1 - LOG_EPSILON, Math.max(LOG_EPSILON, p));
    return -Math.log(happened ? q : 1 - q);
  }

  /**
   * The CRPS of an ensemble of equally likely values, by the energy form {@code E|X − y| − ½ E|X −
   * X'|}. O(n log n).
   *
   * @param ensemble the values, at least one, all finite; not changed
   * @param observed what happened
   * @return the score, {@code >= 0}
   * @throws IllegalArgumentException if the ensemble is empty or a value is not finite
   */
  public static double crps(double[] ensemble, double observed) {
    if (ensemble.length == 0) {
      throw new IllegalArgumentException("an ensemble needs at least one value");
    }
    checkFinite(observed);
    double[] x = ensemble.clone();
    Arrays.sort(x);
    int n = x.length;
    double toObserved = 0;
    double spread = 0; // sum over ordered pairs of |x_i − x_j|, by ranks: Σ (2i − n − 1) x_(i)
    for (int i = 0; i < n; i++) {
      checkFinite(x[i]);
      toObserved += Math.abs(x[i] - observed);
      spread += (2.0 * (i + 1) - n - 1) * x[i];
    }
    return toObserved / n - spread / ((double) n * n);
  }

  /**
   * The CRPS of a discrete distribution, by the integral of its squared distance to the observed
   * step function. O(n).
   *
   * @param values the support, ascending, finite
   * @param weights each value's count or weight, {@code >= 0}, not all 0
   * @param observed what happened
   * @return the score, {@code >= 0}
   * @throws IllegalArgumentException if the arrays differ in length, are empty, a value is not
   *     finite or the weights do not sum to a positive number
   */
  public static double crps(double[] values, double[] weights, double observed) {
    if (values.length != weights.length || values.length == 0) {
      throw new IllegalArgumentException(
          "values and weights need the same, positive length, got "
              + values.length
              + " and "
              + weights.length);
    }
    checkFinite(observed);
    double total = 0;
    for (int i = 0; i < values.length; i++) {
      checkFinite(values[i]);
      if (!(weights[i] >= 0) || (i > 0 && values[i] < values[i - 1])) {
        throw new IllegalArgumentException(
            "weights must be >= 0 and values ascending, at position " + i);
      }
      total += weights[i];
    }
    if (!(total > 0) || Double.isInfinite(total)) {
      throw new IllegalArgumentException("weights must sum to a finite number > 0, got " + total);
    }
    // Between consecutive support points (and the observation) F and the step are constant.
    double score = 0;
    double cdf = 0;
    double left = Math.min(values[0], observed);
    for (int i = 0; i <= values.length; i++) {
      double right = i < values.length ? values[i] : Math.max(values[values.length - 1], observed);
      score += segment(left, right, cdf, observed);
      if (i < values.length) {
        cdf += weights[i] / total;
        left = right;
      }
    }
    return score;
  }

  /** ∫ from a to b of (F − 1[x ≥ y])² with F constant, split at y when y falls inside. */
  private static double segment(double a, double b, double cdf, double y) {
    if (b <= a) {
      return 0;
    }
    double below = Math.max(0, Math.min(b, y) - a);
    double above = (b - a) - below;
    return below * cdf * cdf + above * (1 - cdf) * (1 - cdf);
  }

  private static void checkProbability(double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("a probability must be in [0, 1], got " + p);
    }
  }

  private static void checkFinite(double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("a scored value must be finite, got " + v);
    }
  }
}
