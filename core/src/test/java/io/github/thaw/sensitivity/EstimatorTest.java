package io.github.thaw.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The estimates behind a {@link SobolResult}: the output's moments, intervals, percentiles. */
class EstimatorTest {
  private static final List<Parameter> TWO =
      List.of(Parameter.uniform("x", 0, 1), Parameter.uniform("y", 0, 1));

  @Test
  void theReportedMeanAndVarianceAreThoseOfTheBaseRows() {
    // GIVEN a record of every output, for a row count that is not a multiple of four
    for (int n : new int[] {2, 5, 6, 7, 13}) {
      List<Double> outputs = new ArrayList<>();
      SobolResult r =
          Sobol.options()
              .bootstrap(0)
              .analyze(
                  x -> {
                    double y = 3 * x[0] + x[1] * x[1];
                    synchronized (outputs) {
                      outputs.add(y);
                    }
                    return y;
                  },
                  TWO,
                  n,
                  5);
      // WHEN the outputs of matrices A and B are averaged by hand (one thread evaluates row by
      // row: A, B, then A_B for each parameter)
      List<Double> base = new ArrayList<>();
      for (int j = 0; j < outputs.size(); j++) {
        if (j % 4 < 2) {
          base.add(outputs.get(j));
        }
      }
      double mean = base.stream().mapToDouble(Double::doubleValue).sum() / (2 * n);
      double variance = 0;
      for (double y : base) {
        variance += (y - mean) * (y - mean);
      }
      variance /= 2 * n;
      // THEN the result reports the same moments
      assertThat(base).hasSize(2 * n);
      assertThat(r.mean()).as("mean, n = %d", n).isCloseTo(mean, within(1e-12));
      assertThat(r.variance()).as("variance, n = %d", n).isCloseTo(variance, within(1e-12));
    }
  }

  @Test
  void tinySamplesGiveFiniteOrMissingIntervalsNeverInfiniteOnes() {
    // GIVEN two rows only: many bootstrap resamples draw the same row twice and see no spread
    SobolResult r = Sobol.options().bootstrap(200).analyze(x -> x[0] + 2 * x[1], TWO, 2, 9);
    // THEN such resamples are left out instead of dividing by a zero variance
    for (double[] bound :
        List.of(r.firstOrderLow(), r.firstOrderHigh(), r.totalOrderLow(), r.totalOrderHigh())) {
      for (double v : bound) {
        assertThat(Double.isInfinite(v)).as("bound %s", v).isFalse();
      }
    }
  }

  @Test
  void bootstrapIntervalsBracketTheEstimateAndNarrowWithMoreRows() {
    SobolResult small = Sobol.options().bootstrap(300).analyze(EstimatorTest::linear, TWO, 256, 4);
    SobolResult large = Sobol.options().bootstrap(300).analyze(EstimatorTest::linear, TWO, 4096, 4);
    for (int i = 0; i < 2; i++) {
      assertThat(small.totalOrderLow()[i]).isLessThanOrEqualTo(small.totalOrderHigh()[i]);
      double smallWidth = small.totalOrderHigh()[i] - small.totalOrderLow()[i];
      double largeWidth = large.totalOrderHigh()[i] - large.totalOrderLow()[i];
      // Sixteen times the rows: the width should shrink about four times; allow down to two.
      assertThat(largeWidth).as("width of x%d", i).isLessThan(smallWidth / 2);
    }
  }

  /** x + 2 y on the unit square: S_x = 0.2, S_y = 0.8. */
  private static double linear(double[] x) {
    return x[0] + 2 * x[1];
  }

  @Test
  void percentilesInterpolateBetweenOrderStatisticsAndSkipMissingValues() {
    double[] values = {4, Double.NaN, 1, 3, 2};
    assertThat(Estimator.percentile(values, 0)).isEqualTo(1.0);
    assertThat(Estimator.percentile(values, 1)).isEqualTo(4.0);
    assertThat(Estimator.percentile(values, 0.25)).isEqualTo(1.75);
    assertThat(Estimator.percentile(values, 0.5)).isEqualTo(2.5);
    assertThat(Estimator.percentile(values, 0.9)).isCloseTo(3.7, within(1e-12));
    assertThat(Estimator.percentile(new double[] {7}, 0.3)).isEqualTo(7.0);
    assertThat(Estimator.percentile(new double[] {Double.NaN, Double.NaN}, 0.5)).isNaN();
    assertThat(values).containsExactly(4, Double.NaN, 1, 3, 2);
  }
}
