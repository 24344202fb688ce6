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
