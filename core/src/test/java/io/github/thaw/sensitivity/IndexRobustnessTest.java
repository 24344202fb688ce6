package io.github.thaw.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.thaw.index.Aggregation;
import io.github.thaw.index.DateRule;
import io.github.thaw.index.Gating;
import io.github.thaw.index.IndexMethod;
import io.github.thaw.index.ReadingRule;
import io.github.thaw.index.StatusScores;
import io.github.thaw.index.Structure;
import io.github.thaw.model.Dimension;
import io.github.thaw.model.Event;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexRobustnessTest {
  private static final LocalDate AT = LocalDate.of(2025, 1, 1);

  /** Two dimensions; a disputed, gated milestone; a year-precision report; a context dimension. */
  private static ProcessModel mixed() {
    return ProcessModel.builder("Mixed")
        .dimension(Dimension.of("a", "A"))
        .dimension(Dimension.of("b", "B"))
        .dimension(new Dimension("ctx", "Context", 1, "", false))
        .milestone(Milestone.builder("a1", "A1", "a").build())
        .milestone(Milestone.builder("a2", "A2", "a").requires("a1").build())
        .milestone(Milestone.builder("b1", "B1", "b").build())
        .milestone(Milestone.builder("b2", "B2", "b").build())
        .milestone(Milestone.builder("c1", "C1", "ctx").build())
        .source(new Source("s1", "", "", null, ""))
        .source(new Source("s2", "", "", null, ""))
        .event(status("2023-01-10", "a1", Status.AGREED, "s1"))
        .event(status("2024", "a2", Status.COMPLETED, "s1"))
        .event(status("2024-06-01", "b1", Status.AGREED, "s1"))
        .event(status("2024-06-20", "b1", Status.IN_PROGRESS, "s2"))
        .event(status("2024-03", "b2", Status.COMPLETED, "s2"))
        .event(status("2024-02-01", "c1", Status.COMPLETED, "s2"))
        .build();
  }

  private static Event status(String date, String m, Status s, String source) {
    return Event.status(PartialDate.parse(date), m, s, List.of(source), "");
  }

  @Test
  void theOriginOfTheCubeIsTheDefaultMethodWithAShortWindow() {
    IndexRobustness r = IndexRobustness.of(mixed(), AT);
    IndexMethod m = r.variant(new double[9]);
    assertThat(m.scores()).isEqualTo(StatusScores.defaults());
    assertThat(m.milestoneAggregation()).isEqualTo(Aggregation.ARITHMETIC);
    assertThat(m.structure()).isEqualTo(Structure.BY_DIMENSION);
    assertThat(m.gating()).isEqualTo(Gating.CAP_BY_PREREQUISITES);
    assertThat(m.readingRule()).isEqualTo(ReadingRule.LATEST);
    assertThat(m.dateRule()).isEqualTo(DateRule.END_OF_PERIOD);
    assertThat(m.disputeWindowDays()).isEqualTo(7);
    assertThat(m.includeUnscored()).isFalse();

    double[] top = new double[9];
    java.util.Arrays.fill(top, 0.999);
    IndexMethod last = r.variant(top);
    assertThat(last.scores()).isEqualTo(StatusScores.of(0, 0.25, 0.5, 1));
    assertThat(last.structure()).isEqualTo(Structure.POOLED);
    assertThat(last.gating()).isEqualTo(Gating.NONE);
    assertThat(last.readingRule()).isEqualTo(ReadingRule.MOST_RELIABLE);
    assertThat(last.dateRule()).isEqualTo(DateRule.MIDPOINT);
    assertThat(last.disputeWindowDays()).isEqualTo(90);
    assertThat(last.includeUnscored()).isTrue();
    // the middle of the scores factor is PAM's implementation coding
    double[] mid = new double[9];
    mid[0] = 0.3;
    assertThat(r.variant(mid).scores()).isEqualTo(StatusScores.implementation());
  }

  @Test
  void weightPerturbationsStayWithinHalfAndOneAndAHalfAndRepeat() {
    IndexRobustness r = IndexRobustness.of(mixed(), AT);
    double[] x = new double[9];
    x[1] = 0.37;
    IndexMethod m = r.variant(x);
    assertThat(m.milestoneWeights().explicit()).hasSize(5);
    m.milestoneWeights().explicit().values().forEach(w -> assertThat(w).isBetween(0.5, 1.5));
    assertThat(r.variant(x.clone()).milestoneWeights()).isEqualTo(m.milestoneWeights());
    x[1] = 0.38;
    assertThat(r.variant(x).milestoneWeights()).isNotEqualTo(m.milestoneWeights());
  }

  @Test
  void noVariantTakesAGeometricMeanOrTheWeakestLinkOverScoresWithZeros() {
    IndexRobustness r = IndexRobustness.of(mixed(), AT);
    java.util.Set<Structure> structures = new java.util.HashSet<>();
    for (int k = 0; k < 200; k++) {
      double[] x = new double[IndexRobustness.FACTORS.size()];
      for (int i = 0; i < x.length; i++) {
        x[i] = ((k * 0.6180339887 + i * 0.4142135623) % 1.0);
      }
      IndexMethod m = r.variant(x);
      assertThat(m.milestoneAggregation()).isEqualTo(Aggregation.ARITHMETIC);
      assertThat(m.dimensionAggregation()).isEqualTo(Aggregation.ARITHMETIC);
      structures.add(m.structure());
      // every score set has a zero, which is why the geometric mean is excluded
      assertThat(m.scores().score(Status.NOT_STARTED)).isZero();
    }
    assertThat(structures).containsExactlyInAnyOrder(Structure.BY_DIMENSION, Structure.POOLED);
    assertThat(IndexRobustness.FACTORS).doesNotContain("milestoneAggregation").hasSize(9);
  }

  @Test
  void aMixedModelSpreadsAndTheScoresMatter() {
    RobustnessResult r =
        IndexRobustness.of(mixed(), AT).change(LocalDate.of(2023, 12, 31), AT).analyze(256, 7);

    assertThat(r.variants()).isEqualTo(256);
    assertThat(r.value().max() - r.value().min()).isGreaterThan(10);
    assertThat(r.value().p5()).isLessThanOrEqualTo(r.value().p50());
    assertThat(r.value().p50()).isLessThanOrEqualTo(r.value().p95());
    assertThat(r.value().min()).isLessThanOrEqualTo(r.value().p5());
    assertThat(r.change().pRise()).isEqualTo(1.0); // every variant rose during 2024
    RobustnessResult.Factor scores = r.factors().get(0);
    assertThat(scores.name()).isEqualTo("scores");
    assertThat(scores.totalOrder()).isGreaterThan(0.05);
    assertThat(r.factors())
        .extracting(RobustnessResult.Factor::name)
        .containsExactlyElementsOf(IndexRobustness.FACTORS);
    // the same seed gives the same result
    assertThat(
            IndexRobustness.of(mixed(), AT).change(LocalDate.of(2023, 12, 31), AT).analyze(256, 7))
        .isEqualTo(r);
  }

  @Test
  void anAllCompleteModelHasNoSpreadAndNoFactor() {
    ProcessModel done =
        ProcessModel.builder("Done")
            .dimension(Dimension.of("a", "A"))
            .dimension(Dimension.of("b", "B"))
            .milestone(Milestone.builder("a1", "A1", "a").build())
            .milestone(Milestone.builder("b1", "B1", "b").requires("a1").build())
            .source(new Source("s1", "", "", null, ""))
            .event(status("2020", "a1", Status.COMPLETED, "s1"))
            .event(status("2020-05-01", "b1", Status.COMPLETED, "s1"))
            .build();

    RobustnessResult r = IndexRobustness.of(done, AT).analyze(64, 1);

    assertThat(r.value().min()).isEqualTo(100.0);
    assertThat(r.value().max()).isEqualTo(100.0);
    assertThat(r.change().p5()).isZero();
    assertThat(r.change().p95()).isZero();
    assertThat(r.change().pRise()).isZero();
    assertThat(r.factors()).allSatisfy(f -> assertThat(f.totalOrder()).isZero());
  }

  @Test
  void quantilesInterpolateBetweenOrderStatistics() {
    double[] x = {10, 20, 30, 40, 50};
    // h = 4p: p5 → 0.2 → 10 + 0.2·10; p50 → 2 → 30; p95 → 3.8 → 40 + 0.8·10
    assertThat(IndexRobustness.quantile(x, 0.05)).isCloseTo(12, within(1e-12));
    assertThat(IndexRobustness.quantile(x, 0.5)).isEqualTo(30);
    assertThat(IndexRobustness.quantile(x, 0.95)).isCloseTo(48, within(1e-12));
  }

  @Test
  void badArgumentsAreNamed() {
    assertThatThrownBy(() -> IndexRobustness.of(mixed(), AT).analyze(1, 0))
        .hasMessage("variants must be at least 2 (a power of two suits Sobol' points), found 1");
    assertThatThrownBy(() -> IndexRobustness.of(mixed(), AT).change(AT, AT.minusDays(1)))
        .hasMessage("change from 2025-01-01 to 2024-12-31: 'from' must not be after 'to'");
    assertThatThrownBy(() -> IndexRobustness.of(mixed(), AT).variant(new double[3]))
        .hasMessage("expected 9 coordinates, one per factor, got 3");
  }
}
