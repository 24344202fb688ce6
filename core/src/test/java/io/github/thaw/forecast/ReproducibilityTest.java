package io.github.thaw.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Status;
import io.github.thaw.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** Same seed, same result: on any number of threads, in shards, and by either simulation. */
class ReproducibilityTest {
  static final Transitions MIXED =
      Transitions.builder(StepDuration.exponential(0.04))
          .step(Step.AGREED_TO_IN_PROGRESS, StepDuration.pert(2, 8, 30))
          .step(Step.IN_PROGRESS_TO_COMPLETED, StepDuration.lognormal(10, 40))
          .freezes(FreezeShocks.of(0.4, 4))
          .build();

  static Forecast forecast(int samples) {
    return Forecast.builder(Models.random(30, 3)).transitions(MIXED).samples(samples).build();
  }

  @Test
  void oneAndTwoThreadsGiveBitIdenticalResults() {
    Forecast f = forecast(3000);
    ForecastSummary one = f.run(11);
    ForecastSummary two = f.withThreads(2).run(11);
    assertThat(two).isEqualTo(one);
    assertThat(two.milestones()).isEqualTo(one.milestones());
    assertThat(two.index()).isEqualTo(one.index());
  }

  @Test
  void shardsCombineIntoExactlyTheWholeRun() {
    Forecast f = forecast(2500);
    ForecastSummary whole = f.run(5);
    ForecastSummary a = f.runShard(5, 0, 1000);
    ForecastSummary b = f.runShard(5, 1000, 700);
    ForecastSummary c = f.withThreads(2).runShard(5, 1700, 800);
    ForecastSummary combined = c.combine(a).combine(b);
    assertThat(combined).isEqualTo(whole);
    assertThat(combined.paths()).containsExactly(new PathRange(0, 2500));
    assertThat(combined.index()).isEqualTo(whole.index());
    assertThat(combined.milestones()).isEqualTo(whole.milestones());
  }

  @Test
  void withPosteriorRatesThreadsAndShardsStillGiveTheWholeRunBitForBit() {
    // GIVEN a forecast calibrated on its record, each path drawing its step rates
    Forecast f =
        Forecast.builder(Models.random(30, 3)).rates(Rates.POSTERIOR).samples(2500).build();
    assertThat(f.posteriors()).hasSize(3);
    ForecastSummary whole = f.run(5);
    // THEN threads and shards change nothing
    assertThat(f.withThreads(2).run(5)).isEqualTo(whole);
    ForecastSummary combined =
        f.runShard(5, 0, 1200).combine(f.withThreads(2).runShard(5, 1200, 1300));
    assertThat(combined).isEqualTo(whole);
    assertThat(combined.milestones()).isEqualTo(whole.milestones());
    assertThat(combined.index()).isEqualTo(whole.index());
    // AND the event-by-event simulation draws the same rates
    ForecastSummary general = f.eventByEvent().run(5);
    for (MilestoneForecast m : whole.milestones()) {
      assertThat(general.pCompletedByHorizon(m.milestone().value()))
          .isCloseTo(m.pCompletedByHorizon(), within(0.002));
    }
    // AND a point forecast is another forecast: it differs and does not combine with it
    Forecast point =
        Forecast.builder(Models.random(30, 3)).rates(Rates.POINT).samples(2500).build();
    assertThat(point.posteriors()).isEmpty();
    ForecastSummary plugIn = point.run(5);
    assertThat(plugIn).isNotEqualTo(whole);
    assertThatThrownBy(() -> point.runShard(5, 0, 100).combine(f.runShard(5, 100, 100)))
        .hasMessage("cannot combine forecast results: they come from different forecasts");
  }

  @Test
  void differentSeedsGiveDifferentResults() {
    Forecast f = forecast(500);
    assertThat(f.run(1)).isNotEqualTo(f.run(2));
  }

