package io.github.thaw.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.thaw.model.Event;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Properties of the index on random acyclic models, under every method in {@link Methods}. */
class IndexPropertiesTest {
  private static final LocalDate AFTER_ALL = LocalDate.of(2026, 6, 1);

  private static LocalDate date(int daysAfter2020) {
    return LocalDate.of(2019, 12, 1).plusDays(daysAfter2020);
  }

  @Property(tries = 60)
  void theBandIsOrderedAndWithinZeroToOneHundred(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 25) int size,
      @ForAll @IntRange(min = 0, max = 2000) int day) {
    ProcessModel model = RandomModels.generate(seed, size);
    for (IndexMethod method : Methods.all()) {
      IndexResult r = method.evaluate(model, date(day));

      assertThat(r.low()).isBetween(0.0, 100.0);
      assertThat(r.low()).isLessThanOrEqualTo(r.value());
      assertThat(r.value()).isLessThanOrEqualTo(r.high());
      assertThat(r.high()).isBetween(0.0, 100.0);
      r.dimensionBands()
          .values()
          .forEach(
              b -> {
                assertThat(b.low()).isBetween(0.0, b.value());
                assertThat(b.high()).isBetween(b.value(), 100.0);
              });
    }
  }

  @Property(tries = 60)
  void raisingAMilestoneNeverLowersTheIndex(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 25) int size,
      @ForAll @IntRange(min = 0, max = 1000) int pick,
      @ForAll @IntRange(min = 1, max = 3) int step) {
    ProcessModel model = RandomModels.generate(seed, size);
    Milestone target = model.milestones().get(pick % size);
    Status now = model.stateAt(target.id(), AFTER_ALL).status();
    Status raised = Status.ofLevel(Math.min(3, now.level() + step));
    // A later report, from a source not heard before, with a more advanced status.
    ProcessModel better =
        model.toBuilder()
            .source(new Source("fresh", "", "", null, ""))
            .event(
                Event.status(
                    PartialDate.parse("2025-06-01"),
                    target.id().value(),
                    raised,
                    List.of("fresh"),
                    ""))
            .build();

    for (IndexMethod method : Methods.all()) {
      IndexResult before = method.evaluate(model, AFTER_ALL);
      IndexResult after = method.evaluate(better, AFTER_ALL);

      assertThat(after.value()).as("%s", method).isGreaterThanOrEqualTo(before.value());
      assertThat(after.low()).as("%s", method).isGreaterThanOrEqualTo(before.low());
      assertThat(after.high()).as("%s", method).isGreaterThanOrEqualTo(before.high());
    }
  }

  @Property(tries = 60)
  void theResultDoesNotDependOnDeclarationOrder(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 25) int size,
      @ForAll @IntRange(min = 0, max = 2000) int day) {
    ProcessModel model = RandomModels.generate(seed, size);
    ProcessModel shuffled = RandomModels.shuffled(model, seed + 1);
    for (IndexMethod method : Methods.all()) {
      IndexResult a = method.evaluate(model, date(day));
      IndexResult b = method.evaluate(shuffled, date(day));

      assertThat(b.value()).isCloseTo(a.value(), within(1e-9));
      assertThat(b.low()).isCloseTo(a.low(), within(1e-9));
      assertThat(b.high()).isCloseTo(a.high(), within(1e-9));
      assertThat(b.dimensions().keySet()).containsExactlyElementsOf(a.dimensions().keySet());
      a.dimensions()
          .forEach((id, v) -> assertThat(b.dimensions().get(id)).isCloseTo(v, within(1e-9)));
      for (MilestoneScore s : a.milestones()) {
        MilestoneScore t = b.milestone(s.milestone());
        assertThat(t.counted()).isEqualTo(s.counted());
        assertThat(t.weight()).isCloseTo(s.weight(), within(1e-12));
        assertThat(t.contribution()).isCloseTo(s.contribution(), within(1e-9));
      }
      assertThat(findings(b)).isEqualTo(findings(a));
    }
  }

  private static Set<String> findings(IndexResult r) {
    return r.findings().stream()
        .map(f -> f.milestone() + "<" + f.prerequisite() + ":" + f.chain())
        .collect(Collectors.toSet());
  }

  @Property(tries = 40)
  void anIncrementalTrajectoryEqualsFullEvaluationAtEveryPoint(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 25) int size) {
    // Generated models declare prerequisites first; the shuffled copy does not, which exercises
    // gating in the graph's topological order instead of declaration order.
    ProcessModel generated = RandomModels.generate(seed, size);
    for (IndexMethod method : Methods.all()) {
      for (ProcessModel model : List.of(generated, RandomModels.shuffled(generated, seed))) {
        ProgressIndex index = method.prepare(model);
        List<TrajectoryPoint> points = new java.util.ArrayList<>(index.trajectory().points());
        points.addAll(index.monthly(LocalDate.of(2019, 11, 15), AFTER_ALL).points());
        for (TrajectoryPoint p : points) {
          IndexResult full = index.at(p.date());

          assertThat(p.value()).isEqualTo(full.value());
          assertThat(p.low()).isEqualTo(full.low());
          assertThat(p.high()).isEqualTo(full.high());
          assertThat(p.dimensions()).isEqualTo(full.dimensions());
        }
      }
    }
  }

  @Property(tries = 40)
  void contributionsAddUpToTheValue(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 25) int size,
      @ForAll @IntRange(min = 0, max = 2000) int day) {
    ProcessModel model = RandomModels.generate(seed, size);
    for (IndexMethod method : Methods.all()) {
      IndexResult r = method.evaluate(model, date(day));

      double sum = r.milestones().stream().mapToDouble(MilestoneScore::contribution).sum();

      assertThat(sum).as("%s", method).isCloseTo(r.value(), within(1e-9));
    }
  }

  @Property(tries = 200)
  void pamEqualsItsFormulaToTheLastDigit(
      @ForAll @Size(min = 1, max = 300) java.util.List<@IntRange(min = 0, max = 3) Integer> codes) {
    int[] levels = codes.stream().mapToInt(Integer::intValue).toArray();
    int sum = codes.stream().mapToInt(Integer::intValue).sum();

    double value = IndexMethod.pam().evaluate(Examples.levels(levels), Examples.AS_OF).value();

    assertThat(value).isEqualTo(PamTest.pam(sum, levels.length));
  }

  @Property(tries = 200)
  void eachMilestonesBandSpansItsLiveReadings(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 40) int reports,
      @ForAll @IntRange(min = 0, max = 2000) int day) {
    // One milestone with many reports from four sources, often on the same day.
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    ProcessModel.Builder b =
        ProcessModel.builder("Reports")
            .dimension(io.github.thaw.model.Dimension.of("all", "All"))
            .milestone(Milestone.builder("m", "M", "all").build());
    for (int s = 0; s < 4; s++) {
      b.source(new Source("s" + s, "", "", null, ""));
    }
    for (int i = 0; i < reports; i++) {
      List<String> cited =
          random.nextInt(3) == 0
              ? List.of("s" + random.nextInt(2), "s" + (2 + random.nextInt(2)))
              : List.of("s" + random.nextInt(4));
      b.event(
          Event.status(
              new PartialDate(
                  2020 + random.nextInt(3), 1 + random.nextInt(2), 1 + random.nextInt(3)),
              "m",
              Status.ofLevel(random.nextInt(4)),
              cited,
              ""));
    }
    ProcessModel model = b.build();
    LocalDate at = date(day);

    MilestoneScore score = IndexMethod.defaults().evaluate(model, at).milestone("m");
    io.github.thaw.model.MilestoneState state = model.stateAt(model.milestones().get(0).id(), at);

    Status low =
        state.readings().stream()
            .map(e -> e.status().orElseThrow())
            .min(Status::compareTo)
            .orElse(Status.NOT_STARTED);
    Status high =
        state.readings().stream()
            .map(e -> e.status().orElseThrow())
            .max(Status::compareTo)
            .orElse(Status.NOT_STARTED);
    assertThat(score.low()).isEqualTo(low);
    assertThat(score.high()).isEqualTo(high);
    assertThat(score.status()).isEqualTo(state.status());
  }
}
