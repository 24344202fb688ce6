package io.github.thaw.forecast;

import static io.github.thaw.forecast.CalibrationHarness.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Status;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * Partial pooling by milestone: the frailty variance against a hand computation, each milestone's
 * pace drawn per path, and nothing drawn when milestones do not differ.
 */
class MilestonePoolingTest {

  /** Eight milestones over two years: five agree (months 2, 3, 6, 9, 15), three never do. */
  static ProcessModel record() {
    return CalibrationHarness.model(CalibrationHarness.agreeing(2, 3, 6, 9, 15, 1e9, 1e9, 1e9), 24);
  }

  @Test
  void theFrailtyVarianceAndPosteriorsMatchAnIndependentComputation() {
    Calibration c = Calibration.fromHistory(record(), AS_OF);
    double window = Months.between(CalibrationHarness.START, AS_OF);
    // By hand: NOT_STARTED -> AGREED taken 5 times, in 2, 3, 6, 9 and 15 months, and three
    // milestones waited the whole window; AGREED -> IN_PROGRESS never taken, so its rate is 0 and
    // adds nothing expected
    double[] t0 = {2, 3, 6, 9, 15, window, window, window};
    double[] n = {1, 1, 1, 1, 1, 0, 0, 0};
    // The joint fit, written apart: the step's rate over the exposure counted at each milestone's
    // pace, the paces from that rate, until nothing moves
    double[] factor = {1, 1, 1, 1, 1, 1, 1, 1};
    double[] e = new double[8];
    double phi = 0;
    for (int round = 0; round < 500; round++) {
      double paced = 0;
      for (int m = 0; m < 8; m++) {
        paced += factor[m] * t0[m];
      }
      double rate = 5 / paced;
      for (int m = 0; m < 8; m++) {
        e[m] = rate * t0[m];
      }
      phi = posteriorMeanOnTheUnitInterval(n, e, Calibration.FRAILTY_PRIOR_SCALE);
      for (int m = 0; m < 8; m++) {
        factor[m] = (1 / phi + n[m]) / (1 / phi + e[m]);
      }
    }
    // THEN the record's φ is the posterior mean summed another way, within a day's rounding of
    // the record's months and the two sums' error
    assertThat(phi).isBetween(0.2, 5.0);
    assertThat(c.frailtyVariance()).isCloseTo(phi, within(phi * 0.02));
    double paced = 0;
    for (int m = 0; m < 8; m++) {
      MilestoneFrailty f = c.frailties().get(m);
      assertThat(f.milestone().value()).isEqualTo(CalibrationHarness.id(m));
      assertThat(f.transitions()).isEqualTo((int) n[m]);
      assertThat(f.expectedTransitions()).isCloseTo(e[m], within(0.02));
      assertThat(f.factor()).isCloseTo(factor[m], within(factor[m] * 0.02));
      assertThat(f.shape()).isCloseTo(1 / c.frailtyVariance() + n[m], within(1e-12));
      paced += factor[m] * t0[m];
    }
    // AND the step's posterior counts the exposure at the milestones' paces
    RatePosterior g = c.posterior(Step.NOT_STARTED_TO_AGREED, Pooling.MILESTONE);
    assertThat(g.rate()).isCloseTo(paced + Calibration.PRIOR_MONTHS, within(paced * 0.02));
    assertThat(c.posterior(Step.NOT_STARTED_TO_AGREED, Pooling.NONE).rate())
        .isCloseTo(
            c.step(Step.NOT_STARTED_TO_AGREED).exposureMonths() + Calibration.PRIOR_MONTHS,
            within(1e-9));
    // AND the fastest milestone (agreed after two months) is faster than average, the ones that
    // never agreed slower
    assertThat(c.frailties().get(0).factor()).isGreaterThan(1);
    assertThat(c.frailties().get(7).factor()).isLessThan(1);
  }

