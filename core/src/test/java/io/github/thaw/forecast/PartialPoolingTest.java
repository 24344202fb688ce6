package io.github.thaw.forecast;

import static io.github.thaw.forecast.CalibrationHarness.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.thaw.model.ProcessModel;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Partial pooling by dimension: the empirical Bayes estimator against a hand computation. */
class PartialPoolingTest {

  /** Eight milestones over two years, two per dimension; dimension 0 fast, 3 slow. */
  private static ProcessModel record() {
    // months after 2023-01-01 at which each milestone agrees; never for the rest
    double[][] at = CalibrationHarness.agreeing(2, 3, 6, 9, 15, 1e9, 1e9, 1e9);
    return CalibrationHarness.model(at, 24, false, true);
  }

  @Test
  void theShrunkRatesMatchAHandComputation() {
    Calibration c = Calibration.fromHistory(record(), AS_OF);
    double window = Months.between(CalibrationHarness.START, AS_OF);
    // Exposure to NOT_STARTED -> AGREED per dimension, by hand: dimension 0 agreed at 2 and 3
    // months, 1 at 6 and 9, 2 at 15 and never, 3 never twice
    double[] n = {2, 2, 1, 0};
    double[] t = {2 + 3, 6 + 9, 15 + window, 2 * window};
    // the months in the record are whole days, so allow a day's rounding
    double nAll = 5;
    double tAll = t[0] + t[1] + t[2] + t[3];
    double r = nAll / tAll;
    double q = 0;
    double t2 = 0;
    for (int g = 0; g < 4; g++) {
      q += t[g] * (n[g] / t[g] - r) * (n[g] / t[g] - r);
      t2 += t[g] * t[g];
    }
    double tau2 = Math.max(0, (q - 3 * r) / (tAll - t2 / tAll));
    assertThat(tau2).isPositive();
    assertThat(c.betweenGroupVariance(Step.NOT_STARTED_TO_AGREED))
        .isCloseTo(tau2, within(tau2 * 0.01));
    double v = r / tau2;
    for (RateGroup g : c.groups()) {
      if (g.step() != Step.NOT_STARTED_TO_AGREED) {
        continue;
      }
      int d = Integer.parseInt(g.dimension().substring(1));
      double shrunk = (n[d] + v * r) / (t[d] + v);
      assertThat(g.transitions()).isEqualTo((int) n[d]);
      assertThat(g.exposureMonths()).isCloseTo(t[d], within(0.1));
      assertThat(g.shrunkRate()).isCloseTo(shrunk, within(shrunk * 0.01));
      // shrunk between the dimension's own rate and the pooled one
      double own = n[d] / t[d];
      assertThat(g.shrunkRate()).isBetween(Math.min(own, r), Math.max(own, r));
    }
    // AND a step nobody took has nothing to pool: τ² = 0 and every factor 1
    assertThat(c.betweenGroupVariance(Step.AGREED_TO_IN_PROGRESS)).isZero();
    assertThat(c.priorWeight(Step.AGREED_TO_IN_PROGRESS)).isInfinite();
    c.groups().stream()
        .filter(g -> g.step() == Step.AGREED_TO_IN_PROGRESS)
        .forEach(g -> assertThat(g.factor()).isEqualTo(1.0));
  }

  @Test
  void equalRatesAcrossDimensionsAreFullyPooled() {
    // GIVEN every dimension agreeing once after the same exposure: no between-dimension spread
    double[][] at = new double[8][4];
    for (int m = 0; m < 8; m++) {
      at[m][1] = m % 2 == 0 ? 6 : 1e9;
      at[m][2] = 1e9;
      at[m][3] = 1e9;
    }
    Calibration c = Calibration.fromHistory(CalibrationHarness.model(at, 24, false, true), AS_OF);
    // THEN τ² is floored at 0 and every dimension keeps the pooled rate
    assertThat(c.betweenGroupVariance(Step.NOT_STARTED_TO_AGREED)).isZero();
    c.groups().forEach(g -> assertThat(g.factor()).isEqualTo(1.0));
  }

  @Test
  void theForecastUsesEachDimensionsRate() {
    // GIVEN the record with partial pooling on and off
    ProcessModel record = record();
    ForecastSummary on = forecast(record, true);
    ForecastSummary off = forecast(record, false);
    // THEN without pooling the two not-started milestones of dimensions 2 and 3 are forecast alike
    double off2 = agreed(off, 5);
    double off3 = agreed(off, 6);
    assertThat(off2).isCloseTo(off3, within(0.02));
    // AND with it dimension 2 (one agreement) is faster than dimension 3 (none)
    assertThat(agreed(on, 5)).isGreaterThan(agreed(on, 6) + 0.02);
    // AND dimension 0's own milestones are done within the record: nothing to compare there;
    // the run is reproducible
    assertThat(forecast(record, true)).isEqualTo(on);
  }

  private static ForecastSummary forecast(ProcessModel record, boolean pooling) {
    return Forecast.builder(record)
        .asOf(AS_OF)
        .horizon(YearMonth.of(2026, 12))
        .partialPooling(pooling)
        .indexFan(false)
        .samples(20_000)
        .build()
        .run(11);
  }

  private static double agreed(ForecastSummary s, int m) {
    return 1
        - s.milestone(CalibrationHarness.id(m))
            .statusAtHorizon()
            .get(io.github.thaw.model.Status.NOT_STARTED);
  }
}
