package io.github.thaw.forecast;

import static io.github.thaw.forecast.CalibrationHarness.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.thaw.forecast.CalibrationHarness.Family;
import io.github.thaw.forecast.CalibrationHarness.Result;
import io.github.thaw.model.ProcessModel;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * Does the forecast cover what happens? The harness's small run; {@code docs/forecasting.md}
 * reports the table it prints (run {@code ./mvnw -B -pl core test -Dtest=CalibrationHarnessTest}).
 */
class CalibrationHarnessTest {
  private static final int PROCESSES = 200;
  private static final int PATHS = 1000;
  private static final long SEED = 2026;

  @Test
  void everyFamilysFanCoversItsTargetWhereTheMethodAllows() {
    // GIVEN 200 processes of each family of dynamics, forecast with the defaults
    Result independent = run(Family.INDEPENDENT, Rates.POSTERIOR, null);
    Result point = run(Family.INDEPENDENT, Rates.POINT, null);
    Result differ = run(Family.RATES_DIFFER, Rates.POSTERIOR, null);
    Result clustered = run(Family.CLUSTERED, Rates.POSTERIOR, null);
    Result clusteredWithoutTempo = run(Family.CLUSTERED, Rates.POSTERIOR, Tempo.NONE);
    Result dependencies = run(Family.DEPENDENCIES, Rates.POSTERIOR, null);
    System.out.println(
        "| family | rates | processes | P10–P90 coverage | milestone forecasts | ECE | Brier"
            + " | Brier of the exact posterior predictive (± s.e. of the difference) |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    for (Result r :
        new Result[] {independent, point, differ, clustered, clusteredWithoutTempo, dependencies}) {
      System.out.println(r.row());
    }
    System.out.printf(
        "ECE of the exact posterior predictive on the independent family's outcomes: %.3f%n",
        independent.exactEce());
    // AND the exact posterior predictive, calibrated by construction, shows an ECE of 0.018 on the
    // same 200 processes: that much of Thaw's 0.057 is sampling noise, the rest is the method
    assertThat(independent.exactEce()).isPositive().isLessThan(0.03);
    assertThat(independent.ece()).isGreaterThan(independent.exactEce() + 0.02);
    // THEN the fans of the independent, clustered and dependencies families cover 80% ± 8 (the
    // standard error of 200 processes is 2.8 points)
    assertThat(independent.coverage()).isBetween(0.72, 0.88);
    assertThat(clustered.coverage()).isBetween(0.72, 0.88);
    assertThat(dependencies.coverage()).isBetween(0.72, 0.88);
    // AND the record's tempo is what brings the clustered family there
    assertThat(clusteredWithoutTempo.coverage()).isLessThan(0.72);
    // AND plug-in rates cover less: why posterior is the default
    assertThat(point.coverage()).isLessThan(independent.coverage());
    assertThat(Forecast.DEFAULT_RATES).isEqualTo(Rates.POSTERIOR);
    // AND the dependencies family meets the calibration target; the others miss it, as measured
    // in docs/forecasting.md (pinned here so that a change that worsens them fails)
    assertThat(dependencies.ece()).isLessThanOrEqualTo(0.05);
    assertThat(independent.ece()).isLessThanOrEqualTo(0.065);
    assertThat(clustered.ece()).isLessThanOrEqualTo(0.085);
    // AND on its own family the exact posterior predictive (ExactPredictive, written apart from
    // Thaw, with the true prior) is better by 0.009 ± 0.002: the Brier target is missed, by that
    assertThat(independent.brierScore() - independent.exactBrierScore()).isBetween(0.0, 0.015);
    // AND rates that differ per milestone are not covered: partial pooling is not built
    assertThat(differ.coverage()).isLessThan(0.72);
  }

  @Test
  void partialPoolingByDimension() {
    // GIVEN processes whose four dimensions each multiply the step rates by their own lognormal
    // factor (σ = 1), and processes of Thaw's own model, forecast with and without partial pooling
    Result full =
        CalibrationHarness.run(
            Family.DIMENSIONS_DIFFER, Rates.POSTERIOR, null, false, PROCESSES, PATHS, SEED);
    Result partial =
        CalibrationHarness.run(
            Family.DIMENSIONS_DIFFER, Rates.POSTERIOR, null, true, PROCESSES, PATHS, SEED);
    Result ownFull =
        CalibrationHarness.run(
            Family.INDEPENDENT, Rates.POSTERIOR, null, false, PROCESSES, PATHS, SEED);
    Result ownPartial =
        CalibrationHarness.run(
            Family.INDEPENDENT, Rates.POSTERIOR, null, true, PROCESSES, PATHS, SEED);
    for (Result r : new Result[] {full, partial, ownFull, ownPartial}) {
      System.out.println(r.row());
    }
    // THEN, measured (docs/forecasting.md): where dimensions differ, shrinking each dimension's
    // rate by a point factor does not beat full pooling here (Brier 0.150 against 0.143, coverage
    // 71.5% against 75.0%), so it stays off by default; pinned so that a change that worsens it
    // fails
    assertThat(Forecast.DEFAULT_PARTIAL_POOLING).isFalse();
    assertThat(partial.brierScore()).isLessThan(full.brierScore() + 0.01);
    assertThat(partial.coverage()).isGreaterThan(0.68);
    // AND with one dimension there is nothing to pool across: the forecasts are the same
    assertThat(ownPartial.brierScore()).isEqualTo(ownFull.brierScore());
    assertThat(ownPartial.covered()).isEqualTo(ownFull.covered());
  }

