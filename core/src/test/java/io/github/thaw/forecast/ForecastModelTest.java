package io.github.thaw.forecast;

import static io.github.thaw.forecast.Models.AS_OF;
import static io.github.thaw.forecast.Models.milestone;
import static io.github.thaw.forecast.Models.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Status;
import io.github.thaw.scenario.Scenario;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.junit.jupiter.api.Test;

/** Cases small enough to check by hand: one step, a chain, a soft prerequisite, freezes. */
class ForecastModelTest {
  private static final double DAYS = 365.2425 / 12;
  private static final int N = 20_000;

  /** One milestone already IN_PROGRESS: only its last step is left. */
  static ProcessModel inProgress() {
    return Models.builder()
        .milestone(milestone("a", List.of(), List.of()))
        .event(status("2024-06-01", "a", Status.IN_PROGRESS))
        .build();
  }

  static Transitions lastStep(StepDuration d) {
    return Transitions.builder(StepDuration.never()).step(Step.IN_PROGRESS_TO_COMPLETED, d).build();
  }

  static double months(LocalDate d) {
    return (d.toEpochDay() - AS_OF.toEpochDay()) / DAYS;
  }

  @Test
  void aSingleExponentialStepCompletesByTWithProbabilityOneMinusExpMinusLambdaT() {
    // GIVEN a step of rate 0.05 a month WHEN forecast for five years
    Forecast f =
        Forecast.builder(inProgress())
            .transitions(lastStep(StepDuration.exponential(0.05)))
            .samples(N)
            .build();
    ForecastSummary s = f.run(11);
    // THEN at every checkpoint the share completed is 1 - exp(-0.05 t) within 4 standard errors
    MilestoneForecast a = s.milestone("a");
    for (int k = 0; k < s.dates().size(); k += 7) {
      double p = 1 - Math.exp(-0.05 * months(s.dates().get(k)));
      double se = Math.sqrt(p * (1 - p) / N);
      assertThat(a.pCompletedBy().get(k))
          .as(s.dates().get(k).toString())
          .isCloseTo(p, within(4 * se + 1e-12));
    }
    assertThat(s.horizon()).isEqualTo(YearMonth.of(2030, 1));
    assertThat(a.pCompletedByHorizon()).isEqualTo(a.pCompletedBy().get(s.dates().size() - 1));
    assertThat(a.statusAtHorizon().get(Status.COMPLETED)).isEqualTo(a.pCompletedByHorizon());
  }

  @Test
  void aNeverStepNeverCompletes() {
    ForecastSummary s =
        Forecast.builder(inProgress())
            .transitions(lastStep(StepDuration.never()))
            .samples(1000)
            .build()
            .run(11);
    MilestoneForecast a = s.milestone("a");
    assertThat(a.pCompletedByHorizon()).isZero();
    assertThat(a.completionP10().afterHorizon()).isTrue();
    assertThat(a.completionP10()).hasToString("after 2030-01-31");
    assertThat(a.statusAtHorizon().get(Status.IN_PROGRESS)).isEqualTo(1.0);
  }

  @Test
  void aPertStepsMedianCompletionIsAtItsMedian() {
    // GIVEN a PERT(3, 9, 24) step, median 3 + 21 * the Beta(2.14, 3.86) median
    StepDuration pert = StepDuration.pert(3, 9, 24);
    double median =
        3
            + 21
                * BetaDistribution.of(1 + 24 / 21.0, 1 + 60 / 21.0)
                    .inverseCumulativeProbability(0.5);
    ForecastSummary s =
        Forecast.builder(inProgress()).transitions(lastStep(pert)).samples(N).build().run(11);
    // THEN the share completed crosses one half at the month containing the median
    List<Double> p = s.milestone("a").pCompletedBy();
    for (int k = 0; k < p.size(); k++) {
      double t = months(s.dates().get(k));
      double exact = pert.cumulativeProbability(t);
      assertThat(p.get(k)).isCloseTo(exact, within(0.015));
      if (t < median - 0.5) {
        assertThat(p.get(k)).isLessThan(0.5);
      } else if (t > median + 0.5) {
        assertThat(p.get(k)).isGreaterThan(0.5);
      }
    }
    LocalDate p50 = s.milestone("a").completionP50().date();
    assertThat(months(p50)).isBetween(median, median + 1.1);
  }

