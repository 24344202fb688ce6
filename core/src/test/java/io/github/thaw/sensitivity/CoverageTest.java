package io.github.thaw.sensitivity;

import static io.github.thaw.sensitivity.TestModels.ISHIGAMI;
import static io.github.thaw.sensitivity.TestModels.ISHIGAMI_FIRST;
import static io.github.thaw.sensitivity.TestModels.ISHIGAMI_PARAMETERS;
import static io.github.thaw.sensitivity.TestModels.ISHIGAMI_TOTAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Do the 95% bootstrap intervals cover the analytic Ishigami indices 95% of the time? Each test
 * repeats a whole analysis with seeds 1000, 1001, ... and counts, for each of the six indices, how
 * often the interval holds the truth. Seeds are fixed, so the counts are too; the tolerances say
 * how far from nominal a correct implementation may land.
 */
class CoverageTest {

  private static final int BASE_SAMPLES = 1024;

  /** Coverage of S1, S2, S3, ST1, ST2, ST3 over the replications. */
  private static double[] coverage(Sobol.Options options, int replications) {
    int[] hits = new int[6];
    for (int r = 0; r < replications; r++) {
      SobolResult res = options.analyze(ISHIGAMI, ISHIGAMI_PARAMETERS, BASE_SAMPLES, 1000 + r);
      for (int i = 0; i < 3; i++) {
        if (res.firstOrderLow()[i] <= ISHIGAMI_FIRST[i]
            && ISHIGAMI_FIRST[i] <= res.firstOrderHigh()[i]) {
          hits[i]++;
        }
        if (res.totalOrderLow()[i] <= ISHIGAMI_TOTAL[i]
            && ISHIGAMI_TOTAL[i] <= res.totalOrderHigh()[i]) {
          hits[3 + i]++;
        }
      }
    }
    double[] rate = new double[6];
    for (int i = 0; i < 6; i++) {
      rate[i] = hits[i] / (double) replications;
    }
    return rate;
  }

  @Test
  void randomSamplingIntervalsCoverAtTheNominalRate() {
    // GIVEN 200 independent analyses with random sampling, N = 1024, 200 resamples, 95%
    Sobol.Options options = Sobol.options().sampling(Sampling.RANDOM).bootstrap(200);
    // WHEN
    double[] rate = coverage(options, 200);
    // THEN every index is covered at least 85% of the time (the binomial standard error of a 95%
    // rate over 200 runs is 1.5 points), and the six together within 4 points of 95%
    assertThat(min(rate)).as(Arrays.toString(rate)).isGreaterThanOrEqualTo(0.85);
    double pooled = 0;
    for (double r : rate) {
      pooled += r / 6;
    }
    assertThat(pooled).as(Arrays.toString(rate)).isBetween(0.91, 0.99);
  }

  @Test
  void scrambledSobolIntervalsAreConservative() {
    // Resampling rows ignores the balance of a Sobol' net, so the intervals are wider than the
    // estimator's real spread: they should cover (almost) always.
    double[] rate = coverage(Sobol.options(), 100);
    assertThat(min(rate)).as(Arrays.toString(rate)).isGreaterThanOrEqualTo(0.95);
  }

  private static double min(double[] x) {
    return Arrays.stream(x).min().orElseThrow();
  }
}
