package io.github.thaw.sensitivity;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * First-order (Saltelli et al. 2010) and total (Jansen 1999) indices from the design's outputs,
 * with percentile-bootstrap intervals.
 *
 * <p>Outputs are first centred on the mean of the pooled f(A) and f(B) values. That leaves every
 * index unchanged in expectation, but the first-order estimator mean(f(B) (f(A_B) - f(A))) is not
 * shift-invariant on a finite sample: without centring, an output such as an index near 50 with a
 * spread of 2 would add noise proportional to 50 to every first-order index.
 *
 * <p>Each row j then contributes 2 + 2k numbers, and every estimate is a function of their sums:
 *
 * <pre>
 *   s1 = a + b,  s2 = a² + b²,  p_i = b (c_i - a),  q_i = (a - c_i)²
 *   V = Σ s2 / 2N - (Σ s1 / 2N)²,  S_i = (Σ p_i / N) / V,  ST_i = (Σ q_i / 2N) / V
 * </pre>
 *
 * where a, b and c_i are the centred f(A), f(B) and f(A_B^(i)) at row j. A bootstrap resample draws
 * N rows with replacement, which only changes the weights of those sums: it counts how often each
 * row was drawn and takes weighted sums ({@link RowStatistics}), so a resample costs O(N k) with no
 * copying.
 */
final class Estimator {
  private Estimator() {}

  static SobolResult estimate(
      List<Parameter> parameters,
      int n,
      double[] y,
      Sampling sampling,
      int resamples,
      double confidence,
      int threads,
      long seed) {
    int k = parameters.size();
    double mean = pooledMean(y, n);
    RowStatistics g = new RowStatistics(y, n, k, mean);

    // The estimates are the same weighted sums as a resample's, with every row counted once.
    int[] once = new int[n];
    Arrays.fill(once, 1);
    double[] sums = new double[g.count()];
    g.weightedSums(once, sums);
    double variance = variance(sums, n);
    double[] first = new double[k];
    double[] total = new double[k];
    indices(sums, n, k, variance, first, total);

    double[][] firstRuns = new double[k][resamples];
    double[][] totalRuns = new double[k][resamples];
    if (resamples > 0) {
      Blocks.run(
          resamples,
          threads,
          () -> new Scratch(n, g.count()),
          (s, r) -> {
            UniformRandomProvider rng = Streams.create(seed, Streams.BOOTSTRAP, r);
            int[] w = s.counts;
            Arrays.fill(w, 0);
            for (int t = 0; t < n; t++) {
              w[rng.nextInt(n)]++;
            }
            g.weightedSums(w, s.sums);
            double v = variance(s.sums, n);
            if (v > 0) {
              indices(s.sums, n, k, v, s.first, s.total);
            } else {
              // Every drawn row had the same output: this resample says nothing about the spread.
              Arrays.fill(s.first, Double.NaN);
              Arrays.fill(s.total, Double.NaN);
            }
            for (int i = 0; i < k; i++) {
              firstRuns[i][r] = s.first[i];
              totalRuns[i][r] = s.total[i];
            }
          });
    }
    double tail = (1 - confidence) / 2;
    double[][] firstCi = new double[2][k];
    double[][] totalCi = new double[2][k];
    for (int i = 0; i < k; i++) {
      firstCi[0][i] = percentile(firstRuns[i], tail);
      firstCi[1][i] = percentile(firstRuns[i], 1 - tail);
      totalCi[0][i] = percentile(totalRuns[i], tail);
      totalCi[1][i] = percentile(totalRuns[i], 1 - tail);
    }
    return new SobolResult(
        parameters.stream().map(Parameter::name).toList(),
        first,
        firstCi[0],
        firstCi[1],
        total,
        totalCi[0],
        totalCi[1],
        mean,
        variance,
        n,
        (long) (k + 2) * n,
        sampling,
        resamples,
        confidence);
  }

  private static double pooledMean(double[] y, int n) {
    double first = y[0];
    boolean constant = true;
    for (int j = 0; j < 2 * n; j++) {
      constant &= y[j] == first;
    }
    if (constant) {
      throw new IllegalArgumentException(SensitivityMessages.constantOutput(first, 2L * n));
    }
    return sum(y, 2 * n) / (2.0 * n);
  }

  private static double variance(double[] sums, int n) {
    double m = sums[0] / (2.0 * n);
    return sums[1] / (2.0 * n) - m * m;
  }

  private static void indices(
      double[] sums, int n, int k, double v, double[] first, double[] total) {
    for (int i = 0; i < k; i++) {
      first[i] = sums[2 + i] / n / v;
      total[i] = sums[2 + k + i] / (2.0 * n) / v;
    }
  }

  /** A sum with four accumulators: faster than one chain, and the same for every caller. */
  private static double sum(double[] x, int n) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int j = 0;
    for (; j + 3 < n; j += 4) {
      s0 += x[j];
      s1 += x[j + 1];
      s2 += x[j + 2];
      s3 += x[j + 3];
    }
    for (; j < n; j++) {
      s0 += x[j];
    }
    return (s0 + s1) + (s2 + s3);
  }

  /**
   * The p-quantile of the finite values, interpolating linearly between order statistics (type 7 of
   * Hyndman and Fan, the default of R and NumPy); NaN if there are none.
   */
  static double percentile(double[] values, double p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int m = 0;
    while (m < sorted.length && !Double.isNaN(sorted[m])) {
      m++;
    }
    if (m == 0) {
      return Double.NaN;
    }
    double h = (m - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, m - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  /** Per-thread bootstrap space, reused across resamples. */
  private static final class Scratch {
    final int[] counts;
    final double[] sums;
    final double[] first;
    final double[] total;

    Scratch(int n, int statistics) {
      counts = new int[n];
      sums = new double[statistics];
      int k = (statistics - 2) / 2;
      first = new double[k];
      total = new double[k];
    }
  }
}
