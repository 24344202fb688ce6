package io.github.thaw.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.thaw.model.Event;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Paths start a disputed milestone from one of its live readings, or from the preferred one. */
class StartingStateTest {
  private static final long PATHS = 40_000;
  private static final YearMonth HORIZON = YearMonth.of(2026, 12);

  /** Milestone a: AGREED per source s, then IN_PROGRESS per source t five days later. */
  private static ProcessModel model(boolean agreed, boolean inProgress) {
    ProcessModel.Builder b =
        Models.builder()
            .source(new Source("t", "Other", "Title", null, "t.txt"))
            .milestone(Models.milestone("a", List.of(), List.of()));
    if (agreed) {
      b.event(Event.status("2024-12-20", "a", Status.AGREED, "s"));
    }
    if (inProgress) {
      b.event(Event.status("2024-12-25", "a", Status.IN_PROGRESS, "t"));
    }
    return b.build();
  }

  private static double pDone(ProcessModel model, StartingState start) {
    return Forecast.builder(model)
        .asOf(Models.AS_OF)
        .horizon(HORIZON)
        .transitions(Transitions.builder(StepDuration.exponential(0.08)).build())
        .rates(Rates.POINT)
        .indexFan(false)
        .samples(PATHS)
        .startFrom(start)
        .build()
        .run(7)
        .pCompletedByHorizon("a");
  }

  @Test
  void theModelReportsTheDisagreementAsABand() {
    var state = model(true, true).stateAt("a", Models.AS_OF);
    assertThat(state.isDisputed()).isTrue();
  }

  @Test
  void liveReadingsAverageTheTwoSingleStartForecasts() {
    double fromAgreed = pDone(model(true, false), StartingState.PREFERRED);
    double fromInProgress = pDone(model(false, true), StartingState.PREFERRED);
    double mixed = pDone(model(true, true), StartingState.LIVE_READINGS);

    // By hand, rate r = 0.08/month over T = 24 months (as-of 2025-01-01 to 2026-12-31):
    // from IN_PROGRESS one step, 1 - e^{-rT}; from AGREED two, 1 - e^{-rT}(1 + rT).
    double t = Months.between(Models.AS_OF, HORIZON.atEndOfMonth());
    double rt = 0.08 * t;
    double oneStep = 1 - Math.exp(-rt);
    double twoSteps = 1 - Math.exp(-rt) * (1 + rt);
    double se = Math.sqrt(0.25 / PATHS);
    assertThat(fromInProgress).isCloseTo(oneStep, within(4 * se));
    assertThat(fromAgreed).isCloseTo(twoSteps, within(4 * se));

    assertThat(mixed).isStrictlyBetween(fromAgreed, fromInProgress);
    assertThat(mixed).isCloseTo((fromAgreed + fromInProgress) / 2, within(4 * se));
    assertThat(mixed).isCloseTo((oneStep + twoSteps) / 2, within(4 * se));
  }

  @Test
  void preferredKeepsTheLatestReading() {
    double preferred = pDone(model(true, true), StartingState.PREFERRED);
    assertThat(preferred).isEqualTo(pDone(model(false, true), StartingState.PREFERRED));
  }

  @Test
  void liveReadingsIsTheDefaultAndReported() {
    Forecast f = Forecast.builder(model(true, true)).asOf(Models.AS_OF).horizon(HORIZON).build();
    assertThat(f.startingState()).isEqualTo(StartingState.LIVE_READINGS);
  }

  @Test
  void anUndisputedModelIsUnchanged() {
    ProcessModel m = model(false, true);
    assertThat(pDone(m, StartingState.LIVE_READINGS)).isEqualTo(pDone(m, StartingState.PREFERRED));
  }

