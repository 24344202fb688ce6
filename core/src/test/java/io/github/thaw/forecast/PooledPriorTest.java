package io.github.thaw.forecast;

import static io.github.thaw.forecast.CalibrationHarness.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The pooled rate of a record of almost no exposure must not make a near-certain forecast. */
class PooledPriorTest {

  @Test
  void aRecordOfOneDayGivesAModeratePooledRateAndForecast() {
    // GIVEN eight milestones recorded NOT_STARTED on one day and nothing since, forecast the next
    // day: eight milestone-days of exposure, no transition
    double[][] at = new double[8][4];
    for (double[] m : at) {
      m[1] = 1e9;
      m[2] = 1e9;
      m[3] = 1e9;
    }
    ProcessModel record = CalibrationHarness.model(at, 24);
    LocalDate asOf = START.plusDays(1);
    Calibration c = Calibration.fromHistory(record, asOf);
    double exposure = 8 / Months.DAYS;
    assertThat(c.step(Step.NOT_STARTED_TO_AGREED).exposureMonths())
        .isCloseTo(exposure, within(1e-9));
    // THEN the rate pooled over all steps is half a transition over the exposure plus a year, by
    // hand, where half
    // a transition over the exposure alone would be 1.9 a month
    assertThat(c.pooledRate()).isCloseTo(0.5 / (exposure + 12), within(1e-12));
    assertThat(0.5 / exposure).isGreaterThan(1.8);
    // AND the step's prior is centred on the plain mean of the three steps' rates under their own
    // hyperprior of four transitions in four years, by hand: the first step seen for eight days,
    // the other two never reached
    double centre = (4 / (exposure + 48) + 4.0 / 48 + 4.0 / 48) / 3;
    assertThat(c.priorCentre(Pooling.MILESTONE)).isCloseTo(centre, within(1e-12));
    assertThat(c.priorCentre(Pooling.NONE)).isCloseTo(centre, within(1e-12));
    // AND the step's posterior is Gamma(24 c, T + 24)
    RatePosterior g = c.posterior(Step.NOT_STARTED_TO_AGREED);
    assertThat(g.shape()).isCloseTo(24 * centre, within(1e-12));
    assertThat(g.rate()).isCloseTo(exposure + 24, within(1e-12));
    // WHEN forecast six months ahead with rates drawn from the posterior
    YearMonth horizon = YearMonth.from(asOf.plusMonths(6));
    ForecastSummary s =
        Forecast.builder(record)
            .asOf(asOf)
            .horizon(horizon)
            .indexFan(false)
            .samples(20_000)
            .build()
            .run(11);
    // THEN a milestone agrees by the horizon about as often as the gamma mixture's closed form
    // 1 − (β / (β + t))^α says: about the chance of a wait of mean a year ending within six
    // months, far from the near-certainty of 1.9 a month
    double t = Months.between(asOf, horizon.atEndOfMonth());
    double exact = 1 - Math.pow(g.rate() / (g.rate() + t), g.shape());
    assertThat(exact).isCloseTo(1 - Math.exp(-t / 12), within(0.05));
    double agreed =
        1 - s.milestone(CalibrationHarness.id(0)).statusAtHorizon().get(Status.NOT_STARTED);
    assertThat(exact).isBetween(0.25, 0.5);
    assertThat(agreed).isCloseTo(exact, within(4 * Math.sqrt(exact * (1 - exact) / 20_000)));
    assertThat(s.milestone(CalibrationHarness.id(0)).pCompletedByHorizon()).isLessThan(0.05);
  }
}
