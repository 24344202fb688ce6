package io.github.thaw.forecast;

/**
 * The exact posterior predictive of the harness's independent family, written apart from Thaw: each
 * step's rate has the harness's log-uniform prior on [LOW, HIGH] and the censored exponential
 * likelihood {@code r^n e^(−rT)} of the record, evaluated on a grid of rates; given the record the
 * three rates are independent, so a milestone's remaining step durations are independent mixtures
 * of exponentials, and P(done within t) is their convolution on a grid of times.
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
      density[s] = density(n[s], exposure[s], size);
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
