package io.github.thaw.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thaw.index.IndexMethod;
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

class IndexSensitivityTest {
  private static final LocalDate DATE = LocalDate.of(2025, 1, 1);

  /** Dimension d1: a COMPLETED, b NOT_STARTED; dimension d2: c AGREED; nothing IN_PROGRESS. */
  static ProcessModel model() {
    return ProcessModel.builder("S")
        .dimension(Dimension.of("d1", "One"))
        .dimension(Dimension.of("d2", "Two"))
        .milestone(Milestone.builder("a", "A", "d1").build())
        .milestone(Milestone.builder("b", "B", "d1").build())
        .milestone(Milestone.builder("c", "C", "d2").build())
        .milestone(Milestone.builder("z", "Z", "d2").weight(0).build())
        .source(new Source("s", "", "", null, ""))
        .event(Event.status(PartialDate.parse("2024"), "a", Status.COMPLETED, List.of("s"), ""))
        .event(Event.status(PartialDate.parse("2024"), "c", Status.AGREED, List.of("s"), ""))
        .build();
  }

  @Test
  void parametersCoverWeightsAndMiddleScoresButNotZeroWeights() {
    assertThat(IndexSensitivity.of(model(), DATE).method(IndexMethod.legacy()).parameters())
        .extracting(Parameter::name)
        .containsExactly(
            "milestone:a",
            "milestone:b",
            "milestone:c",
            "dimension:d1",
            "dimension:d2",
            "score:AGREED",
            "score:IN_PROGRESS");
    assertThat(
            IndexSensitivity.of(model(), DATE)
                .method(IndexMethod.legacy())
                .method(IndexMethod.legacy().toBuilder().structure(Structure.POOLED).build())
                .parameters())
        .extracting(Parameter::name)
        .doesNotContain("dimension:d1");
  }

  @Test
  void atTheCentreOfEveryRangeTheFunctionIsTheBaseIndex() {
    IndexSensitivity s = IndexSensitivity.of(model(), DATE).method(IndexMethod.legacy());
    double[] centre = {1, 1, 1, 1, 1, 1.0 / 3, 2.0 / 3};
    assertThat(s.function().applyAsDouble(centre))
        .isCloseTo(
            IndexMethod.legacy().evaluate(model(), DATE).value(),
            org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  void anUnusedScoreHasNoEffectAndTheRankingPutsRealDriversFirst() {
    SobolResult r = IndexSensitivity.of(model(), DATE).analyze(1 << 10, 7);
    int inProgress = r.names().indexOf("score:IN_PROGRESS");
    assertThat(r.totalOrder()[inProgress]).isLessThan(0.01);
    assertThat(r.ranked().get(0).name()).isNotEqualTo("score:IN_PROGRESS");
    assertThat(r.ranked().get(r.ranked().size() - 1).name()).isEqualTo("score:IN_PROGRESS");
    assertThat(r.table()).contains("score:AGREED");
  }

  @Test
  void aSpreadOutsideTheUnitIntervalIsRejected() {
    assertThatThrownBy(() -> IndexSensitivity.of(model(), DATE).weightSpread(1.0))
        .hasMessage("weight spread is 1.0; it must be in (0, 1)");
  }

  @Test
  void eachWeightVariesByTheSpreadAroundItsCentre() {
    // GIVEN milestone b weighted 2 in the model, c given 4 by the method, dimensions equal
    ProcessModel m =
        ProcessModel.builder("S")
            .dimension(Dimension.of("d1", "One"))
            .dimension(new Dimension("d2", "Two", 3, ""))
            .milestone(Milestone.builder("a", "A", "d1").build())
            .milestone(Milestone.builder("b", "B", "d1").weight(2).build())
            .milestone(Milestone.builder("c", "C", "d2").build())
            .build();
    IndexMethod method =
        IndexMethod.legacy().toBuilder()
            .milestoneWeights(io.github.thaw.index.Weights.fromModel().with("c", 4))
            .dimensionWeights(io.github.thaw.index.Weights.equal())
            .build();
    // WHEN the spread is a quarter
    List<Parameter> ps =
        IndexSensitivity.of(m, DATE).method(method).weightSpread(0.25).parameters();
    // THEN each weight ranges over [0.75 w, 1.25 w], the scores over their fixed ranges
    assertThat(ps)
        .extracting(Parameter::toString)
        .containsExactly(
            "milestone:a ~ uniform(min=0.75, max=1.25)",
            "milestone:b ~ uniform(min=1.5, max=2.5)",
            "milestone:c ~ uniform(min=3.0, max=5.0)",
            "dimension:d1 ~ uniform(min=0.75, max=1.25)",
            "dimension:d2 ~ uniform(min=0.75, max=1.25)",
            "score:AGREED ~ uniform(min=0.15, max=0.5)",
            "score:IN_PROGRESS ~ uniform(min=0.5, max=0.85)");
    // and the spread must lie strictly inside (0, 1)
    assertThatThrownBy(() -> IndexSensitivity.of(m, DATE).weightSpread(0))
        .hasMessage("weight spread is 0.0; it must be in (0, 1)");
    assertThat(
            IndexSensitivity.of(m, DATE)
                .method(IndexMethod.legacy())
                .weightSpread(0.999)
                .parameters())
        .hasSize(7);
  }
}
