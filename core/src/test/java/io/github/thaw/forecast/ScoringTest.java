package io.github.thaw.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/** Brier, log and CRPS against values worked out by hand and a closed form. */
class ScoringTest {
  @Test
  void brierAndLogOnATinyCase() {
    // p = 0.8, happened: (0.8 − 1)² = 0.04, −ln 0.8 = 0.22314355
    assertThat(Scoring.brier(0.8, true)).isCloseTo(0.04, within(1e-15));
    assertThat(Scoring.log(0.8, true)).isCloseTo(0.2231435513, within(1e-9));
    // p = 0.8, did not happen: 0.64 and −ln 0.2 = 1.60943791
    assertThat(Scoring.brier(0.8, false)).isCloseTo(0.64, within(1e-15));
    assertThat(Scoring.log(0.8, false)).isCloseTo(1.6094379124, within(1e-9));
    // certainty that turns out wrong costs −ln 0.001 = 6.907755, never infinity
    assertThat(Scoring.log(0.0, true)).isCloseTo(6.9077552790, within(1e-9));
    assertThat(Scoring.log(1.0, false)).isCloseTo(6.9077552790, within(1e-9));
    assertThat(Scoring.log(1.0, true)).isCloseTo(-Math.log(0.999), within(1e-12));
  }

  @Test
  void crpsOfSmallEnsemblesByHand() {
    // {0, 1} against 0: E|X − y| = 0.5, E|X − X'| = (0 + 1 + 1 + 0) / 4 = 0.5, so 0.5 − 0.25
    assertThat(Scoring.crps(new double[] {0, 1}, 0)).isCloseTo(0.25, within(1e-15));
    // {1, 2, 4} against 3: E|X − y| = (2 + 1 + 1) / 3 = 4/3; pairs |1−2| + |1−4| + |2−4| = 6,
    // E|X − X'| = 2 · 6 / 9 = 4/3; CRPS = 4/3 − 2/3 = 2/3
    assertThat(Scoring.crps(new double[] {4, 1, 2}, 3)).isCloseTo(2.0 / 3, within(1e-15));
    // a point forecast scores its absolute error
    assertThat(Scoring.crps(new double[] {7.5}, 5)).isEqualTo(2.5);
    // the integral form over weights gives the same: {1, 2, 4} with equal weights
    assertThat(Scoring.crps(new double[] {1, 2, 4}, new double[] {1, 1, 1}, 3))
        .isCloseTo(2.0 / 3, within(1e-15));
    // and weights count as repeated members: {0, 0, 1} against 1 by hand:
    // E|X − y| = 2/3, E|X − X'| = 2 · 2 / 9 = 4/9, CRPS = 2/3 − 2/9 = 4/9
    assertThat(Scoring.crps(new double[] {0, 1}, new double[] {2, 1}, 1))
        .isCloseTo(4.0 / 9, within(1e-15));
    assertThat(Scoring.crps(new double[] {0, 0, 1}, 1)).isCloseTo(4.0 / 9, within(1e-15));
  }

  @Test
  void crpsOfANormalMatchesItsClosedForm() {
    // CRPS(N(μ, σ²), y) = σ [z (2Φ(z) − 1) + 2φ(z) − 1/√π], z = (y − μ)/σ (Gneiting and Raftery
    // 2007); an ensemble of the normal's quantiles at (i − ½)/n approaches it as n grows.
    double mu = 40;
    double sigma = 6;
    double y = 47;
    NormalDistribution n01 = NormalDistribution.of(0, 1);
    double z = (y - mu) / sigma;
    double closed =
        sigma
            * (z * (2 * n01.cumulativeProbability(z) - 1)
                + 2 * n01.density(z)
                - 1 / Math.sqrt(Math.PI));
    int n = 20_000;
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = mu + sigma * n01.inverseCumulativeProbability((i + 0.5) / n);
    }
    assertThat(Scoring.crps(x, y)).isCloseTo(closed, within(1e-3));
    double[] w = new double[n];
    java.util.Arrays.fill(w, 1);
    assertThat(Scoring.crps(x, w, y)).isCloseTo(Scoring.crps(x, y), within(1e-9));
  }

  @Test
  void badInputIsRefusedWithTheValue() {
    assertThatThrownBy(() -> Scoring.brier(1.5, true))
        .hasMessage("a probability must be in [0, 1], got 1.5");
    assertThatThrownBy(() -> Scoring.log(Double.NaN, true))
        .hasMessage("a probability must be in [0, 1], got NaN");
    assertThatThrownBy(() -> Scoring.crps(new double[0], 1))
        .hasMessage("an ensemble needs at least one value");
    assertThatThrownBy(() -> Scoring.crps(new double[] {1, Double.NaN}, 1))
        .hasMessage("a scored value must be finite, got NaN");
    assertThatThrownBy(() -> Scoring.crps(new double[] {1}, new double[] {0}, 1))
        .hasMessage("weights must sum to a finite number > 0, got 0.0");
  }
}