  /**
   * The posterior mean of φ under the prior (1/s)/(1 + φ/s)², which is uniform in u = φ/(s + φ): a
   * midpoint sum over u in [0, u(100)) of the negative binomial likelihood, where Calibration sums
   * over a log-spaced grid of φ.
   */
  private static double posteriorMeanOnTheUnitInterval(double[] n, double[] e, double s) {
    int points = 200_000;
    double top = 100 / (s + 100);
    double[] logL = new double[points];
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < points; i++) {
      double u = (i + 0.5) * top / points;
      double phi = s * u / (1 - u);
      double k = 1 / phi;
      double ll = 0;
      for (int m = 0; m < n.length; m++) {
        ll += n[m] == 0 ? 0 : Math.log(k); // Γ(n + k) / Γ(k) = k for n = 1
        ll += k * Math.log(k / (k + e[m])) + n[m] * Math.log(e[m] / (k + e[m]));
      }
      logL[i] = ll;
      max = Math.max(max, ll);
    }
    double num = 0;
    double den = 0;
    for (int i = 0; i < points; i++) {
      double u = (i + 0.5) * top / points;
      double w = Math.exp(logL[i] - max);
      num += w * s * u / (1 - u);
      den += w;
    }
    return num / den;
  }

  @Test
  void eachPathDrawsEachMilestonesOwnPace() {
    ProcessModel record = record();
    ForecastSummary none = forecast(record, Pooling.NONE, 1);
    ForecastSummary own = forecast(record, Pooling.MILESTONE, 1);
    // THEN fully pooled, milestones 0 (agreed at 2 months) and 4 (at 15) are forecast alike
    assertThat(started(none, 0)).isCloseTo(started(none, 4), within(0.02));
    // AND with each milestone's pace, 0 is faster than 4
    assertThat(started(own, 0) - started(own, 4))
        .as(
            "own %.4f vs %.4f, pooled %.4f vs %.4f",
            started(own, 0), started(own, 4), started(none, 0), started(none, 4))
        .isGreaterThan(0.02);
    // AND the run does not depend on threads, and shards combine into it exactly
    assertThat(forecast(record, Pooling.MILESTONE, 3)).isEqualTo(own);
    Forecast f =
        Forecast.builder(record)
            .asOf(AS_OF)
            .horizon(YearMonth.of(2026, 12))
            .pooling(Pooling.MILESTONE)
            .indexFan(false)
            .samples(20_000)
            .build();
    assertThat(f.pooling()).isEqualTo(Pooling.MILESTONE);
    assertThat(f.frailties()).hasSize(8);
    assertThat(f.runShard(11, 0, 7_000).combine(f.runShard(11, 7_000, 13_000))).isEqualTo(own);
  }

  @Test
  void milestonesOfOnePaceKeepTheSharedRates() {
    // GIVEN eight milestones that each agree once, after the same six months
    ProcessModel record =
        CalibrationHarness.model(CalibrationHarness.agreeing(6, 6, 6, 6, 6, 6, 6, 6), 24);
    // THEN the milestones spread no more than shared rates make them: φ is small (its prior's
    // median is 0.2, and the record pulls it below), and every factor is 1
    Calibration c = Calibration.fromHistory(record, AS_OF);
    assertThat(c.frailtyVariance()).isPositive().isLessThan(Calibration.FRAILTY_PRIOR_SCALE);
    c.frailties().forEach(f -> assertThat(f.factor()).isCloseTo(1.0, within(1e-12)));
    // AND pooling by milestone forecasts each milestone as full pooling does, within sampling
    // error (20,000 paths each)
    ForecastSummary own = forecast(record, Pooling.MILESTONE, 1);
    ForecastSummary none = forecast(record, Pooling.NONE, 1);
    for (int m = 0; m < 8; m++) {
      double p = started(none, m);
      assertThat(started(own, m))
          .isCloseTo(p, within(5 * Math.sqrt(2 * p * (1 - p) / 20_000) + 0.01));
    }
  }

  @Test
  void aRecordWhereFewerThanTwoMilestonesCouldMoveDrawsNothing() {
    // GIVEN a record of one milestone, which agrees after six months
    double[][] at = {{0, 6, 1e9, 1e9}};
    ProcessModel record = CalibrationHarness.model(at, 24);
    Calibration c = Calibration.fromHistory(record, AS_OF);
    // THEN φ cannot be read: it is 0 and pooling by milestone draws nothing, bit for bit
    assertThat(c.frailtyVariance()).isZero();
    assertThat(c.frailties()).singleElement().satisfies(f -> assertThat(f.factor()).isEqualTo(1));
    assertThat(forecast(record, Pooling.MILESTONE, 1).milestones())
        .isEqualTo(forecast(record, Pooling.NONE, 1).milestones());
  }

  @Test
  void aTransitionsFilesPoolingIsTheDefaultAndTheBuilderWins() {
    ProcessModel record = record();
    Transitions none = Transitions.everyStep(StepDuration.never()).toBuilder().build();
    TransitionOverrides file = base -> base.toBuilder().pooling(Pooling.NONE).build();
    Forecast fromFile =
        Forecast.builder(record).asOf(AS_OF).overrides(file).indexFan(false).samples(10).build();
    assertThat(fromFile.pooling()).isEqualTo(Pooling.NONE);
    Forecast builderWins =
        Forecast.builder(record)
            .asOf(AS_OF)
            .overrides(file)
            .pooling(Pooling.MILESTONE)
            .indexFan(false)
            .samples(10)
            .build();
    assertThat(builderWins.pooling()).isEqualTo(Pooling.MILESTONE);
    assertThat(Forecast.builder(record).asOf(AS_OF).samples(10).build().pooling())
        .isEqualTo(Forecast.DEFAULT_POOLING);
    assertThat(none.pooling()).isEmpty();
  }

  private static ForecastSummary forecast(ProcessModel record, Pooling pooling, int threads) {
    return Forecast.builder(record)
        .asOf(AS_OF)
        .horizon(YearMonth.of(2026, 12))
        .pooling(pooling)
        .indexFan(false)
        .threads(threads)
        .samples(20_000)
        .build()
        .run(11);
  }

  private static double started(ForecastSummary s, int m) {
    return 1 - s.milestone(CalibrationHarness.id(m)).statusAtHorizon().get(Status.AGREED);
  }
}