  @Test
  void randomReversalsAtTheRecordsHazard() {
    // GIVEN 200 processes of independent steps whose milestones also fall one level at a hazard
    // log-uniform in [0.002, 0.02] a month, the record containing the falls, forecast with
    // reversals off and with the record's hazard (the default)
    Result on = run(Family.REVERSALS, Rates.POSTERIOR, null);
    Result off;
    try {
      CalibrationHarness.reversals = Reversals.NONE;
      off = run(Family.REVERSALS, Rates.POSTERIOR, null);
    } finally {
      CalibrationHarness.reversals = null;
    }
    System.out.println("reversals off: " + off.row());
    System.out.println("reversals on:  " + on.row());
    // THEN, measured (docs/forecasting.md): the record's hazard covers more (72.5% against 70.0%)
    // and is better calibrated (ECE 0.050 against 0.054); pinned so that a change that worsens it
    // fails
    assertThat(on.coverage()).isGreaterThanOrEqualTo(off.coverage()).isBetween(0.70, 0.88);
    assertThat(on.ece()).isLessThanOrEqualTo(off.ece()).isLessThanOrEqualTo(0.055);
    assertThat(on.brierScore()).isLessThanOrEqualTo(off.brierScore());
  }

  @Test
  void theRecordsTempoFollowsHowItsAdvancesCluster() {
    // GIVEN a record where eight milestones agree on two days, four each, and one where they
    // agree on eight days of their own
    double[][] together = new double[8][4];
    double[][] apart = new double[8][4];
    for (int m = 0; m < 8; m++) {
      together[m][1] = m < 4 ? 6 : 18;
      apart[m][1] = 2 + 2.5 * m;
      for (int l = 2; l <= 3; l++) {
        together[m][l] = 1e9;
        apart[m][l] = 1e9;
      }
    }
    Calibration c = Calibration.fromHistory(CalibrationHarness.model(together, 24), AS_OF);
    Calibration d = Calibration.fromHistory(CalibrationHarness.model(apart, 24), AS_OF);
    // THEN D = Σ S² / Σ S = (16 + 16) / 8 = 4 and 1
    assertThat(c.advances()).isEqualTo(8);
    assertThat(c.advanceDays()).isEqualTo(2);
    assertThat(c.clustering()).isEqualTo(4.0);
    assertThat(d.clustering()).isEqualTo(1.0);
    // AND over 24 months after a 24-month window (N' = 8 · 24 / 24) the dispersion is
    // κ · 3 · (1/8 + 1/8), by hand
    double window = Months.between(CalibrationHarness.START, AS_OF);
    double expected = 3 * 3 * (1.0 / 8 + 1 / (8 * 24 / window));
    assertThat(c.tempo(24).dispersion()).isCloseTo(expected, within(1e-12));
    assertThat(d.tempo(24)).isEqualTo(Tempo.NONE);
  }

  private static Result run(Family family, Rates rates, Tempo tempo) {
    return CalibrationHarness.run(family, rates, tempo, PROCESSES, PATHS, SEED);
  }

  @Test
  void twoMonthsAtInProgressWithoutACompletionDoNotMakeANearCertainCompletion() {
    // GIVEN eight milestones over two years: five agree, one of them reaches IN_PROGRESS two
    // months before the as-of date, and nothing has ever completed
    double[][] at = new double[8][4];
    double[] agreed = {4, 8, 13, 14, 20};
    for (int m = 0; m < 8; m++) {
      at[m][1] = m < agreed.length ? agreed[m] : 1e9;
      at[m][2] = 1e9;
      at[m][3] = 1e9;
    }
    at[3][2] = 22;
    ProcessModel record = CalibrationHarness.model(at, 24);
    Calibration c = Calibration.fromHistory(record, AS_OF);
    RateEstimate last = c.step(Step.IN_PROGRESS_TO_COMPLETED);
    assertThat(last.transitions()).isZero();
    assertThat(last.exposureMonths())
        .isCloseTo(Months.between(LocalDate.of(2024, 11, 1), AS_OF), within(0.05));
    // WHEN forecast two years ahead with the point estimate and with the posterior
    LocalDate twoYears = LocalDate.of(2026, 12, 31);
    double t = Months.between(AS_OF, twoYears);
    double point = pDoneBy(record, Rates.POINT, twoYears);
    double posterior = pDoneBy(record, Rates.POSTERIOR, twoYears);
    // THEN the point estimate, half a transition over two months, is near certain
    assertThat(point).isCloseTo(1 - Math.exp(-last.rate() * t), within(0.002)).isGreaterThan(0.99);
    // AND the posterior predictive is moderate and matches its closed form 1 − (β / (β + t))^α
    RatePosterior g = c.posterior(Step.IN_PROGRESS_TO_COMPLETED);
    double exact = 1 - Math.pow(g.rate() / (g.rate() + t), g.shape());
    assertThat(posterior).isCloseTo(exact, within(4 * Math.sqrt(exact * (1 - exact) / 20_000)));
    assertThat(posterior).isBetween(0.2, 0.6);
    System.out.printf(
        "thin exposure: point %.4f, posterior %.4f (exact %.4f, pooled rate %.4f, Gamma(%.3f, %.2f))%n",
        point, posterior, exact, c.pooledRate(), g.shape(), g.rate());
  }

  private static double pDoneBy(ProcessModel record, Rates rates, LocalDate date) {
    ForecastSummary s =
        Forecast.builder(record)
            .asOf(AS_OF)
            .horizon(YearMonth.from(date))
            .rates(rates)
            .reversals(Reversals.NONE) // the closed forms know no falls
            .indexFan(false)
            .samples(20_000)
            .build()
            .run(11);
    return s.milestone(CalibrationHarness.id(3)).pCompletedByHorizon();
  }
}
