package io.github.thaw.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thaw.index.IndexMethod;
import io.github.thaw.index.IndexResult;
import io.github.thaw.index.Methods;
import io.github.thaw.index.RandomModels;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Invariants of scenarios on random acyclic models. */
class ScenarioPropertiesTest {
  private static final LocalDate LATER = LocalDate.of(2027, 1, 1);

  @Property(tries = 60)
  void emptyScenarioReproducesTheBaselineExactly(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 1, max = 25) int size) {
    ProcessModel base = RandomModels.generate(seed, size);
    assertThat(Scenario.named("nothing").build().applyTo(base)).isEqualTo(base);
    for (IndexMethod method : Methods.all()) {
      ScenarioComparison c =
          ScenarioComparison.at(base, method, List.of(Scenario.named("nothing").build()), LATER);
      ScenarioOutcome o = c.outcome("nothing");
      assertThat(o.delta()).isZero();
      assertThat(o.result().value()).isEqualTo(c.baseline().value());
      assertThat(o.result().low()).isEqualTo(c.baseline().low());
      assertThat(o.result().high()).isEqualTo(c.baseline().high());
      assertThat(o.unblocked()).isEmpty();
      assertThat(o.introducedFindings()).isEmpty();
    }
  }

  @Property(tries = 60)
  void aScenarioThatOnlyRaisesStatusesNeverLowersTheIndexAndLeavesTheBaselineAlone(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 1, max = 25) int size) {
    ProcessModel base = RandomModels.generate(seed, size);
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    Scenario.Builder raise = Scenario.named("raise");
    for (Milestone m : base.milestones()) {
      if (random.nextInt(3) == 0) {
        Status now = base.stateAt(m.id(), LATER).status();
        Status higher = Status.ofLevel(now.level() + random.nextInt(4 - now.level()));
        raise.setStatus(m.id().value(), higher, "2026-0" + (1 + random.nextInt(9)));
      }
    }
    Scenario s = raise.build();
    for (IndexMethod method : Methods.all()) {
      IndexResult before = method.evaluate(base, LATER);
      ScenarioOutcome o = ScenarioComparison.at(base, method, List.of(s), LATER).outcome("raise");
      assertThat(o.result().value())
          .as("%s under %s", s.changes(), method.describe())
          .isGreaterThanOrEqualTo(before.value() - 1e-9);
      assertThat(o.delta()).isGreaterThanOrEqualTo(-1e-9);
      assertThat(o.newlyBlocked()).isEmpty();
    }
    assertThat(base).isEqualTo(RandomModels.generate(seed, size));
  }
}