  @Test
  void resultsCombineOnlyWhenTheyCanBeOneRun() {
    Forecast f = forecast(200);
    ForecastSummary a = f.runShard(1, 0, 100);
    assertThatThrownBy(() -> a.combine(f.runShard(2, 100, 100)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot combine forecast results: seeds 1 and 2 differ");
    assertThatThrownBy(() -> a.combine(f.runShard(1, 50, 100)))
        .hasMessage("cannot combine forecast results: paths 50 to 149 overlap paths 0 to 99");
    Forecast other = f.withTransitions(Transitions.everyStep(StepDuration.exponential(0.1)));
    assertThatThrownBy(() -> a.combine(other.runShard(1, 100, 100)))
        .hasMessage("cannot combine forecast results: they come from different forecasts");
    // Threads are not part of a forecast's identity.
    assertThat(a.combine(f.withThreads(2).runShard(1, 100, 100)).samples()).isEqualTo(200);
  }

  @Test
  void theEventByEventSimulationAgreesWithTheMaxPlusPass() {
    // GIVEN models no reversal reaches, with soft speed-ups, freezes and scheduled rises
    for (long seed = 1; seed <= 3; seed++) {
      ProcessModel m = Models.random(25, seed);
      Scenario rises =
          Scenario.named("rises")
              .setStatus("m3", Status.COMPLETED, "2026-01-01")
              .setStatus("m9", Status.IN_PROGRESS, "2027-05-01")
              .build();
      Forecast f = Forecast.builder(m).transitions(MIXED).scenario(rises).samples(400).build();
      // WHEN every milestone is simulated event by event THEN nothing changes
      assertThat(f.eventByEvent().run(seed)).as("seed " + seed).isEqualTo(f.run(seed));
    }
  }

  @Test
  void theEventByEventSimulationAgreesOnAMilestoneWithManyPrerequisites() {
    // GIVEN a hub requiring 12 milestones, h_i taking about 1 + 0.1 i months a step, so that the
    // first least advanced of them changes more than 30 times; and influenced by 17 more with
    // random durations, so that its speed changes up to 17 times; with about 8 freezes a path
    ProcessModel.Builder b = Models.builder();
    Transitions.Builder t =
        Transitions.builder(StepDuration.exponential(0.15))
            .softFactor(0.95)
            .freezes(FreezeShocks.of(1.6, 0.5));
    List<String> hard = new ArrayList<>();
    List<String> soft = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      hard.add("h" + i);
      b.milestone(Models.milestone("h" + i, List.of(), List.of()));
      for (Step step : Step.values()) {
        t.milestone("h" + i, step, Models.about(1 + 0.1 * i));
      }
    }
    for (int i = 0; i < 17; i++) {
      soft.add("s" + i);
      b.milestone(Models.milestone("s" + i, List.of(), List.of()));
    }
    b.milestone(Models.milestone("hub", hard, soft));
    Forecast f = Forecast.builder(b.build()).transitions(t.build()).samples(300).build();
    // WHEN simulated event by event THEN the result is the same as by the max-plus pass
    ForecastSummary exact = f.run(4);
    assertThat(f.eventByEvent().run(4)).isEqualTo(exact);
    assertThat(exact.pCompletedByHorizon("hub")).isPositive();
  }

  /**
   * Published forecasts (the reference table in docs/forecasting.md, seed 11) can be reproduced
   * only while the default streams stay the same: changing how a path's generator is seeded must be
   * a deliberate change that updates these numbers.
   */
  @Test
  void theDefaultStreamsArePinned() {
    PathStreams streams = PathStreams.xoRoShiRo128PlusPlus();
    assertThat(streams.create(11, 0).nextLong()).isEqualTo(7005756883866254977L);
    assertThat(streams.create(11, 1).nextLong()).isEqualTo(-4000182305294708502L);
    assertThat(streams.create(12, 0).nextLong()).isEqualTo(-3171929237194285752L);
    assertThat(streams.create(0, 0).nextLong()).isEqualTo(-6381213760245976190L);
    assertThat(streams).hasToString("XoRoShiRo128++ per path");
  }

  @Test
  void randomnessComesOnlyFromTheInjectedStreams() {
    // GIVEN streams that ignore the path number, every path is the same path
    PathStreams same =
        (seed, path) -> RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {seed, 1});
    Forecast f =
        Forecast.builder(Models.random(10, 1)).transitions(MIXED).samples(50).streams(same).build();
    ForecastSummary s = f.run(3);
    for (MilestoneForecast m : s.milestones()) {
      assertThat(List.of(0.0, 1.0)).contains(m.pCompletedByHorizon());
    }
  }
}
