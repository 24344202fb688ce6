package io.github.thaw.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The common shock: one tempo per path, shared by every step clock. */
class TempoTest {
  private static final int PATHS = 40_000;

  @Test
  void oneStepUnderAGammaTempoCompletesAsTheClosedFormSays() {
    // GIVEN one milestone IN_PROGRESS whose last step is exponential at 0.05 a month, and a tempo
    // of variance 0.5, Z ~ Gamma(2, 2)
    ProcessModel model =
        Models.builder()
            .milestone(Models.milestone("a", List.of(), List.of()))
            .event(Models.status("2024-06-01", "a", Status.IN_PROGRESS))
            .build();
    double rate = 0.05;
    double v = 0.5;
    Forecast f =
        Forecast.builder(model)
            .asOf(Models.AS_OF)
            .horizon(YearMonth.of(2029, 12))
            .transitions(
                Transitions.builder(StepDuration.exponential(rate)).tempo(Tempo.of(v)).build())
            .indexFan(false)
            .samples(PATHS)
            .build();
    assertThat(f.tempo()).isEqualTo(Tempo.of(v));
    // WHEN it runs
    List<Double> p = f.run(11).milestone("a").pCompletedBy();
    List<LocalDate> dates = f.dates();
    // THEN P(done by t) = 1 − E[e^(−r Z t)] = 1 − (1 + r t v)^(−1/v), the gamma's Laplace
    // transform, at every sixth checkpoint within four standard errors
    for (int k = 1; k < dates.size(); k += 6) {
      double t = Months.between(Models.AS_OF, dates.get(k));
      double exact = 1 - Math.pow(1 + rate * t * v, -1 / v);
      assertThat(p.get(k))
          .as("by %s", dates.get(k))
          .isCloseTo(exact, within(4 * Math.sqrt(exact * (1 - exact) / PATHS)));
    }
    // AND that is below the plain exponential's at five years: mixing rates fattens the tail
    double t = Months.between(Models.AS_OF, dates.get(dates.size() - 1));
    double plain = 1 - Math.exp(-rate * t);
    assertThat(p.get(dates.size() - 1)).isLessThan(plain - 0.05);
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.1, 100.5, Double.NaN, Double.POSITIVE_INFINITY})
  void aDispersionOutsideItsRangeIsRefusedNamingTheValue(double v) {
    assertThatThrownBy(() -> Tempo.of(v))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "tempo dispersion must be a number from 0 (no common shock) to 100.0, got " + v);
  }

  @Test
  void threadsAndShardsGiveTheWholeRunBitForBitAndNoTempoChangesNothing() {
    // GIVEN a calibrated forecast of a random model with a tempo set
    ProcessModel model = Models.random(30, 3);
    Forecast f = Forecast.builder(model).tempo(Tempo.of(0.4)).samples(2500).build();
    ForecastSummary whole = f.run(5);
    // THEN threads and shards change nothing
    assertThat(f.withThreads(2).run(5)).isEqualTo(whole);
    ForecastSummary combined =
        f.runShard(5, 0, 1100).combine(f.withThreads(2).runShard(5, 1100, 1400));
    assertThat(combined).isEqualTo(whole);
    assertThat(combined.milestones()).isEqualTo(whole.milestones());
    assertThat(combined.index()).isEqualTo(whole.index());
    // AND the event-by-event simulation draws the same tempo
    ForecastSummary general = f.eventByEvent().run(5);
    for (MilestoneForecast m : whole.milestones()) {
      assertThat(general.pCompletedByHorizon(m.milestone().value()))
          .isCloseTo(m.pCompletedByHorizon(), within(0.002));
    }
    // AND a tempo of 0 draws nothing: the paths are those of a forecast that never had one
    // (random reversals off too: the record's floor would apply to the calibrated forecast only)
    ForecastSummary none =
        Forecast.builder(model)
            .tempo(Tempo.NONE)
            .reversals(Reversals.NONE)
            .samples(2500)
            .build()
            .run(5);
    ForecastSummary viaTransitions =
        Forecast.builder(model)
            .transitions(
                Calibration.fromHistory(model, Models.AS_OF).transitions().toBuilder()
                    .tempo(Tempo.NONE)
                    .build())
            .samples(2500)
            .build()
            .run(5);
    assertThat(viaTransitions.milestones()).isEqualTo(none.milestones());
    assertThat(none.milestones()).isNotEqualTo(whole.milestones());
  }

  @Test
  void theBuilderTakesTheTransitionsTempoBeforeTheRecords() {
    ProcessModel model = Models.random(30, 3);
    Calibration c = Calibration.fromHistory(model, Models.AS_OF);
    Forecast byRecord = Forecast.builder(model).build();
    double months = Months.between(Models.AS_OF, byRecord.horizon().atEndOfMonth());
    assertThat(byRecord.tempo()).isEqualTo(c.tempo(months));
    Forecast byFile =
        Forecast.builder(model)
            .transitions(c.transitions().toBuilder().tempo(Tempo.of(0.3)).build())
            .build();
    assertThat(byFile.tempo()).isEqualTo(Tempo.of(0.3));
    assertThat(byFile.withTransitions(c.transitions()).tempo()).isEqualTo(Tempo.of(0.3));
    assertThat(
            byFile.withTransitions(c.transitions().toBuilder().tempo(Tempo.NONE).build()).tempo())
        .isEqualTo(Tempo.NONE);
  }
}