  /** Starting-level shares of a: AGREED per a source of grade g1, IN_PROGRESS per one of g2. */
  private static java.util.Map<Status, Double> startShares(
      io.github.thaw.model.Reliability agreedGrade,
      io.github.thaw.model.Reliability inProgressGrade) {
    ProcessModel model =
        ProcessModel.builder("Graded")
            .asOf(io.github.thaw.model.PartialDate.of(Models.AS_OF))
            .dimension(io.github.thaw.model.Dimension.of("d", "D"))
            .source(new Source("s", "Outlet", "Title", null, "s.txt", agreedGrade))
            .source(new Source("t", "Other", "Title", null, "t.txt", inProgressGrade))
            .milestone(Models.milestone("a", List.of(), List.of()))
            .event(Event.status("2024-12-20", "a", Status.AGREED, "s"))
            .event(Event.status("2024-12-25", "a", Status.IN_PROGRESS, "t"))
            .build();
    // every step never: each path ends the horizon where it started
    return Forecast.builder(model)
        .asOf(Models.AS_OF)
        .horizon(HORIZON)
        .transitions(Transitions.everyStep(StepDuration.never()))
        .rates(Rates.POINT)
        .indexFan(false)
        .samples(PATHS)
        .build()
        .run(7)
        .milestone("a")
        .statusAtHorizon();
  }

  @Test
  void liveReadingsWeighByTheGradeOfTheirBestSource() {
    // GIVEN two live readings of a, AGREED from a source graded F and IN_PROGRESS from one graded
    // B: by hand the weights are 1 and 5, so 1/6 and 5/6 of the paths start at each
    double se = Math.sqrt(0.25 / PATHS);
    var shares =
        startShares(io.github.thaw.model.Reliability.F, io.github.thaw.model.Reliability.B);
    assertThat(shares.get(Status.AGREED)).isCloseTo(1.0 / 6, within(4 * se));
    assertThat(shares.get(Status.IN_PROGRESS)).isCloseTo(5.0 / 6, within(4 * se));
    // AND the other way round, A (6) against E (2): 3/4 start at AGREED
    shares = startShares(io.github.thaw.model.Reliability.A, io.github.thaw.model.Reliability.E);
    assertThat(shares.get(Status.AGREED)).isCloseTo(6.0 / 8, within(4 * se));
    assertThat(shares.get(Status.IN_PROGRESS)).isCloseTo(2.0 / 8, within(4 * se));
    // AND equal grades keep the uniform draw, path for path (the reference model's two disputes)
    var equal = startShares(io.github.thaw.model.Reliability.C, io.github.thaw.model.Reliability.C);
    var ungraded =
        startShares(io.github.thaw.model.Reliability.F, io.github.thaw.model.Reliability.F);
    assertThat(equal).isEqualTo(ungraded);
    assertThat(equal.get(Status.AGREED)).isCloseTo(0.5, within(4 * se));
  }

  @Test
  void gradeWeightsFallOneAGradeAndNeverReachZero() {
    double previous = Double.POSITIVE_INFINITY;
    for (io.github.thaw.model.Reliability g : io.github.thaw.model.Reliability.values()) {
      double w = StartingState.gradeWeight(g);
      assertThat(w).isPositive().isLessThan(previous);
      previous = w;
    }
    assertThat(StartingState.gradeWeight(io.github.thaw.model.Reliability.A)).isEqualTo(6.0);
    assertThat(StartingState.gradeWeight(io.github.thaw.model.Reliability.F)).isEqualTo(1.0);
  }

  @Test
  void shardsStillCombineExactly() {
    Forecast f =
        Forecast.builder(model(true, true))
            .asOf(Models.AS_OF)
            .horizon(HORIZON)
            .transitions(Transitions.builder(StepDuration.exponential(0.08)).build())
            .samples(1000)
            .build();
    ForecastSummary whole = f.run(3);
    ForecastSummary parts = f.runShard(3, 0, 400).combine(f.runShard(3, 400, 600));
    assertThat(parts).isEqualTo(whole);
    assertThat(f.withThreads(3).run(3)).isEqualTo(whole);
  }
}
