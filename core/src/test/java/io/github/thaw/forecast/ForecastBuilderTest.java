package io.github.thaw.forecast;

import static io.github.thaw.forecast.Models.milestone;
import static io.github.thaw.forecast.Models.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForecastBuilderTest {
  static ProcessModel history() {
    return CalibrationTest.history();
  }

  @Test
  void defaultsAreTheModelsDateFiveYearsAndTheCalibratedRecord() {
    Forecast f = Forecast.builder(history()).samples(10).build();
    assertThat(f.asOf()).isEqualTo(Models.AS_OF);
    assertThat(f.horizon()).isEqualTo(YearMonth.of(2030, 1));
    assertThat(f.transitions())
        .isEqualTo(Calibration.fromHistory(history(), Models.AS_OF).transitions());
    assertThat(f.dates()).startsWith(Models.AS_OF, LocalDate.of(2025, 1, 31));
    assertThat(f.dates()).endsWith(LocalDate.of(2030, 1, 31)).hasSize(62);
    assertThat(f.threads()).isEqualTo(1);
    assertThat(f.method()).isPresent();
    assertThat(f).hasToString("Forecast['Test' 2025-01-01 to 2030-01, 10 paths]");
  }

  @Test
  void withoutAnAsOfDateTheLatestEventCounts() {
    ProcessModel m =
        ProcessModel.builder("No date")
            .dimension(io.github.thaw.model.Dimension.of("d", "D"))
            .source(new io.github.thaw.model.Source("s", "O", "T", null, "s.txt"))
            .milestone(milestone("a", List.of(), List.of()))
            .event(status("2024-03", "a", Status.AGREED))
            .build();
    assertThat(
            Forecast.builder(m)
                .transitions(Transitions.everyStep(StepDuration.exponential(0.1)))
                .build()
                .asOf())
        .isEqualTo(LocalDate.of(2024, 3, 31));
  }

  @Test
  void badSettingsAreRefusedWithTheValue() {
    Transitions t = Transitions.everyStep(StepDuration.exponential(0.1));
    assertThatThrownBy(
            () ->
                Forecast.builder(history()).transitions(t).horizon(YearMonth.of(2024, 12)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("horizon 2024-12 ends before the as-of date 2025-01-01; choose a later month");
    assertThatThrownBy(() -> Forecast.builder(history()).samples(0))
        .hasMessage("samples must be >= 1, got 0");
    assertThatThrownBy(() -> Forecast.builder(history()).threads(0))
        .hasMessage("threads must be >= 1, got 0");
    Forecast f = Forecast.builder(history()).transitions(t).samples(10).build();
    assertThatThrownBy(() -> f.runShard(1, -1, 10))
        .hasMessage(
            "a shard needs first path >= 0 and count >= 1 with first + count <= 2^62, got"
                + " first=-1, count=10");
    ForecastSummary s = f.run(1);
    assertThatThrownBy(() -> s.milestone("e2"))
        .hasMessage("Milestone 'e2' is not in model 'Test' (did you mean 'e'?)");
    assertThatThrownBy(() -> Transitions.builder(StepDuration.never()).softFactor(Double.NaN))
        .hasMessage("soft factor must be a finite number > 0, got NaN");
    assertThatThrownBy(() -> FreezeShocks.of(1, 0))
        .hasMessage("freeze length must be a number > 0 of months, at most 12000.0, got 0.0");
  }

  @Test
  void theSmallestAllowedValuesAreAccepted() {
    Forecast f =
        Forecast.builder(history())
            .transitions(Transitions.builder(StepDuration.never()).softFactor(1e-9).build())
            .samples(1)
            .build();
    assertThat(f.samples()).isEqualTo(1);
    assertThat(f.run(1).samples()).isEqualTo(1);
    assertThat(f.runShard(1, 0, 1).paths()).containsExactly(new PathRange(0, 1));
    assertThat(FreezeShocks.of(0, 1e-9).ratePerYear()).isZero();
  }

  @Test
  void valuesJustOutsideTheLimitsAreRefused() {
    assertThatThrownBy(() -> Transitions.builder(StepDuration.never()).softFactor(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("soft factor must be a finite number > 0, got 0.0");
    assertThatThrownBy(() -> FreezeShocks.of(-0.5, 6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("freeze rate must be a number from 0 to 1000.0 per year, got -0.5");
    Forecast f =
        Forecast.builder(history())
            .transitions(Transitions.everyStep(StepDuration.never()))
            .samples(1)
            .build();
    assertThatThrownBy(() -> f.runShard(1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a shard needs first path >= 0 and count >= 1 with first + count <= 2^62, got"
                + " first=0, count=0");
    assertThatThrownBy(() -> f.runShard(1, (1L << 62) - 9, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("got first=4611686018427387895, count=10");
  }

  @Test
  void aModelWithNoDateAndNoEventNeedsAnAsOfDate() {
    ProcessModel m =
        ProcessModel.builder("Empty")
            .dimension(io.github.thaw.model.Dimension.of("d", "D"))
            .milestone(milestone("a", List.of(), List.of()))
            .build();
    assertThatThrownBy(
            () ->
                Forecast.builder(m)
                    .transitions(Transitions.everyStep(StepDuration.exponential(0.1)))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("model 'Empty' has no asOf date and no event; give the forecast an as-of date");
    Forecast dated =
        Forecast.builder(m)
            .transitions(Transitions.everyStep(StepDuration.exponential(0.1)))
            .asOf(LocalDate.of(2025, 3, 1))
            .build();
    assertThat(dated.horizon()).isEqualTo(YearMonth.of(2030, 3));
  }

  @Test
  void everyStepCanBeResetOnABuilder() {
    Transitions t =
        Transitions.builder(StepDuration.never())
            .milestone("a", Step.AGREED_TO_IN_PROGRESS, StepDuration.pert(1, 2, 3))
            .everyStep(StepDuration.exponential(0.1))
            .build();
    assertThat(t.steps())
        .containsOnlyKeys(Step.values())
        .containsValue(StepDuration.exponential(0.1));
    assertThat(t.steps().values()).containsOnly(StepDuration.exponential(0.1));
    assertThat(t.duration("a", Step.AGREED_TO_IN_PROGRESS)).isEqualTo(StepDuration.pert(1, 2, 3));
  }

  @Test
  void aHorizonInTheAsOfMonthHasTwoCheckpoints() {
    Forecast f =
        Forecast.builder(history())
            .transitions(Transitions.everyStep(StepDuration.exponential(0.1)))
            .horizon(YearMonth.of(2025, 1))
            .samples(10)
            .build();
    assertThat(f.dates()).containsExactly(Models.AS_OF, LocalDate.of(2025, 1, 31));
    assertThat(f.run(1).index()).hasSize(2);
  }

  @Test
  void aHorizonEndingOnTheAsOfDateHasOneCheckpoint() {
    ForecastSummary s =
        Forecast.builder(history())
            .transitions(Transitions.everyStep(StepDuration.exponential(0.1)))
            .asOf(LocalDate.of(2025, 1, 31))
            .horizon(YearMonth.of(2025, 1))
            .samples(10)
            .build()
            .run(1);
    assertThat(s.dates()).containsExactly(LocalDate.of(2025, 1, 31));
    assertThat(s.index()).hasSize(1);
    assertThat(s.pCompletedByHorizon("c")).isEqualTo(1.0);
    assertThat(s.pCompletedByHorizon("b")).isZero();
  }

  @Test
  void aHorizonEndingOnTheAsOfDateLeavesNoTimeToBeHeldBack() {
    // GIVEN b requires a, neither started, and a forecast with no time after the as-of date
    ProcessModel m = Models.bRequiresA().build();
    ForecastSummary s =
        Forecast.builder(m)
            .transitions(Transitions.everyStep(StepDuration.exponential(0.1)))
            .asOf(LocalDate.of(2025, 1, 31))
            .horizon(YearMonth.of(2025, 1))
            .samples(10)
            .build()
            .run(1);
    // THEN b never waited for a within the horizon
    assertThat(s.milestone("b").heldBackLastBy())
        .containsExactly(java.util.Map.entry(io.github.thaw.model.MilestoneId.of("a"), 0.0));
  }

  @Test
  void theTableShowsMilestonesTheFanAndWhatHoldsThemBack() {
    String table = Forecast.builder(history()).samples(500).build().run(11).table();
    assertThat(table)
        .startsWith("Forecast of 'Test' from 2025-01-01 to 2030-01: 500 paths, seed 11")
        .containsPattern("\\ne +NOT_STARTED +0\\.\\d{3} ")
        .contains("Index fan (P10 / P50 / P90):")
        .contains("  2025-01-01 ")
        .contains("  2026-01-31 ")
        .contains("  2030-01-31 ")
        .containsPattern("e: b \\d+\\.\\d%");
  }

  @Test
  void transitionsCanBeSwappedCheaplyForASensitivityAnalysis() {
    Forecast f =
        Forecast.builder(history())
            .transitions(Transitions.everyStep(StepDuration.exponential(0.02)))
            .samples(2000)
            .build();
    double slow = f.run(11).pCompletedByHorizon("b");
    double fast =
        f.withTransitions(
                f.transitions().with("b", Step.AGREED_TO_IN_PROGRESS, StepDuration.exponential(1)))
            .run(11)
            .pCompletedByHorizon("b");
    assertThat(fast).isGreaterThan(slow);
  }
}
