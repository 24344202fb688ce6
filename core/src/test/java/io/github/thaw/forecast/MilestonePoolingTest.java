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
  private static ProcessModel record() {
    double[][] at = new double[8][4];
    double[] agreed = {2, 3, 6, 9, 15, 1e9, 1e9, 1e9};
    for (int m = 0; m < 8; m++) {
      at[m][1] = agreed[m];
      at[m][2] = 1e9;
      at[m][3] = 1e9;
    }
    return CalibrationHarness.model(at, 24);
  }

  @Test
  void theFrailtyVarianceAndPosteriorsMatchAHandComputation() {
    Calibration c = Calibration.fromHistory(record(), AS_OF);
    double window = Months.between(CalibrationHarness.START, AS_OF);
    // By hand: NOT_STARTED -> AGREED taken 5 times in 2 + 3 + 6 + 9 + 15 + 3 · window months;
    // AGREED -> IN_PROGRESS never taken, so its pooled rate is 0 and adds nothing expected
    double[] t0 = {2, 3, 6, 9, 15, window, window, window};
    double[] n = {1, 1, 1, 1, 1, 0, 0, 0};
    double total = 0;
    for (double t : t0) {
      total += t;
    }
    double r = 5 / total;
    double q = 0;
    double sum = 0;
    double squares = 0;
    double cubes = 0;
    double[] e = new double[8];
    for (int m = 0; m < 8; m++) {
      e[m] = r * t0[m];
      q += (n[m] - e[m]) * (n[m] - e[m]);
      sum += e[m];
      squares += e[m] * e[m];
      cubes += e[m] * e[m] * e[m];
    }
    // Σ (n − E)² less its Poisson part, over its part per unit of φ (E fitted, Σ n = Σ E = 5)
    double phi =
        (q - (sum - squares / sum)) / (squares - 2 * cubes / sum + squares * squares / (sum * sum));
    assertThat(sum).isCloseTo(5, within(1e-9));
    assertThat(phi).isGreaterThan(0.5);
    // the record's months are whole days: allow for a day's rounding
    assertThat(c.frailtyVariance()).isCloseTo(phi, within(phi * 0.02));
    for (int m = 0; m < 8; m++) {
      MilestoneFrailty f = c.frailties().get(m);
      assertThat(f.milestone().value()).isEqualTo(CalibrationHarness.id(m));
      assertThat(f.transitions()).isEqualTo((int) n[m]);
      assertThat(f.expectedTransitions()).isCloseTo(e[m], within(0.01));
      double mean = (1 / phi + n[m]) / (1 / phi + e[m]);
      assertThat(f.factor()).isCloseTo(mean, within(mean * 0.02));
      assertThat(f.shape()).isCloseTo(1 / c.frailtyVariance() + n[m], within(1e-12));
    }
    // AND the fastest milestone (agreed after two months) is faster than pooled, the ones that
    // never agreed slower
    assertThat(c.frailties().get(0).factor()).isGreaterThan(1);
    assertThat(c.frailties().get(7).factor()).isLessThan(1);
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
  void milestonesOfOnePaceDrawNothing() {
    // GIVEN eight milestones that each agree once, after the same six months
    double[][] at = new double[8][4];
    for (int m = 0; m < 8; m++) {
      at[m][1] = 6;
      at[m][2] = 1e9;
      at[m][3] = 1e9;
    }
    ProcessModel record = CalibrationHarness.model(at, 24);
    // THEN the milestones spread no more than shared rates make them: φ = 0, every factor 1
    Calibration c = Calibration.fromHistory(record, AS_OF);
    assertThat(c.frailtyVariance()).isZero();
    c.frailties().forEach(f -> assertThat(f.factor()).isEqualTo(1.0));
    // AND pooling by milestone draws nothing: the paths are those of full pooling, bit for bit
    // (the summaries differ only in the pooling they name)
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
