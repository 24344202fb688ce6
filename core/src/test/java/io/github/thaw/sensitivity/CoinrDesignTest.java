package io.github.thaw.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * COINr's documented sensitivity design ({@code SA_sample}: N(d + 2) runs; {@code SA_estimate}:
 * Saltelli's 2010 first-order and Jansen's total estimator) on COINr's own example function {@code
 * x1 + 2 x2 + 3 x3}, recomputed here by hand from the outputs and compared with the library.
 */
class CoinrDesignTest {
  private static final ToDoubleFunction<double[]> COINR_TESTFUNC = x -> x[0] + 2 * x[1] + 3 * x[2];

  @Test
  void estimatorsMatchAHandComputationOnTheSameRuns() {
    int n = 512;
    int d = 3;
    List<Parameter> ps =
        List.of(
            Parameter.uniform("x1", 0, 1),
            Parameter.uniform("x2", 0, 1),
            Parameter.uniform("x3", 0, 1));
    double[] a = new double[n * d];
    double[] b = new double[n * d];
    SaltelliDesign.fill(Sampling.SCRAMBLED_SOBOL, n, d, 11, a, b);
    double[] y = Evaluator.evaluate(COINR_TESTFUNC, ps, n, a, b, 1);

    // N(d + 2) runs, laid out as f(A), f(B), f(A_B^(1)), …, f(A_B^(d))
    assertThat(y).hasSize(n * (d + 2));

    // by hand: centre on the pooled mean of f(A), f(B); V over those 2N outputs
    double mean = 0;
    for (int j = 0; j < 2 * n; j++) {
      mean += y[j];
    }
    mean /= 2 * n;
    double v = 0;
    for (int j = 0; j < 2 * n; j++) {
      v += (y[j] - mean) * (y[j] - mean);
    }
    v /= 2 * n;
    SobolResult lib = Estimator.estimate(ps, n, y, Sampling.SCRAMBLED_SOBOL, 0, 0.95, 1, 11);
    for (int i = 0; i < d; i++) {
      double first = 0;
      double total = 0;
      for (int j = 0; j < n; j++) {
        double ya = y[j] - mean;
        double yb = y[n + j] - mean;
        double yab = y[(2 + i) * n + j] - mean;
        first += yb * (yab - ya); // Saltelli et al. 2010
        total += (ya - yab) * (ya - yab); // Jansen 1999
      }
      first = first / n / v;
      total = total / (2.0 * n) / v;
      assertThat(lib.firstOrder()[i]).as("S%d", i + 1).isCloseTo(first, within(1e-12));
      assertThat(lib.totalOrder()[i]).as("ST%d", i + 1).isCloseTo(total, within(1e-12));
      // an additive function: S_i = ST_i = i² / 14 (1, 4 and 9 over 1 + 4 + 9)
      double exact = (i + 1) * (i + 1) / 14.0;
      assertThat(first).as("S%d against i²/14", i + 1).isCloseTo(exact, within(0.02));
      assertThat(total).as("ST%d against i²/14", i + 1).isCloseTo(exact, within(0.02));
    }
  }
}