  @Test
  void aStepHeldByItsPrerequisiteStartsItsClockWhenReleased() {
    // GIVEN b requires a; a is IN_PROGRESS and completes in 6 months; b is AGREED, starts in 2
    // months and then needs 3 months to complete, which it cannot before a has
    ProcessModel m =
        Models.bRequiresA()
            .event(status("2024-06-01", "a", Status.IN_PROGRESS))
            .event(status("2024-06-01", "b", Status.AGREED))
            .build();
    Transitions t =
        Transitions.builder(StepDuration.never())
            .milestone("a", Step.IN_PROGRESS_TO_COMPLETED, StepDuration.triangular(5.99, 6, 6.01))
            .milestone("b", Step.AGREED_TO_IN_PROGRESS, StepDuration.triangular(1.99, 2, 2.01))
            .milestone("b", Step.IN_PROGRESS_TO_COMPLETED, StepDuration.triangular(2.99, 3, 3.01))
            .build();
    ForecastSummary s =
        Forecast.builder(m)
            .transitions(t)
            .horizon(YearMonth.of(2026, 1))
            .samples(500)
            .build()
            .run(3);
    // THEN b completes at 6 + 3 = 9 months (early October 2025), not at 2 + 3 = 5 months
    MilestoneForecast b = s.milestone("b");
    assertThat(b.completionP10().date()).isEqualTo(LocalDate.of(2025, 10, 31));
    assertThat(b.completionP90().date()).isEqualTo(LocalDate.of(2025, 10, 31));
    assertThat(s.milestone("a").completionP50().date()).isEqualTo(LocalDate.of(2025, 7, 31));
    // AND a was the last to hold b back on every path
    assertThat(b.heldBackLastBy()).containsExactly(java.util.Map.entry(MilestoneId.of("a"), 1.0));
    assertThat(s.milestone("a").heldBackLastBy()).isEmpty();
  }

  @Test
  void aMilestoneWhosePrerequisiteIsAlreadyCompleteIsNeverHeldBack() {
    // GIVEN b requires a, which is complete; b climbs all three steps by itself
    ProcessModel m = Models.bRequiresA().event(status("2024-06-01", "a", Status.COMPLETED)).build();
    Transitions t = Transitions.everyStep(StepDuration.exponential(0.1));
    for (Transitions each : List.of(t, t.toBuilder().freezes(FreezeShocks.of(0.5, 3)).build())) {
      ForecastSummary s = Forecast.builder(m).transitions(each).samples(500).build().run(11);
      // THEN a is never the one b waited for, with or without freezes
      assertThat(s.milestone("b").heldBackLastBy())
          .as("%s", each.freezes())
          .containsExactly(java.util.Map.entry(MilestoneId.of("a"), 0.0));
      assertThat(s.pCompletedByHorizon("b")).isGreaterThan(0.5);
    }
  }

  @Test
  void aCompletedSoftPrerequisiteScalesTheRemainingTimeByTheFactor() {
    // GIVEN b influenced by a, which is already complete, and a soft factor of 0.5
    ProcessModel m =
        Models.bInfluencedByA()
            .event(status("2024-06-01", "a", Status.COMPLETED))
            .event(status("2024-06-01", "b", Status.IN_PROGRESS))
            .build();
    Transitions t = lastStep(StepDuration.exponential(0.02)).toBuilder().softFactor(0.5).build();
    ForecastSummary s = Forecast.builder(m).transitions(t).samples(N).build().run(11);
    // THEN b completes as if its rate were 0.02 / 0.5
    double horizon = months(s.dates().get(s.dates().size() - 1));
    double p = 1 - Math.exp(-0.04 * horizon);
    assertThat(s.pCompletedByHorizon("b")).isCloseTo(p, within(4 * Math.sqrt(p * (1 - p) / N)));
  }

  @Test
  void aSoftPrerequisiteCompletingMidwaySpeedsUpTheRestOfTheStep() {
    // GIVEN a completes at 12 months; b needs 20 months of work, 2 of them a month (factor 0.5)
    // once a is complete
    ProcessModel m =
        Models.bInfluencedByA()
            .event(status("2024-06-01", "a", Status.IN_PROGRESS))
            .event(status("2024-06-01", "b", Status.IN_PROGRESS))
            .build();
    Transitions t =
        Transitions.builder(StepDuration.never())
            .milestone(
                "a", Step.IN_PROGRESS_TO_COMPLETED, StepDuration.triangular(11.99, 12, 12.01))
            .milestone(
                "b", Step.IN_PROGRESS_TO_COMPLETED, StepDuration.triangular(19.99, 20, 20.01))
            .softFactor(0.5)
            .build();
    ForecastSummary s = Forecast.builder(m).transitions(t).samples(200).build().run(5);
    // THEN b completes at 12 + (20 - 12) * 0.5 = 16 months: early May 2026
    assertThat(s.milestone("b").completionP10().date()).isEqualTo(LocalDate.of(2026, 5, 31));
    assertThat(s.milestone("b").completionP90().date()).isEqualTo(LocalDate.of(2026, 5, 31));
  }

  @Test
  void freezesStopTheClocks() {
    Transitions base = lastStep(StepDuration.exponential(0.05));
    double free =
        Forecast.builder(inProgress())
            .transitions(base)
            .samples(4000)
            .build()
            .run(1)
            .pCompletedByHorizon("a");
    double shaken =
        Forecast.builder(inProgress())
            .transitions(base.toBuilder().freezes(FreezeShocks.of(1, 12)).build())
            .samples(4000)
            .build()
            .run(1)
            .pCompletedByHorizon("a");
    double frozen =
        Forecast.builder(inProgress())
            .transitions(base.toBuilder().freezes(FreezeShocks.of(1_000, 1000)).build())
            .samples(4000)
            .build()
            .run(1)
            .pCompletedByHorizon("a");
    assertThat(shaken).isLessThan(free - 0.05);
    assertThat(frozen).isLessThan(0.005);
  }

