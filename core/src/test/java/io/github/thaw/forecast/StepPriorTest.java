package io.github.thaw.forecast;

import static io.github.thaw.forecast.CalibrationHarness.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.thaw.model.ProcessModel;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** An analyst's prior of every step's rate, in place of the record's own. */
class StepPriorTest {

  /** Eight milestones over two years, five agreed, one IN_PROGRESS since month 22. */
  private static ProcessModel record() {
    return CalibrationHarness.thinExposure();
  }

  @Test
  void everyParameterIsCheckedAndNamed() {
    for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY, 12_001}) {
      assertThatThrownBy(() -> StepPrior.of(bad, 12))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("step prior transitions")
          .hasMessageContaining(String.valueOf(bad));
      assertThatThrownBy(() -> StepPrior.of(1, bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("step prior months")
          .hasMessageContaining(String.valueOf(bad));
    }
    assertThat(StepPrior.of(12_000, 12_000).mean()).isEqualTo(1);
    assertThat(StepPrior.of(1.5, 24).mean()).isEqualTo(0.0625);
  }

  @Test
  void theRecordsOwnPriorIsTwentyFourMonthsAtTheCentreAndGivesTheDefaultPosterior() {
    Calibration c = Calibration.fromHistory(record(), AS_OF);
    for (Pooling pooling : Pooling.values()) {
      StepPrior own = c.prior(pooling);
      assertThat(own.months()).isEqualTo(24);
      assertThat(own.transitions()).isEqualTo(24 * c.priorCentre(pooling));
      for (Step s : Step.values()) {
        assertThat(c.posterior(s, pooling, own)).isEqualTo(c.posterior(s, pooling));
      }
    }
  }

  @Test
  void aGivenPriorAddsItsTransitionsAndMonthsToTheRecordsByHand() {
    Calibration c = Calibration.fromHistory(record(), AS_OF);
    StepPrior p = StepPrior.of(2, 10);
    for (Step s : Step.values()) {
      RateEstimate e = c.step(s);
      RatePosterior g = c.posterior(s, Pooling.NONE, p);
      assertThat(g.shape()).isEqualTo(e.transitions() + 2);
      assertThat(g.rate()).isCloseTo(e.exposureMonths() + 10, within(1e-9));
    }
  }

  @Test
  void theForecastDrawsFromTheGivenPriorAsTheGammaMixturesClosedFormSays() {
    // GIVEN the record, and a prior of 3 transitions in 20 months for every step
    ProcessModel record = record();
    StepPrior prior = StepPrior.of(3, 20);
    LocalDate twoYears = LocalDate.of(2026, 12, 31);
    ForecastSummary s =
        Forecast.builder(record)
            .asOf(AS_OF)
            .horizon(YearMonth.from(twoYears))
            .prior(prior)
            .reversals(Reversals.NONE) // the closed form knows no falls
            .pooling(Pooling.NONE) // nor the milestone's own pace
            .tempo(Tempo.NONE)
            .indexFan(false)
            .samples(20_000)
            .build()
            .run(11);
    // THEN the milestone at IN_PROGRESS completes within t months with chance
    // 1 − (β / (β + t))^α, α = n + 3 and β = T + 20 of the last step, computed here
    RateEstimate last = Calibration.fromHistory(record, AS_OF).step(Step.IN_PROGRESS_TO_COMPLETED);
    double alpha = last.transitions() + 3;
    double beta = last.exposureMonths() + 20;
    double t = Months.between(AS_OF, twoYears);
    double exact = 1 - Math.pow(beta / (beta + t), alpha);
    double p = s.milestone(CalibrationHarness.id(3)).pCompletedByHorizon();
    assertThat(p).isCloseTo(exact, within(4 * Math.sqrt(exact * (1 - exact) / 20_000)));
    // AND not what the record's own prior gives
    double own =
        Forecast.builder(record)
            .asOf(AS_OF)
            .horizon(YearMonth.from(twoYears))
            .reversals(Reversals.NONE)
            .pooling(Pooling.NONE)
            .tempo(Tempo.NONE)
            .indexFan(false)
            .samples(20_000)
            .build()
            .run(11)
            .milestone(CalibrationHarness.id(3))
            .pCompletedByHorizon();
    assertThat(Math.abs(own - p)).isGreaterThan(0.05);
  }

  @Test
  void theBuildersPriorWinsOverTheTransitionsAndTheTransitionsOverTheRecords() {
    ProcessModel record = record();
    Calibration c = Calibration.fromHistory(record, AS_OF);
    Transitions withPrior = c.transitions().toBuilder().prior(StepPrior.of(1, 12)).build();
    Forecast fromFile =
        Forecast.builder(record).asOf(AS_OF).transitions(withPrior).samples(100).build();
    Forecast fromBuilder =
        Forecast.builder(record)
            .asOf(AS_OF)
            .transitions(withPrior)
            .prior(StepPrior.of(4, 40))
            .samples(100)
            .build();
    Forecast fromRecord = Forecast.builder(record).asOf(AS_OF).samples(100).build();
    Pooling pooling = fromRecord.pooling();
    for (int i = 0; i < 3; i++) {
      Step s = Step.values()[i];
      assertThat(fromFile.posteriors().get(i))
          .isEqualTo(c.posterior(s, fromFile.pooling(), StepPrior.of(1, 12)));
      assertThat(fromBuilder.posteriors().get(i))
          .isEqualTo(c.posterior(s, fromBuilder.pooling(), StepPrior.of(4, 40)));
      assertThat(fromRecord.posteriors().get(i)).isEqualTo(c.posterior(s, pooling));
    }
    // AND the record's own prior given explicitly changes no path
    assertThat(
            Forecast.builder(record)
                .asOf(AS_OF)
                .prior(c.prior(pooling))
                .samples(2_000)
                .build()
                .run(5))
        .isEqualTo(Forecast.builder(record).asOf(AS_OF).samples(2_000).build().run(5));
  }
}
