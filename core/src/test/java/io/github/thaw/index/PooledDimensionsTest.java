package io.github.thaw.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import io.github.thaw.model.Dimension;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pooled milestones still give every dimension a value, and the total stays the pool's. */
class PooledDimensionsTest {
  private static final LocalDate AS_OF = LocalDate.of(2021, 1, 1);

  /**
   * Dimension "a" with one milestone COMPLETED; "b" with three: IN_PROGRESS, AGREED, COMPLETED;
   * "ctx" with one unscored milestone COMPLETED.
   */
  private static ProcessModel small() {
    ProcessModel.Builder b =
        ProcessModel.builder("Small")
            .dimension(Dimension.of("a", "Alpha"))
            .dimension(Dimension.of("b", "Beta"))
            .dimension(Dimension.of("ctx", "Context"))
            .milestone(Milestone.builder("a1", "A one", "a").build())
            .milestone(Milestone.builder("b1", "B one", "b").build())
            .milestone(Milestone.builder("b2", "B two", "b").build())
            .milestone(Milestone.builder("b3", "B three", "b").build())
            .milestone(Milestone.builder("c1", "Context one", "ctx").scored(false).build())
            .source(new Source("s1", "", "", null, ""));
    return b.event(Examples.status("2020-01-01", "a1", Status.COMPLETED, "s1"))
        .event(Examples.status("2020-01-01", "b1", Status.IN_PROGRESS, "s1"))
        .event(Examples.status("2020-01-01", "b2", Status.AGREED, "s1"))
        .event(Examples.status("2020-01-01", "b3", Status.COMPLETED, "s1"))
        .event(Examples.status("2020-01-01", "c1", Status.COMPLETED, "s1"))
        .build();
  }

  @Test
  void dimensionValuesByHandOnTwoDimensionsOfOneAndThreeMilestones() {
    IndexResult r = IndexMethod.defaults().evaluate(small(), AS_OF);

    // By hand, PAM implementation coding 0, 0, 2/3, 1: a = 1 → 100; b = (2/3 + 0 + 1) / 3 = 5/9;
    // pooled: (1 + 2/3 + 0 + 1) / 4 = 2/3; and (1 × 100 + 3 × 500/9) / 4 = 2/3 × 100 as well.
    assertThat(r.dimensions()).containsOnlyKeys("a", "b");
    assertThat(r.dimensions().get("a")).isEqualTo(100.0);
    assertThat(r.dimensions().get("b")).isCloseTo(500.0 / 9, within(1e-12));
    assertThat(r.value()).isCloseTo(200.0 / 3, within(1e-12));
    assertThat((1 * r.dimensions().get("a") + 3 * r.dimensions().get("b")) / 4)
        .isCloseTo(r.value(), within(1e-12));
    assertThat(r.dimensionBands().get("b").value()).isEqualTo(r.dimensions().get("b"));
  }

  @Test
  void explainSaysHowManyArePooledAndHowDimensionsWeigh() {
    String text = IndexMethod.defaults().evaluate(small(), AS_OF).explain();

    assertThat(text)
        .contains("4 scored milestones are pooled, each with its weight; 1 context milestone is")
        .contains("By dimension, each weighted by its milestone count")
        .contains("  - Alpha (a): 100.0, weight 1/4 (25.0%), 1 milestone\n")
        .contains("  - Beta (b): 55.6, weight 3/4 (75.0%), 3 milestones\n")
        .contains("  - Context (ctx): context, not scored, 1 milestone\n")
        .doesNotContain("All 5 milestones");
  }

