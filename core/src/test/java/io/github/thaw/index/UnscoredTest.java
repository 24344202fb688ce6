package io.github.thaw.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.thaw.model.Dimension;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UnscoredTest {
  private static final LocalDate AT = LocalDate.of(2025, 1, 1);

  /**
   * Dimension "core" with a (AGREED) and b (COMPLETED, requires context milestone c); dimension
   * "region" (scored as given) with r; c is unscored in core and at the given level; r at
   * COMPLETED.
   */
  private static ProcessModel model(Status contextLevel, boolean regionScored) {
    ProcessModel.Builder b =
        ProcessModel.builder("Context")
            .dimension(Dimension.of("core", "Core"))
            .dimension(new Dimension("region", "Region", 1, "", regionScored))
            .milestone(Milestone.builder("c", "Context milestone", "core").scored(false).build())
            .milestone(Milestone.builder("a", "A", "core").build())
            .milestone(Milestone.builder("b", "B", "core").requires("c").build())
            .milestone(Milestone.builder("r", "Regional peace", "region").build())
            .source(new Source("s1", "", "", null, ""))
            .event(Examples.status("2020-01-01", "a", Status.AGREED, "s1"))
            .event(Examples.status("2020-01-01", "b", Status.COMPLETED, "s1"))
            .event(Examples.status("2020-01-01", "r", Status.COMPLETED, "s1"));
    if (contextLevel != Status.NOT_STARTED) {
      b.event(Examples.status("2020-01-01", "c", contextLevel, "s1"));
    }
    return b.build();
  }

  @ParameterizedTest
  @EnumSource(Status.class)
  void anUnscoredMilestoneNeverMovesTheValueExceptThroughGating(Status level) {
    // GIVEN gating off, so that c can only act through its own score
    IndexMethod ungated = IndexMethod.legacy().toBuilder().gating(Gating.NONE).build();
    IndexResult r = ungated.evaluate(model(level, false), AT);

    // THEN core is (1/3 + 1) / 2 of a and b only, whatever c's status; region is context
    assertThat(r.value()).isCloseTo((1.0 / 3 + 1) / 2 * 100, within(1e-9));
    assertThat(r.dimensions()).containsOnlyKeys("core");
    assertThat(r.milestone("c").contribution()).isZero();
    assertThat(r.milestone("c").weight()).isZero();
  }

  @Test
  void anUnscoredPrerequisiteStillGates() {
    // GIVEN c, unscored, at AGREED caps b (COMPLETED) at AGREED
    IndexResult r = IndexMethod.legacy().evaluate(model(Status.AGREED, false), AT);

    assertThat(r.milestone("b").counted()).isEqualTo(Status.AGREED);
    assertThat(r.value()).isCloseTo((1.0 / 3 + 1.0 / 3) / 2 * 100, within(1e-9));
  }

  @Test
  void includeUnscoredCountsContextAsTheScoredModelWould() {
    IndexMethod all =
        IndexMethod.legacy().toBuilder().gating(Gating.NONE).includeUnscored(true).build();
    IndexResult r = all.evaluate(model(Status.IN_PROGRESS, false), AT);

    // core: (2/3 + 1/3 + 1) / 3 = 2/3; region: 1; arithmetic mean 5/6
    assertThat(r.value()).isCloseTo(5.0 / 6 * 100, within(1e-9));
    assertThat(r.dimensions()).containsOnlyKeys("core", "region");
  }

  @Test
  void trajectoryAndComponentsIgnoreContextToo() {
    ProgressIndex index = IndexMethod.legacy().prepare(model(Status.COMPLETED, false));
    Trajectory t = index.trajectory(LocalDate.of(2019, 1, 1), AT);
    TrajectoryPoint last = t.points().get(t.points().size() - 1);
    assertThat(last.dimensions()).containsOnlyKeys("core");
    assertThat(last.value()).isCloseTo((1.0 / 3 + 1) / 2 * 100, within(1e-9));
    assertThat(last.agreement()).isCloseTo(100, within(1e-9));
    assertThat(last.implementation()).isCloseTo(50, within(1e-9));
  }

  @Test
  void explainNamesTheContextDimension() {
    String text = IndexMethod.legacy().evaluate(model(Status.AGREED, false), AT).explain();
    assertThat(text).contains("  - Region (region): context, not scored, 1 milestone\n");
  }

  @Test
  void aModelWithNothingScoredIsRefusedByName() {
    ProcessModel none =
        ProcessModel.builder("Nothing")
            .dimension(new Dimension("d", "D", 1, "", false))
            .milestone(Milestone.builder("m", "M", "d").build())
            .build();
    assertThatThrownBy(() -> IndexMethod.legacy().evaluate(none, AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "model 'Nothing' has no scored milestone: every milestone or its dimension says"
                + " scored: false; mark one scored, or count context with includeUnscored");
  }

  @Test
  void forecastEvaluatorIgnoresContext() {
    io.github.thaw.internal.index.LevelEvaluator levels =
        LevelEvaluatorTest.evaluator(IndexMethod.legacy(), model(Status.NOT_STARTED, false));
    levels.initialise(new int[] {0, 1, 3, 3});
    double before = levels.value();
    levels.set(0, 3); // the context milestone completes
    assertThat(levels.value()).isEqualTo(before);
    levels.set(1, 3);
    assertThat(levels.value()).isGreaterThan(before);
  }
}
