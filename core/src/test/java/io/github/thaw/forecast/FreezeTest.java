package io.github.thaw.forecast;

import static io.github.thaw.forecast.Models.about;
import static io.github.thaw.forecast.Models.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Status;
import io.github.thaw.scenario.Scenario;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

/**
 * Random freezes (a Poisson process of freezes of fixed length, merged where they overlap) and a
 * scenario's freeze, checked against closed forms. Statistical checks allow 4 standard errors of
 * the estimated share, so with the fixed seeds they cannot flake and a wrong model is still far
 * outside them.
 */
class FreezeTest {
  private static final int N = 20_000;

  private static double fourStandardErrors(double p, int n) {
    return 4 * Math.sqrt(p * (1 - p) / n);
  }

  @Test
  void aFreezeOutlastingTheSlackBlocksCompletionUnlessNoneStartsBeforeTheStepEnds() {
    // GIVEN a step of about 12 months and freezes at 0.5 a year, each lasting ten years: any freeze
    // that starts before the step is done runs to the horizon
    Transitions t =
        ForecastModelTest.lastStep(about(12)).toBuilder()
            .freezes(FreezeShocks.of(0.5, 120))
            .build();
    ForecastSummary s =
        Forecast.builder(ForecastModelTest.inProgress())
            .transitions(t)
            .indexFan(false)
            .samples(N)
            .build()
            .run(11);
    // THEN it completes exactly when no freeze starts in its first 12 months: e^(-0.5)
    double p = Math.exp(-0.5 / 12 * 12);
    assertThat(s.pCompletedByHorizon("a")).isCloseTo(p, within(fourStandardErrors(p, N)));
    // AND completing is all or nothing: the chance is flat from the step's end to the horizon
    List<Double> by = s.milestone("a").pCompletedBy();
    assertThat(by.get(12)).isZero();
    assertThat(by.get(13)).isEqualTo(by.get(by.size() - 1));
  }

  @Test
  void aMomentIsFrozenWithTheChanceThatOverlappingFreezesCoverIt() {
    // GIVEN b (requires a) could finish within 3e-6 month once a completes, which the scenario
    // makes happen on 30 January 2027, one day before a checkpoint; freezes start once a month on
    // average and last two months, so they overlap often
    ProcessModel m =
        Models.bRequiresA().event(status("2024-06-01", "b", Status.IN_PROGRESS)).build();
    Transitions t =
        Transitions.builder(StepDuration.never())
            .milestone(
                "b", Step.IN_PROGRESS_TO_COMPLETED, StepDuration.triangular(1e-6, 2e-6, 3e-6))
            .freezes(FreezeShocks.of(12, 2))
            .build();
    Scenario release =
        Scenario.named("release").setStatus("a", Status.COMPLETED, "2027-01-30").build();
    ForecastSummary s =
        Forecast.builder(m)
            .transitions(t)
            .scenario(release)
            .horizon(YearMonth.of(2027, 2))
            .indexFan(false)
            .samples(N)
            .build()
            .run(7);
    // THEN b completes by 31 January when some moment of that day is not frozen. For freezes
    // starting at rate r and lasting L (the union of Poisson-placed intervals), a moment later
    // than L is free with probability e^(-rL), and a run of frozen time ends within the next d
    // months with probability r·d·e^(-rL) (a freeze ends then with no other start in the L before)
    double r = 1;
    double d = 1 / Months.DAYS;
    double p = Math.exp(-r * 2) * (1 + r * d);
    int k = s.dates().indexOf(LocalDate.of(2027, 1, 31));
    assertThat(s.milestone("b").pCompletedBy().get(k))
        .isCloseTo(p, within(fourStandardErrors(p, N)));
  }

  /**
   * a IN_PROGRESS, its last step about {@code months} long, random freezes 1.2 a year of 1 month.
   */
  private static Forecast.Builder shaken(double months) {
    Transitions t =
        ForecastModelTest.lastStep(about(months)).toBuilder()
            .freezes(FreezeShocks.of(1.2, 1))
            .build();
    return Forecast.builder(ForecastModelTest.inProgress())
        .transitions(t)
        .indexFan(false)
        .samples(2000);
  }

  @Test
  void nothingRunsAfterAScenarioFreezeWhateverTheRandomFreezes() {
    // GIVEN a step of 30 months and talks stalling for good after 24, with random freezes around
    Scenario stall = Scenario.named("stall").freeze("2027-01-01").build();
    // THEN no path completes it; without the stall almost every path would
    assertThat(shaken(30).scenario(stall).build().run(3).pCompletedByHorizon("a")).isZero();
    assertThat(shaken(30).build().run(3).pCompletedByHorizon("a")).isGreaterThan(0.9);
  }

  @Test
  void randomFreezesBeforeAScenarioFreezeOnlyDelayTheWork() {
    // GIVEN a step of 6 months, talks stalling after 24 and random freezes of a month each
    Scenario stall = Scenario.named("stall").freeze("2027-01-01").build();
    // THEN every path completes it: more than 18 of the 24 months would have to be frozen, which
    // needs 18 or more freezes where 2.4 are expected (a chance below 1e-10 a path)
    assertThat(shaken(6).scenario(stall).build().run(3).pCompletedByHorizon("a")).isEqualTo(1.0);
  }

  /** Streams that count every number drawn. */
  private static PathStreams counting(AtomicLong draws) {
    PathStreams real = PathStreams.xoRoShiRo128PlusPlus();
    return (seed, path) -> {
      UniformRandomProvider r = real.create(seed, path);
      return new UniformRandomProvider() {
        @Override
        public long nextLong() {
          draws.incrementAndGet();
          return r.nextLong();
        }

        @Override
        public double nextDouble() {
          draws.incrementAndGet();
          return r.nextDouble();
        }
      };
    };
  }

  @Test
  void withoutFreezesOrReversalsAPathDrawsThreeNumbersPerMilestone() {
    // GIVEN a model of 10 milestones, most of whose draws are never used
    ProcessModel m = Models.random(10, 2);
    for (Transitions t :
        List.of(
            Transitions.everyStep(StepDuration.exponential(0.05)),
            Transitions.builder(StepDuration.exponential(0.05))
                .freezes(FreezeShocks.of(0, 6))
                .build())) {
      AtomicLong draws = new AtomicLong();
      Forecast.builder(m).transitions(t).streams(counting(draws)).samples(50).build().run(1);
      // THEN each path drew one number per milestone and step, and none for freezes at rate 0
      assertThat(draws.get()).as(t.toString()).isEqualTo(50 * 3 * 10);
    }
  }
}
