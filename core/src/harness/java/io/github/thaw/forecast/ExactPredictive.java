package io.github.thaw.forecast;

/**
 * The exact posterior predictive of the harness's independent family, written apart from Thaw: each
 * step's rate has the harness's log-uniform prior on [LOW, HIGH] and the censored exponential
 * likelihood {@code r^n e^(−rT)} of the record, evaluated on a grid of rates; given the record the
 * three rates are independent, so a milestone's remaining step durations are independent mixtures
 * of exponentials, and P(done within t) is their convolution on a grid of times.
 *
 * <p>Under a gamma prior Gamma(a, b) instead ({@link #of(double[][], double, double, double,
 * double)}), the rate's posterior is Gamma(a + n, b + T) and a step's remaining duration has the
 * closed-form Lomax density {@code A B^A / (B + x)^(A + 1)}, A = a + n, B = b + T, convolved on the
 * same grid.
 */
final class ExactPredictive {
  private static final int RATES = 400;
  private static final double H = 0.02;

  private ExactPredictive() {}

  /**
   * P(completed within {@code ahead} months after {@code record}) for each milestone not complete
   * at {@code record}; NaN for those complete.
   *
   * @param at each milestone's time of reaching each level, months after START
   * @param record the record's length in months
   * @param ahead the forecast's length in months
   */
  static double[] of(double[][] at, double record, double ahead) {
    return of(at, record, ahead, Double.NaN, Double.NaN);
  }

  /**
   * P(completed within {@code ahead} months after {@code record}) for each milestone not complete
   * at {@code record}, when each step's rate has the prior Gamma(shape, rate) (both NaN: the
   * log-uniform); NaN for those complete.
   *
   * @param at each milestone's time of reaching each level, months after START
   * @param record the record's length in months
   * @param ahead the forecast's length in months
   * @param shape the gamma prior's shape, or NaN
   * @param rate the gamma prior's rate per month, or NaN
   */
  static double[] of(double[][] at, double record, double ahead, double shape, double rate) {
    int[] n = new int[3];
    double[] exposure = new double[3];
    for (double[] a : at) {
      for (int s = 0; s < 3; s++) {
        double from = a[s];
        if (from >= record) {
          break;
        }
        double to = Math.min(a[s + 1], record);
        exposure[s] += to - from;
        if (a[s + 1] <= record) {
          n[s]++;
        }
      }
    }
    int size = (int) Math.ceil(ahead / H);
    double[][] density = new double[3][];
    for (int s = 0; s < 3; s++) {
      density[s] =
          Double.isNaN(shape)
              ? density(n[s], exposure[s], size)
              : lomax(shape + n[s], rate + exposure[s], size);
    }
    double[] out = new double[at.length];
    for (int m = 0; m < at.length; m++) {
      int level = 0;
      while (level < 3 && at[m][level + 1] <= record) {
        level++;
      }
      if (level == 3) {
        out[m] = Double.NaN;
        continue;
      }
      double[] sum = density[level];
      for (int s = level + 1; s < 3; s++) {
        sum = convolve(sum, density[s]);
      }
      double p = 0;
      for (int i = 0; i < size; i++) {
        double w = Math.min(H, ahead - i * H);
        p += sum[i] * w;
      }
      out[m] = Math.min(1, p);
    }
    return out;
  }

  /** The predictive density of one step's duration at the midpoints of the time grid. */
  private static double[] density(int n, double exposure, int size) {
    double lo = Math.log(CalibrationHarness.LOW);
    double hi = Math.log(CalibrationHarness.HIGH);
    double[] rate = new double[RATES];
    double[] logWeight = new double[RATES];
    double max = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < RATES; j++) {
      // Uniform in log r: the prior 1/r times dr = r d(log r) cancels.
      rate[j] = Math.exp(lo + (j + 0.5) * (hi - lo) / RATES);
      logWeight[j] = n * Math.log(rate[j]) - rate[j] * exposure;
      max = Math.max(max, logWeight[j]);
    }
    double total = 0;
    double[] weight = new double[RATES];
    for (int j = 0; j < RATES; j++) {
      weight[j] = Math.exp(logWeight[j] - max);
      total += weight[j];
    }
    double[] f = new double[size];
    for (int i = 0; i < size; i++) {
      double x = (i + 0.5) * H;
      double v = 0;
      for (int j = 0; j < RATES; j++) {
        v += weight[j] * rate[j] * Math.exp(-rate[j] * x);
      }
      f[i] = v / total;
    }
    return f;
  }

  /**
   * The predictive density of one step's duration at the midpoints of the time grid when its rate
   * is Gamma(a, b): ∫ r e^(−rx) Gamma(r; a, b) dr = a b^a / (b + x)^(a + 1).
   */
  private static double[] lomax(double a, double b, int size) {
    double[] f = new double[size];
    for (int i = 0; i < size; i++) {
      double x = (i + 0.5) * H;
      f[i] = a / b * Math.exp(-(a + 1) * Math.log1p(x / b));
    }
    return f;
  }

  /** The density of a sum of two independent durations, on the same grid. */
  private static double[] convolve(double[] a, double[] b) {
    double[] c = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      double v = 0;
      for (int j = 0; j <= i; j++) {
        v += a[j] * b[i - j];
      }
      c[i] = v * H;
    }
    return c;
  }
}
