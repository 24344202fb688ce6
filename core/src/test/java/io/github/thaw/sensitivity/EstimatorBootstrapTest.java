package io.github.thaw.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

/**
 * The point estimates and bootstrap intervals of a tiny design, recomputed here straight from the
 * published estimators (Saltelli et al. 2010 for S_i, Jansen 1999 for ST_i) and a plain percentile
 * bootstrap over rows.
 */
class EstimatorBootstrapTest {
  private static final int N = 8;
  // f(A), f(B), f(A_B) by row; rows 0 to 5 have f(A) = f(B) = 1, so a resample drawn from them
  // alone (about one in ten) has no variance. Every value is a small dyadic number, so that
  // variance is exactly zero.
  private static final double[] A = {1, 1, 1, 1, 1, 1, 7, 2};
  private static final double[] B = {1, 1, 1, 1, 1, 1, 0, 5};
  private static final double[] AB = {3, 1, 6, 2, 4, 0, 2, 6};

  /** S and ST of the rows drawn with the given counts, or NaN when they have no variance. */
  private static double[] indices(int[] count, double mean) {
    double s1 = 0;
    double s2 = 0;
    double p = 0;
    double q = 0;
    for (int j = 0; j < N; j++) {
      double a = A[j] - mean;
      double b = B[j] - mean;
      double d = AB[j] - A[j];
      s1 += count[j] * (a + b);
      s2 += count[j] * (a * a + b * b);
      p += count[j] * b * d;
      q += count[j] * d * d;
    }
    double v = s2 / (2 * N) - (s1 / (2 * N)) * (s1 / (2 * N));
    if (!(v > 0)) {
      return new double[] {Double.NaN, Double.NaN};
    }
    return new double[] {p / N / v, q / (2 * N) / v};
  }

  /** Type 7 quantile of the finite values. */
  private static double quantile(double[] values, double prob) {
    double[] x = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
    double h = (x.length - 1) * prob;
    int lo = (int) h;
    return lo + 1 < x.length ? x[lo] + (h - lo) * (x[lo + 1] - x[lo]) : x[lo];
  }

  @Test
  void intervalsArePercentilesOfRowResamplesThatSkipResamplesWithoutVariance() {
    double[] y = new double[3 * N];
    System.arraycopy(A, 0, y, 0, N);
    System.arraycopy(B, 0, y, N, N);
    System.arraycopy(AB, 0, y, 2 * N, N);
    int resamples = 1000;
    long seed = 21;
    SobolResult r =
        Estimator.estimate(
            List.of(Parameter.uniform("x", 0, 1)), N, y, Sampling.RANDOM, resamples, 0.9, 1, seed);

    double mean = (15 + 11) / 16.0;
    double[] point = indices(new int[] {1, 1, 1, 1, 1, 1, 1, 1}, mean);
    assertThat(r.firstOrder()[0]).isCloseTo(point[0], within(1e-12));
    assertThat(r.totalOrder()[0]).isCloseTo(point[1], within(1e-12));

    double[] first = new double[resamples];
    double[] total = new double[resamples];
    int withoutVariance = 0;
    for (int s = 0; s < resamples; s++) {
      UniformRandomProvider rng = Streams.create(seed, Streams.BOOTSTRAP, s);
      int[] count = new int[N];
      for (int t = 0; t < N; t++) {
        count[rng.nextInt(N)]++;
      }
      double[] est = indices(count, mean);
      first[s] = est[0];
      total[s] = est[1];
      withoutVariance += Double.isNaN(est[0]) ? 1 : 0;
    }
    // not vacuous: many resamples drew only rows without variance
    assertThat(withoutVariance).isGreaterThan(50);
    assertThat(r.firstOrderLow()[0]).isCloseTo(quantile(first, 0.05), within(1e-9));
    assertThat(r.firstOrderHigh()[0]).isCloseTo(quantile(first, 0.95), within(1e-9));
    assertThat(r.totalOrderLow()[0]).isCloseTo(quantile(total, 0.05), within(1e-9));
    assertThat(r.totalOrderHigh()[0]).isCloseTo(quantile(total, 0.95), within(1e-9));
  }
}
