package io.github.thaw.sensitivity;

import static io.github.thaw.sensitivity.TestModels.ISHIGAMI;
import static io.github.thaw.sensitivity.TestModels.ISHIGAMI_FIRST;
import static io.github.thaw.sensitivity.TestModels.ISHIGAMI_PARAMETERS;
import static io.github.thaw.sensitivity.TestModels.ISHIGAMI_TOTAL;
import static io.github.thaw.sensitivity.TestModels.ISHIGAMI_VARIANCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The Ishigami function (a = 7, b = 0.1): the standard check of a Sobol' implementation. */
class IshigamiTest {

  @Test
  void analyticValuesAreTheOnesUsuallyQuoted() {
    assertThat(ISHIGAMI_FIRST).containsExactly(new double[] {0.3139, 0.4424, 0}, within(5e-5));
    assertThat(ISHIGAMI_TOTAL).containsExactly(new double[] {0.5576, 0.4424, 0.2437}, within(5e-5));
  }

  @Test
  void scrambledSobolAtTwoToTheSixteenIsWithinOneHundredth() {
    // GIVEN the default options (scrambled Sobol', 100 resamples, 95%)
    // WHEN
    SobolResult r = Sobol.analyze(ISHIGAMI, ISHIGAMI_PARAMETERS, 1 << 16, 20260101L);
    // THEN
    assertThat(r.firstOrder()).containsExactly(ISHIGAMI_FIRST, within(0.01));
    assertThat(r.totalOrder()).containsExactly(ISHIGAMI_TOTAL, within(0.01));
    assertThat(r.variance()).isCloseTo(ISHIGAMI_VARIANCE, within(0.1));
    assertThat(r.evaluations()).isEqualTo(5L << 16);
    for (int i = 0; i < 3; i++) {
      assertThat(ISHIGAMI_FIRST[i]).isBetween(r.firstOrderLow()[i], r.firstOrderHigh()[i]);
      assertThat(ISHIGAMI_TOTAL[i]).isBetween(r.totalOrderLow()[i], r.totalOrderHigh()[i]);
    }
    assertThat(r.ranked()).extracting(SobolResult.Entry::name).containsExactly("x1", "x2", "x3");
    // S3 is estimated at -0.0000075: zero within error, and printed as such.
    assertThat(r.firstOrder()[2]).isNegative();
    assertThat(r.table()).contains("  0.0000  [").doesNotContain("-0.0000");
  }

  @Test
  void randomSamplingAtTwoToTheSixteenIsWithinThreeHundredths() {
    SobolResult r =
        Sobol.options()
            .sampling(Sampling.RANDOM)
            .analyze(ISHIGAMI, ISHIGAMI_PARAMETERS, 1 << 16, 20260101L);
    assertThat(r.firstOrder()).containsExactly(ISHIGAMI_FIRST, within(0.03));
    assertThat(r.totalOrder()).containsExactly(ISHIGAMI_TOTAL, within(0.03));
  }
}
