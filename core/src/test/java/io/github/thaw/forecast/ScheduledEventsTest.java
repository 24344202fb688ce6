package io.github.thaw.forecast;

import static io.github.thaw.forecast.Models.about;
import static io.github.thaw.forecast.Models.milestone;
import static io.github.thaw.forecast.Models.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.thaw.index.Aggregation;
import io.github.thaw.index.Gating;
import io.github.thaw.index.IndexMethod;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Status;
import io.github.thaw.scenario.Scenario;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A scenario's own status changes inside a forecast: rises and reversals on their dates, what the
 * milestones downstream of them do, and the index fan they produce. Most cases use durations of
 * {@linkplain Models#about about} a fixed number of months, so that dates can be checked exactly.
 */
class ScheduledEventsTest {

  /**
   * a, b requires a, c, d influenced by c, e requires c, f, g requires d. The record has b
   * COMPLETED although a has not started (so b counts NOT_STARTED), c COMPLETED, e AGREED and g
   * IN_PROGRESS although d has not started (so g counts NOT_STARTED).
   */
  static ProcessModel record() {
    return Models.bRequiresA()
        .milestone(milestone("c", List.of(), List.of()))
        .milestone(milestone("d", List.of(), List.of("c")))
        .milestone(milestone("e", List.of("c"), List.of()))
        .milestone(milestone("f", List.of(), List.of()))
        .milestone(milestone("g", List.of("d"), List.of()))
        .event(status("2024-06-01", "b", Status.COMPLETED))
        .event(status("2024-06-01", "c", Status.COMPLETED))
        .event(status("2024-06-01", "e", Status.AGREED))
        .event(status("2024-06-01", "g", Status.IN_PROGRESS))
        .build();
  }

  /**
   * Changes listed out of model order: e rises; a completes at once (releasing all of b's levels in
   * one day); d is reported AGREED and COMPLETED on the same day (the lower counts); c is withdrawn
   * (a reversal, which takes e down with it, and d, influenced by c, onto the event-by-event
   * simulation), then agreed again; d starts and f is agreed on the horizon's last day.
   */
  static Scenario changes() {
    return Scenario.named("changes")
        .setStatus("e", Status.IN_PROGRESS, "2025-04-20")
        .setStatus("a", Status.COMPLETED, "2025-06-15")
        .setStatus("d", Status.COMPLETED, "2026-02-10")
        .setStatus("d", Status.AGREED, "2026-02-10")
        .setStatus("c", Status.NOT_STARTED, "2026-09-20")
        .setStatus("c", Status.AGREED, "2027-03-05")
        .setStatus("d", Status.IN_PROGRESS, "2027-12-31")
        .setStatus("f", Status.AGREED, "2027-12-31")
        .build();
  }

  static Stream<Arguments> methods() {
    IndexMethod geometric = IndexMethod.builder().aggregation(Aggregation.GEOMETRIC).build();
    return Stream.of(
        Arguments.of("default (arithmetic, gated)", IndexMethod.defaults()),
        Arguments.of("PAM (arithmetic, not gated)", IndexMethod.pam()),
        Arguments.of("geometric, gated", geometric),
        Arguments.of("geometric, not gated", geometric.toBuilder().gating(Gating.NONE).build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("methods")
  void withEveryStepNeverTheFanIsTheIndexOfTheScenariosRecord(String name, IndexMethod method) {
    // GIVEN no step can happen by itself, so every path is the scenario's record
    Forecast f =
        Forecast.builder(record())
            .transitions(Transitions.everyStep(StepDuration.never()))
            .scenario(changes())
            .method(method)
            .horizon(YearMonth.of(2027, 12))
            .samples(3)
            .build();
    ForecastSummary s = f.run(1);
    ProcessModel scenarioRecord = changes().applyTo(record());
    // THEN at every checkpoint P10 = P50 = P90 = the index of that record on that date
    List<IndexFanPoint> fan = s.index();
    assertThat(fan).hasSameSizeAs(s.dates());
    for (IndexFanPoint point : fan) {
      double exact = method.evaluate(scenarioRecord, point.date()).value();
      double rounded = Math.round(exact * 100) / 100.0;
      assertThat(point.p10()).as("%s on %s", name, point.date()).isEqualTo(rounded);
      assertThat(point.p50()).as("%s on %s", name, point.date()).isEqualTo(rounded);
      assertThat(point.p90()).as("%s on %s", name, point.date()).isEqualTo(rounded);
    }
    // AND the index moved: the check above is not about a constant
    assertThat(fan.get(fan.size() - 1).p50()).isNotEqualTo(fan.get(0).p50());
  }

  @Test
  void eachScheduledChangeHappensOnItsDateOnEveryPath() {
    ForecastSummary s =
        Forecast.builder(record())
            .transitions(Transitions.everyStep(StepDuration.never()))
            .scenario(changes())
            .horizon(YearMonth.of(2027, 12))
            .samples(3)
            .build()
            .run(1);
    // b counts COMPLETED from the day a completes
    MilestoneForecast b = s.milestone("b");
    assertThat(b.statusAsOf()).isEqualTo(Status.NOT_STARTED);
    assertThat(b.completionP10().date()).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(b.completionP90().date()).isEqualTo(LocalDate.of(2025, 6, 30));
    // d: of the two reports of one day the lower counts, so it never completes; its start on the
    // horizon's last day is inside the horizon
    MilestoneForecast d = s.milestone("d");
    assertThat(d.pCompletedByHorizon()).isZero();
    assertThat(d.statusAtHorizon()).containsEntry(Status.IN_PROGRESS, 1.0);
    // c was withdrawn and agreed again; it had been complete all along until then
    MilestoneForecast c = s.milestone("c");
    assertThat(c.pCompletedByHorizon()).isEqualTo(1.0);
    assertThat(c.statusAtHorizon()).containsEntry(Status.AGREED, 1.0);
    // e rose to IN_PROGRESS, but counts only AGREED after c's withdrawal and return
    MilestoneForecast e = s.milestone("e");
    assertThat(e.statusAtHorizon()).containsEntry(Status.AGREED, 1.0);
    // f is agreed on the last day; g counts as far as d, IN_PROGRESS from that day too
    assertThat(s.milestone("f").statusAtHorizon()).containsEntry(Status.AGREED, 1.0);
    assertThat(s.milestone("g").statusAtHorizon()).containsEntry(Status.IN_PROGRESS, 1.0);
  }

  @Test
  void aScenarioChangeOnTheAsOfDateIsReadWithThatDaysRecord() {
    // GIVEN the record says AGREED on the as-of date and the scenario says COMPLETED that day
    ProcessModel m =
        Models.builder()
            .milestone(milestone("a", List.of(), List.of()))
            .event(status(Models.AS_OF.toString(), "a", Status.AGREED))
            .build();
    Scenario same =
        Scenario.named("same").setStatus("a", Status.COMPLETED, Models.AS_OF.toString()).build();
    ForecastSummary s =
        Forecast.builder(m)
            .transitions(Transitions.everyStep(StepDuration.never()))
            .scenario(same)
            .samples(2)
            .startFrom(StartingState.PREFERRED)
            .build()
            .run(1);
    // THEN as with two reports of one day in the record, the lower counts: a starts AGREED and
    // nothing moves it
    assertThat(s.milestone("a").statusAsOf()).isEqualTo(Status.AGREED);
    assertThat(s.pCompletedByHorizon("a")).isZero();
    // AND starting from the live readings, the two same-day reports are a disagreement: about half
    // the paths start COMPLETED, while the reported as-of status stays the preferred one
    ForecastSummary live =
        Forecast.builder(m)
            .transitions(Transitions.everyStep(StepDuration.never()))
            .scenario(same)
            .samples(4000)
            .build()
            .run(1);
    assertThat(live.milestone("a").statusAsOf()).isEqualTo(Status.AGREED);
    assertThat(live.pCompletedByHorizon("a")).isCloseTo(0.5, within(0.04));
  }

  @Test
  void aScenarioCompletionOnTheHorizonsLastDayCountsAndOneAfterItDoesNot() {
    ProcessModel m = Models.single();
    Transitions never = Transitions.everyStep(StepDuration.never());
    Forecast.Builder onTheDay =
        Forecast.builder(m)
            .transitions(never)
            .horizon(YearMonth.of(2026, 3))
            .scenario(Scenario.named("last").setStatus("a", Status.COMPLETED, "2026-03-31").build())
            .samples(2);
    ForecastSummary last = onTheDay.build().run(1);
    assertThat(last.pCompletedByHorizon("a")).isEqualTo(1.0);
    assertThat(last.milestone("a").completionP50())
        .isEqualTo(new ForecastDate(LocalDate.of(2026, 3, 31), false));
    ForecastSummary after =
        onTheDay
            .scenario(
                Scenario.named("later").setStatus("a", Status.COMPLETED, "2026-04-01").build())
            .build()
            .run(1);
    assertThat(after.pCompletedByHorizon("a")).isZero();
  }

  @Test
  void aRiseOnTheHorizonsLastDayLeavesNoTimeToBeHeldBack() {
    // GIVEN b requires a, which is AGREED and stays so; b does not move by itself until the
    // scenario agrees it on the horizon's last day, from where its next step would wait for a
    ProcessModel m = Models.bRequiresA().event(status("2024-06-01", "a", Status.AGREED)).build();
    Transitions t =
        Transitions.builder(about(1))
            .milestone("a", Step.AGREED_TO_IN_PROGRESS, StepDuration.never())
            .milestone("b", Step.NOT_STARTED_TO_AGREED, StepDuration.never())
            .build();
    ForecastSummary s =
        Forecast.builder(m)
            .transitions(t)
            .horizon(YearMonth.of(2026, 3))
            .scenario(Scenario.named("late").setStatus("b", Status.AGREED, "2026-03-31").build())
            .samples(5)
            .build()
            .run(1);
    // THEN b ends the horizon AGREED, and a never held it back: there was no time left to wait
    assertThat(s.milestone("b").statusAtHorizon()).containsEntry(Status.AGREED, 1.0);
    assertThat(s.milestone("b").heldBackLastBy())
        .containsExactly(Map.entry(MilestoneId.of("a"), 0.0));
  }

  @Test
  void aRiseToAStatusAlreadyPassedDoesNotSetTheMilestoneBack() {
    // GIVEN a IN_PROGRESS completes after about 1.5 months; the scenario says IN_PROGRESS in 2026
    ProcessModel m = ForecastModelTest.inProgress();
    Transitions t = ForecastModelTest.lastStep(about(1.5));
    Scenario again =
        Scenario.named("again").setStatus("a", Status.IN_PROGRESS, "2026-01-15").build();
    ForecastSummary s =
        Forecast.builder(m)
            .transitions(t)
            .scenario(again)
            .horizon(YearMonth.of(2026, 1))
            .samples(20)
            .build()
            .run(3);
    // THEN it stays COMPLETED: the change is not a reversal (climbing again would take 1.5 months)
    assertThat(s.milestone("a").statusAtHorizon()).containsEntry(Status.COMPLETED, 1.0);
    assertThat(s.milestone("a").completionP50().date()).isEqualTo(LocalDate.of(2025, 2, 28));
  }

  @Test
  void aSoftDependentOfAWithdrawnMilestoneLosesItsSpeedUpOnTheDayOfTheWithdrawal() {
    // GIVEN b influenced by a (complete), needing 20 months of work at speed 1 and going twice as
    // fast while a is complete; the scenario withdraws a on 1 April 2025 (2.957 months)
    ProcessModel m =
        Models.bInfluencedByA()
            .event(status("2024-06-01", "a", Status.COMPLETED))
            .event(status("2024-06-01", "b", Status.IN_PROGRESS))
            .build();
    Transitions t =
        Transitions.builder(StepDuration.never())
            .milestone("b", Step.IN_PROGRESS_TO_COMPLETED, about(20))
            .softFactor(0.5)
            .build();
    Scenario withdrawn =
        Scenario.named("withdrawn").setStatus("a", Status.NOT_STARTED, "2025-04-01").build();
    ForecastSummary s =
        Forecast.builder(m).transitions(t).scenario(withdrawn).samples(20).build().run(3);
    // THEN b does 2 × 2.957 months of work by then and the remaining 14.09 at speed 1: it completes
    // after 17.04 months, early June 2026 (it would be 10 months, October 2025, had a stayed)
    MilestoneForecast b = s.milestone("b");
    assertThat(b.completionP10().date()).isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(b.completionP90().date()).isEqualTo(LocalDate.of(2026, 6, 30));
  }

  @Test
  void aReversalsSecondClimbDrawsAFreshDuration() {
    // GIVEN a IN_PROGRESS whose last step is exponential with a median of 12 months, sent back to
    // AGREED after 12 months, from where it restarts at once (a step of 0.0003 month)
    double rate = Math.log(2) / 12;
    Transitions t =
        Transitions.builder(StepDuration.never())
            .step(Step.AGREED_TO_IN_PROGRESS, StepDuration.triangular(0.0001, 0.0002, 0.0003))
            .step(Step.IN_PROGRESS_TO_COMPLETED, StepDuration.exponential(rate))
            .build();
    Scenario back = Scenario.named("back").setStatus("a", Status.AGREED, "2026-01-01").build();
    Forecast f =
        Forecast.builder(ForecastModelTest.inProgress())
            .transitions(t)
            .scenario(back)
            .horizon(YearMonth.of(2026, 12))
            .indexFan(false)
            .samples(1)
            .build();
    // WHEN each path is run on its own, to see both of its climbs
    int n = 400;
    int first = 0;
    int both = 0;
    for (int path = 0; path < n; path++) {
      MilestoneForecast a = f.runShard(5, path, 1).milestone("a");
      boolean before = a.pCompletedBy().get(12) == 1.0; // by 2025-12-31, before the reversal
      boolean again = a.statusAtHorizon().get(Status.COMPLETED) == 1.0;
      first += before ? 1 : 0;
      both += before && again ? 1 : 0;
    }
    // THEN among paths that completed before the reversal, the share completing again in the 12
    // months left is P(Exp(rate) <= 12 − 0.0002) ≈ 1/2, not 1 as if the first duration (under 12
    // months) were reused; tolerance 4 standard errors
    double left =
        ForecastModelTest.months(LocalDate.of(2026, 12, 31))
            - ForecastModelTest.months(LocalDate.of(2026, 1, 1));
    double p = StepDuration.exponential(rate).cumulativeProbability(left - 0.0002);
    assertThat(first).as("paths completed before the reversal").isBetween(150, 250);
    double share = (double) both / first;
    assertThat(share).isCloseTo(p, within(4 * Math.sqrt(p * (1 - p) / first)));
  }

  @Test
  void aMilestoneDownstreamOfAReversalWaitsForEachLevelItsOtherPrerequisiteCounts() {
    // GIVEN q (requires p) reported IN_PROGRESS while p has not started, so q counts NOT_STARTED;
    // m requires q and is withdrawn by the scenario, which also completes p on 10 January 2026
    ProcessModel model =
        Models.builder()
            .milestone(milestone("m", List.of("q"), List.of()))
            .milestone(milestone("p", List.of(), List.of()))
            .milestone(milestone("q", List.of("p"), List.of()))
            .event(status("2024-06-01", "q", Status.IN_PROGRESS))
            .event(status("2024-06-01", "m", Status.AGREED))
            .build();
    Scenario s =
        Scenario.named("s")
            .setStatus("m", Status.NOT_STARTED, "2025-03-01")
            .setStatus("p", Status.COMPLETED, "2026-01-10")
            .build();
    Transitions.Builder b =
        Transitions.builder(about(0.5)).milestone("q", Step.IN_PROGRESS_TO_COMPLETED, about(3));
    for (Step step : Step.values()) {
      b.milestone("p", step, StepDuration.never()); // p moves only by the scenario
    }
    ForecastSummary r =
        Forecast.builder(model).transitions(b.build()).scenario(s).samples(10).build().run(2);
    // THEN q counts IN_PROGRESS from 10 January 2026 (two levels in one day) and completes three
    // months later, 11 April; m, whose steps take half a month, climbs to IN_PROGRESS meanwhile
    // and completes half a month after q, on 26 April. (Were q seen to count only AGREED until it
    // completed, m would finish in May; were q seen complete from January, in February.)
    assertThat(r.milestone("q").completionP50().date()).isEqualTo(LocalDate.of(2026, 4, 30));
    MilestoneForecast m = r.milestone("m");
    assertThat(m.completionP10().date()).isEqualTo(LocalDate.of(2026, 4, 30));
    assertThat(m.completionP90().date()).isEqualTo(LocalDate.of(2026, 4, 30));
    assertThat(m.heldBackLastBy()).containsExactly(Map.entry(MilestoneId.of("q"), 1.0));
  }

  @Test
  void aStepReleasedOnTheDayTalksFreezeNeverRuns() {
    // GIVEN b (requires a) IN_PROGRESS in the record; the scenario completes a on 1 March 2026
    // and freezes everything from that same day
    ProcessModel m =
        Models.bRequiresA().event(status("2024-06-01", "b", Status.IN_PROGRESS)).build();
    Scenario stall =
        Scenario.named("stall")
            .freeze("2026-03-01")
            .setStatus("a", Status.COMPLETED, "2026-03-01")
            .build();
    ForecastSummary s =
        Forecast.builder(m)
            .transitions(
                Transitions.builder(about(0.5))
                    .milestone("a", Step.NOT_STARTED_TO_AGREED, StepDuration.never())
                    .build())
            .scenario(stall)
            .samples(10)
            .build()
            .run(1);
    // THEN a is complete, but b's last step, released that day, never starts its clock
    assertThat(s.pCompletedByHorizon("a")).isEqualTo(1.0);
    assertThat(s.pCompletedByHorizon("b")).isZero();
    assertThat(s.milestone("b").statusAtHorizon()).containsEntry(Status.IN_PROGRESS, 1.0);
  }
}
