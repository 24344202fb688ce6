package io.github.thaw.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.thaw.index.RandomModels;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Invariants of forecasts on random acyclic models ({@link RandomModels}: hard and soft
 * dependencies, conflicting reports, statuses beyond what gating allows) under random transitions
 * of every family, with and without freeze shocks.
 *
 * <p>None of these is a statistical claim: each holds on every path, so it holds exactly for the
 * estimates whatever the number of paths.
 */
class ForecastPropertiesTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);
  private static final YearMonth HORIZON = YearMonth.of(2028, 6);
  private static final int SAMPLES = 400;

  @Provide
  Arbitrary<StepDuration> durations() {
    Arbitrary<Double> months = Arbitraries.doubles().between(0.5, 40);
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(0.005, 0.5).ofScale(4).map(StepDuration::exponential),
        Combinators.combine(months, months, months)
            .as(
                (a, b, c) -> {
                  double[] s = sorted(a, b, c);
                  return StepDuration.pert(s[0], s[1], s[2] + 1);
                }),
        Combinators.combine(months, months, months)
            .as(
                (a, b, c) -> {
                  double[] s = sorted(a, b, c);
                  return StepDuration.triangular(s[0], s[1], s[2] + 1);
                }),
        Combinators.combine(months, months)
            .as((a, b) -> StepDuration.lognormal(Math.min(a, b), Math.max(a, b) + 1)),
        Arbitraries.just(StepDuration.never()));
  }

  @Provide
  Arbitrary<Transitions> transitions() {
    Arbitrary<FreezeShocks> freezes =
        Combinators.combine(
                Arbitraries.doubles().between(0.05, 2), Arbitraries.doubles().between(0.5, 12))
            .as(FreezeShocks::of);
    return Combinators.combine(
            durations(),
            durations(),
            durations(),
            Arbitraries.doubles().between(0.1, 1),
            freezes.injectNull(0.5),
            Arbitraries.doubles().between(0, 2).map(Tempo::of).injectNull(0.3))
        .as(
            (first, second, third, soft, shocks, tempo) -> {
              // A tempo left out is the record's: every property holds with a common shock too.
              Transitions.Builder b =
                  Transitions.builder(first)
                      .step(Step.AGREED_TO_IN_PROGRESS, second)
                      .step(Step.IN_PROGRESS_TO_COMPLETED, third)
                      .softFactor(soft)
                      .tempo(tempo);
              return shocks == null ? b.build() : b.freezes(shocks).build();
            });
  }

  private static Forecast forecast(long seed, int size, Transitions transitions) {
    return forecast(seed, size, transitions, Forecast.DEFAULT_STARTING_STATE);
  }

  private static Forecast forecast(
      long seed, int size, Transitions transitions, StartingState start) {
    ProcessModel model = RandomModels.generate(seed, size);
    return Forecast.builder(model)
        .asOf(AS_OF)
        .horizon(HORIZON)
        .transitions(transitions)
        .samples(SAMPLES)
        .startFrom(start)
        .build();
  }

  @Property(tries = 40)
  void noMilestoneIsEverLikelierDoneThanOneOfItsHardPrerequisites(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 1, max = 20) int size,
      @ForAll("transitions") Transitions transitions) {
    Forecast f = forecast(seed, size, transitions);
    ForecastSummary s = f.run(seed);
    for (MilestoneForecast dependent : s.milestones()) {
      for (MilestoneId q : f.model().prerequisites(dependent.milestone())) {
        MilestoneForecast prerequisite = s.milestone(q.value());
        for (int k = 0; k < s.dates().size(); k++) {
          assertThat(dependent.pCompletedBy().get(k))
              .as(
                  "%s against its prerequisite %s by %s",
                  dependent.milestone(), q, s.dates().get(k))
              .isLessThanOrEqualTo(prerequisite.pCompletedBy().get(k));
        }
      }
    }
  }

  @Property(tries = 40)
  void theChanceOfCompletionNeverFallsAndAddsUpWithTheStatusesAtTheHorizon(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 1, max = 20) int size,
      @ForAll("transitions") Transitions transitions) {
    Forecast f = forecast(seed, size, transitions);
    ForecastSummary s = f.run(seed);
    for (MilestoneForecast m : s.milestones()) {
      List<Double> p = m.pCompletedBy();
      assertThat(p).hasSameSizeAs(s.dates());
      for (int k = 0; k < p.size(); k++) {
        assertThat(p.get(k)).as("%s by %s", m.milestone(), s.dates().get(k)).isBetween(0.0, 1.0);
        if (k > 0) {
          assertThat(p.get(k))
              .as("%s by %s against the month before", m.milestone(), s.dates().get(k))
              .isGreaterThanOrEqualTo(p.get(k - 1));
        }
      }
      assertThat(p.get(p.size() - 1)).isEqualTo(m.pCompletedByHorizon());
      assertThat(m.statusAtHorizon()).containsOnlyKeys(Status.values());
      double total = m.statusAtHorizon().values().stream().mapToDouble(Double::doubleValue).sum();
      assertThat(total).as("%s status shares", m.milestone()).isCloseTo(1.0, within(1e-9));
      assertThat(m.statusAtHorizon().get(Status.COMPLETED))
          .isCloseTo(m.pCompletedByHorizon(), within(1e-12));
      // completed by every live reading (a disputed one starts some paths lower)
      if (countedLow(f.model(), m.milestone()) == Status.COMPLETED.level()) {
        assertThat(p).as("%s was completed already", m.milestone()).containsOnly(1.0);
      }
    }
  }

  @Property(tries = 40)
  void nothingMovesBackwardsFromWhereItStands(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 1, max = 20) int size,
      @ForAll("transitions") Transitions transitions) {
    Forecast preferred = forecast(seed, size, transitions, StartingState.PREFERRED);
    ForecastSummary s = preferred.run(seed);
    for (MilestoneForecast m : s.milestones()) {
      for (Status below : Status.values()) {
        if (below.level() < m.statusAsOf().level()) {
          assertThat(m.statusAtHorizon().get(below))
              .as("%s stood at %s, yet ends at %s", m.milestone(), m.statusAsOf(), below)
              .isZero();
        }
      }
    }
    // Starting from the live readings, nothing ends below the lowest one, capped by prerequisites
    ProcessModel model = preferred.model();
    ForecastSummary live = forecast(seed, size, transitions, StartingState.LIVE_READINGS).run(seed);
    for (MilestoneForecast m : live.milestones()) {
      int low = countedLow(model, m.milestone());
      for (Status below : Status.values()) {
        if (below.level() < low) {
          assertThat(m.statusAtHorizon().get(below))
              .as("%s stood at least at level %d, yet ends at %s", m.milestone(), low, below)
              .isZero();
        }
      }
    }
  }

  private static int countedLow(ProcessModel model, MilestoneId id) {
    int low = model.stateAt(id, AS_OF).low().level();
    for (MilestoneId q : model.prerequisites(id)) {
      low = Math.min(low, countedLow(model, q));
    }
    return low;
  }

  @Property(tries = 40)
  void heldBackSharesNameTheHardPrerequisitesInOrderAndAddUpToAtMostOne(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 1, max = 20) int size,
      @ForAll("transitions") Transitions transitions) {
    Forecast f = forecast(seed, size, transitions);
    ForecastSummary s = f.run(seed);
    for (MilestoneForecast m : s.milestones()) {
      assertThat(List.copyOf(m.heldBackLastBy().keySet()))
          .containsExactlyElementsOf(f.model().prerequisites(m.milestone()));
      double total = 0;
      for (double share : m.heldBackLastBy().values()) {
        assertThat(share).isBetween(0.0, 1.0);
        total += share;
      }
      assertThat(total).as("%s held-back shares", m.milestone()).isLessThanOrEqualTo(1 + 1e-9);
    }
  }

  @Property(tries = 40)
  void completionQuantilesAreInOrder(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 1, max = 20) int size,
      @ForAll("transitions") Transitions transitions) {
    ForecastSummary s = forecast(seed, size, transitions).run(seed);
    for (MilestoneForecast m : s.milestones()) {
      assertInOrder(m, m.completionP10(), m.completionP50());
      assertInOrder(m, m.completionP50(), m.completionP90());
    }
  }

  private static void assertInOrder(MilestoneForecast m, ForecastDate early, ForecastDate late) {
    if (early.afterHorizon()) {
      assertThat(late.afterHorizon()).as("%s: %s then %s", m.milestone(), early, late).isTrue();
    }
    if (!late.afterHorizon()) {
      assertThat(early.date())
          .as("%s: %s then %s", m.milestone(), early, late)
          .isBefore(late.date().plusDays(1));
    }
  }

  @Property(tries = 25)
  void theIndexFanIsOrderedAndOnTheIndexScale(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 1, max = 20) int size,
      @ForAll("transitions") Transitions transitions) {
    ForecastSummary s = forecast(seed, size, transitions).run(seed);
    assertThat(s.index()).hasSameSizeAs(s.dates());
    for (IndexFanPoint point : s.index()) {
      assertThat(point.p10()).as("P10 at %s", point.date()).isBetween(0.0, 100.0);
      assertThat(point.p50()).as("P50 at %s", point.date()).isBetween(point.p10(), point.p90());
      assertThat(point.p90()).as("P90 at %s", point.date()).isBetween(0.0, 100.0);
    }
  }

  @Property(tries = 30)
  void fasterStepsNeverLowerAnyChanceOfCompletion(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 1, max = 20) int size,
      @ForAll("transitions") Transitions slow,
      @ForAll @DoubleRange(min = 0.1, max = 1) double factor) {
    // Every path draws its step durations from the same uniforms whatever the durations are, so
    // shortening every step moves every completion earlier on every path, not just on average.
    Transitions.Builder b = Transitions.builder(StepDuration.never()).softFactor(slow.softFactor());
    slow.steps().forEach((step, duration) -> b.step(step, duration.scaled(factor)));
    slow.freezes().ifPresent(b::freezes);
    // the same common tempo: without it the fast forecast would take the record's instead
    slow.tempo().ifPresent(b::tempo);
    Transitions fast = b.build();
    ForecastSummary before = forecast(seed, size, slow).run(seed);
    ForecastSummary after = forecast(seed, size, fast).run(seed);
    for (MilestoneForecast m : before.milestones()) {
      List<Double> faster = after.milestone(m.milestone().value()).pCompletedBy();
      for (int k = 0; k < before.dates().size(); k++) {
        assertThat(faster.get(k))
            .as(
                "%s by %s with every step %s times as long",
                m.milestone(), before.dates().get(k), factor)
            .isGreaterThanOrEqualTo(m.pCompletedBy().get(k));
      }
    }
  }

  @Property(tries = 20)
  void shardsAndThreadsReproduceTheWholeRunExactly(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 1, max = 20) int size,
      @ForAll @IntRange(min = 1, max = SAMPLES - 1) int split,
      @ForAll("transitions") Transitions transitions) {
    Forecast f = forecast(seed, size, transitions);
    ForecastSummary whole = f.run(seed);
    ForecastSummary combined =
        f.withThreads(2).runShard(seed, split, SAMPLES - split).combine(f.runShard(seed, 0, split));
    assertThat(combined).isEqualTo(whole);
    assertThat(combined.milestones()).isEqualTo(whole.milestones());
    assertThat(combined.index()).isEqualTo(whole.index());
  }

  private static double[] sorted(double a, double b, double c) {
    double[] s = {a, b, c};
    java.util.Arrays.sort(s);
    return s;
  }
}
