package io.github.thaw.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.apache.commons.statistics.distribution.GammaDistribution;
import org.junit.jupiter.api.Test;

class GammaTableTest {
  @Test
  void theTableReadsTheExactQuantileWithinATenthOfAPercentAndIsExactInTheTails() {
    // GIVEN the reference model's posteriors' shapes and a thin-exposure one
    for (double shape : new double[] {0.375, 1.124, 1.904, 12.9}) {
      GammaDistribution d = GammaDistribution.of(shape, 1 / 40.0);
      GammaTable t = new GammaTable(d);
      SplittableRandom r = new SplittableRandom(7);
      for (int k = 0; k < 2000; k++) {
        double u = r.nextDouble();
        double exact = d.inverseCumulativeProbability(u);
        // THEN in the middle within 0.1% (or 1e-9 absolute), in the outer 1/128 exactly
        boolean tail = u < 1.0 / 128 || u >= 127.0 / 128;
        double tolerance = tail ? 0 : 1e-3 * exact + 1e-9;
        assertThat(t.quantile(u)).as("shape %s u %s", shape, u).isCloseTo(exact, within(tolerance));
      }
      assertThat(t.quantile(0)).isZero();
      assertThat(t.quantile(0.5 / 128)).isEqualTo(d.inverseCumulativeProbability(0.5 / 128));
      assertThat(t.quantile(1 - 0.5 / 128))
          .isEqualTo(d.inverseCumulativeProbability(1 - 0.5 / 128));
    }
  }
}