  @Test
  void aScenarioFreezeStopsEveryClockFromItsDate() {
    // GIVEN talks stall from 1 July 2025, six months after the as-of date
    Scenario stall = Scenario.named("stall").freeze("2025-07-01").build();
    ForecastSummary s =
        Forecast.builder(inProgress())
            .transitions(lastStep(StepDuration.exponential(0.05)))
            .scenario(stall)
            .samples(N)
            .build()
            .run(11);
    // THEN only the first six months count
    double p = 1 - Math.exp(-0.05 * months(LocalDate.of(2025, 7, 1)));
    assertThat(s.pCompletedByHorizon("a")).isCloseTo(p, within(4 * Math.sqrt(p * (1 - p) / N)));
  }

  @Test
  void aScenarioCompletingThePrerequisiteRaisesTheDependentsChance() {
    // GIVEN the border requires the railway, both far from done
    ProcessModel m =
        Models.builder()
            .milestone(milestone("railway", List.of(), List.of()))
            .milestone(milestone("border", List.of("railway"), List.of()))
            .event(status("2024-06-01", "railway", Status.AGREED))
            .build();
    Transitions t = Transitions.everyStep(StepDuration.exponential(0.03));
    Scenario railway =
        Scenario.named("railway").setStatus("railway", Status.COMPLETED, "2026-06-01").build();
    double baseline =
        Forecast.builder(m).transitions(t).samples(N).build().run(11).pCompletedByHorizon("border");
    ForecastSummary with =
        Forecast.builder(m).transitions(t).scenario(railway).samples(N).build().run(11);
    // THEN the railway is done on its date in every path, and the border is likelier done
    assertThat(with.pCompletedByHorizon("railway")).isEqualTo(1.0);
    assertThat(with.milestone("railway").completionP90().date()).isBefore(LocalDate.of(2026, 7, 1));
    assertThat(with.pCompletedByHorizon("border")).isGreaterThan(baseline + 0.1);
  }

  @Test
  void aScenarioReversalSetsTheStatusAndTheDependentWaitsAgain() {
    // GIVEN a complete, b (requires a) in progress; the scenario withdraws a in January 2026
    ProcessModel m =
        Models.bRequiresA()
            .event(status("2024-06-01", "a", Status.COMPLETED))
            .event(status("2024-06-01", "b", Status.IN_PROGRESS))
            .build();
    Transitions t =
        Transitions.builder(StepDuration.never())
            .milestone(
                "b", Step.IN_PROGRESS_TO_COMPLETED, StepDuration.triangular(23.99, 24, 24.01))
            .build();
    Scenario reversal =
        Scenario.named("reversal").setStatus("a", Status.NOT_STARTED, "2026-01-01").build();
    ForecastSummary s =
        Forecast.builder(m).transitions(t).scenario(reversal).samples(100).build().run(11);
    // THEN a ends the horizon NOT_STARTED, having been complete; b, capped by a, falls back to
    // NOT_STARTED and never completes
    assertThat(s.milestone("a").statusAtHorizon().get(Status.NOT_STARTED)).isEqualTo(1.0);
    assertThat(s.milestone("a").pCompletedByHorizon()).isEqualTo(1.0);
    assertThat(s.milestone("b").statusAtHorizon().get(Status.NOT_STARTED)).isEqualTo(1.0);
    assertThat(s.pCompletedByHorizon("b")).isZero();
    assertThat(s.milestone("b").heldBackLastBy().get(MilestoneId.of("a"))).isEqualTo(1.0);
  }

  @Test
  void noMilestoneIsLikelierDoneThanAnyOfItsPrerequisites() {
    // GIVEN a random model with hard and soft dependencies, soft speed-ups and freezes
    ProcessModel m = Models.random(40, 7);
    Transitions t =
        Transitions.builder(StepDuration.exponential(0.04))
            .step(Step.AGREED_TO_IN_PROGRESS, StepDuration.pert(2, 8, 30))
            .step(Step.IN_PROGRESS_TO_COMPLETED, StepDuration.lognormal(10, 40))
            .freezes(FreezeShocks.of(0.3, 6))
            .build();
    ForecastSummary s = Forecast.builder(m).transitions(t).samples(3000).build().run(11);
    // THEN for every hard edge, at every checkpoint, the dependent is done no more often
    for (MilestoneForecast dependent : s.milestones()) {
      for (MilestoneId q : m.prerequisites(dependent.milestone())) {
        MilestoneForecast prerequisite = s.milestone(q.value());
        for (int k = 0; k < s.dates().size(); k++) {
          assertThat(dependent.pCompletedBy().get(k))
              .as(dependent.milestone() + " vs " + q + " at " + s.dates().get(k))
              .isLessThanOrEqualTo(prerequisite.pCompletedBy().get(k));
        }
      }
    }
  }
}
