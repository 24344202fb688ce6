package io.github.thaw.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thaw.internal.index.EngineSpec;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.ProcessModel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The translation of a method into the engine's numbers: each choice lands on the engine constant
 * of the same name (the robustness analysis hands the engine enum ordinals, so the two must stay in
 * step), and weights are resolved against the model.
 */
class MethodResolverTest {
  private static final ProcessModel MODEL = Examples.worked();

  private static EngineSpec spec(IndexMethod.Builder b) {
    return MethodResolver.spec(b.build(), MODEL);
  }

  @Test
  void everyChoiceLandsOnTheEngineConstantOfItsName() {
    Map<Aggregation, Integer> aggregation =
        Map.of(
            Aggregation.ARITHMETIC, EngineSpec.ARITHMETIC,
            Aggregation.GEOMETRIC, EngineSpec.GEOMETRIC,
            Aggregation.WEAKEST_LINK, EngineSpec.WEAKEST_LINK);
    Map<Gating, Integer> gating =
        Map.of(
            Gating.NONE, EngineSpec.NO_GATING,
            Gating.CAP_BY_PREREQUISITES, EngineSpec.CAP_BY_PREREQUISITES,
            Gating.FLAG_ONLY, EngineSpec.FLAG_ONLY);
    Map<ReadingRule, Integer> reading =
        Map.of(
            ReadingRule.LATEST, EngineSpec.LATEST,
            ReadingRule.CONSERVATIVE, EngineSpec.CONSERVATIVE,
            ReadingRule.OPTIMISTIC, EngineSpec.OPTIMISTIC,
            ReadingRule.MOST_RELIABLE, EngineSpec.MOST_RELIABLE);
    Map<DateRule, Integer> date =
        Map.of(
            DateRule.END_OF_PERIOD, EngineSpec.END_OF_PERIOD,
            DateRule.START_OF_PERIOD, EngineSpec.START_OF_PERIOD,
            DateRule.MIDPOINT, EngineSpec.MIDPOINT);
    assertThat(aggregation).hasSize(Aggregation.values().length);
    assertThat(gating).hasSize(Gating.values().length);
    assertThat(reading).hasSize(ReadingRule.values().length);
    assertThat(date).hasSize(DateRule.values().length);

    IndexMethod.Builder byDimension = IndexMethod.builder().structure(Structure.BY_DIMENSION);
    aggregation.forEach(
        (a, code) -> {
          assertThat(spec(byDimension.milestoneAggregation(a)).milestoneAggregation())
              .isEqualTo(code);
          assertThat(spec(byDimension.dimensionAggregation(a)).dimensionAggregation())
              .isEqualTo(code);
        });
    gating.forEach((g, code) -> assertThat(spec(byDimension.gating(g)).gating()).isEqualTo(code));
    reading.forEach(
        (r, code) -> {
          assertThat(spec(byDimension.readingRule(r)).readingRule()).isEqualTo(code);
          assertThat(r.ordinal()).as("the code robustness hands the engine").isEqualTo(code);
        });
    date.forEach(
        (d, code) -> {
          assertThat(spec(byDimension.dateRule(d)).dateRule()).isEqualTo(code);
          assertThat(d.ordinal()).as("the code robustness hands the engine").isEqualTo(code);
        });
    assertThat(Aggregation.GEOMETRIC_SHIFT).isEqualTo(1.0 / 99.0);
  }

  @Test
  void scoresArriveAsPointsOverTheScaleWithBothComponents() {
    EngineSpec s =
        spec(IndexMethod.legacy().toBuilder().scores(StatusScores.ofPoints(10, 0, 2, 5, 10)));
    assertThat(s.points()).containsExactly(0, 2, 5, 10);
    assertThat(s.scale()).isEqualTo(10);
    assertThat(s.agreementScores()).containsExactly(0, 1, 1, 1);
    assertThat(s.implementationScores()).containsExactly(0, 0, 2.0 / 3, 1);
    assertThat(s.disputeWindowDays()).isEqualTo(31);
    assertThat(s.pooled()).isFalse();
    assertThat(s.includeUnscored()).isFalse();
  }

  @Test
  void weightsAreResolvedAgainstTheModel() {
    List<Milestone> milestones = MODEL.milestones();
    String second = milestones.get(1).id().value();
    EngineSpec equal =
        spec(
            IndexMethod.builder()
                .structure(Structure.BY_DIMENSION)
                .milestoneWeights(Weights.equal().with(second, 4))
                .dimensionWeights(Weights.equal()));
    double[] expected = new double[milestones.size()];
    java.util.Arrays.fill(expected, 1);
    expected[1] = 4;
    assertThat(equal.milestoneWeights()).containsExactly(expected);
    assertThat(equal.dimensionWeights()).hasSize(MODEL.dimensions().size()).containsOnly(1.0);

    EngineSpec declared = spec(IndexMethod.builder());
    for (int m = 0; m < milestones.size(); m++) {
      assertThat(declared.milestoneWeights()[m]).isEqualTo(milestones.get(m).weight());
    }
    assertThat(declared.pooled()).isTrue();
    assertThat(declared.dimensionWeights()).as("pooled: not weighted by dimension").isNull();
  }
}