  @Test
  void totalUnchangedFromOnePool() {
    // Weights 1.5, 0.25, 2, 0.7 (not whole): the pool's Σ w·score / Σ w computed here directly.
    ProcessModel m = small().toBuilder().build();
    IndexMethod method =
        IndexMethod.builder()
            .milestoneWeights(
                Weights.fromModel().with("a1", 1.5).with("b1", 0.25).with("b2", 2).with("b3", 0.7))
            .build();
    IndexResult r = method.evaluate(m, AS_OF);
    double pool = (1.5 * 1 + 0.25 * 2.0 / 3 + 2 * 0 + 0.7 * 1) / (1.5 + 0.25 + 2 + 0.7) * 100;
    assertThat(r.value()).isCloseTo(pool, within(1e-12));
    double b = (0.25 * 2.0 / 3 + 0.7) / (0.25 + 2 + 0.7) * 100;
    assertThat(r.dimensions()).containsEntry("a", 100.0);
    assertThat(r.dimensions().get("b")).isCloseTo(b, within(1e-12));
    assertThat((1.5 * 100 + (0.25 + 2 + 0.7) * b) / (1.5 + 0.25 + 2 + 0.7))
        .isCloseTo(r.value(), within(1e-12));
    assertThat(r.explain())
        .contains("weighted by its milestones' total weight")
        .contains("weight 33.7%, 1 milestone");
  }

  @Test
  void geometricAndWeakestLinkPoolsCombineTheirDimensions() {
    IndexMethod geometric =
        IndexMethod.builder().milestoneAggregation(Aggregation.GEOMETRIC).build();
    IndexResult g = geometric.evaluate(small(), AS_OF);
    double c = Aggregation.GEOMETRIC_SHIFT;
    double pool =
        100
            * (Math.exp(
                    (Math.log(1 + c) + Math.log(2.0 / 3 + c) + Math.log(c) + Math.log(1 + c)) / 4)
                - c);
    assertThat(g.value()).isCloseTo(pool, within(1e-12));
    Map<String, Double> d = g.dimensions();
    double fromDimensions =
        100
            * (Math.exp((Math.log(d.get("a") / 100 + c) + 3 * Math.log(d.get("b") / 100 + c)) / 4)
                - c);
    assertThat(fromDimensions).isCloseTo(g.value(), within(1e-12));

    IndexResult w =
        IndexMethod.builder()
            .milestoneAggregation(Aggregation.WEAKEST_LINK)
            .build()
            .evaluate(small(), AS_OF);
    assertThat(w.dimensions()).containsExactly(entry("a", 100.0), entry("b", 0.0));
    assertThat(w.value()).isZero();
  }

  @Test
  void trajectoryCarriesTheSameDimensionValuesAsEachDate() {
    ProgressIndex index = IndexMethod.defaults().prepare(Examples.worked());
    Trajectory t = index.trajectory();
    assertThat(t.points()).isNotEmpty();
    for (TrajectoryPoint p : t.points()) {
      IndexResult at = index.at(p.date());
      assertThat(p.dimensions()).isEqualTo(at.dimensions()).isNotEmpty();
      assertThat(p.value()).isEqualTo(at.value());
    }
  }

  @Test
  void aDimensionWhoseMilestonesWeighNothingHasNoValue() {
    IndexResult r =
        IndexMethod.builder()
            .milestoneWeights(Weights.fromModel().with("a1", 0))
            .build()
            .evaluate(small(), AS_OF);

    assertThat(r.dimensions()).containsOnlyKeys("b");
    assertThat(r.value()).isCloseTo(500.0 / 9, within(1e-12));
    assertThat(r.explain())
        .contains("  - Alpha (a): milestone weights 0, not counted, 1 milestone");
  }

  @Test
  void disagreementNamesTheReadingRuleUsed() {
    ProcessModel m =
        small().toBuilder()
            .source(new Source("s2", "", "", null, ""))
            .event(Examples.status("2020-01-05", "b2", Status.NOT_STARTED, "s2"))
            .build();

    assertThat(IndexMethod.defaults().evaluate(m, AS_OF).explain())
        .contains("  - b2: counted at NOT_STARTED (most reliable report, then latest); live");
    assertThat(IndexMethod.legacy().evaluate(m, AS_OF).explain())
        .contains("  - b2: counted at NOT_STARTED (latest report); live");
    assertThat(
            IndexMethod.builder()
                .readingRule(ReadingRule.OPTIMISTIC)
                .build()
                .evaluate(m, AS_OF)
                .explain())
        .contains("  - b2: counted at AGREED (most advanced live report); live");
  }
}
