package io.github.thaw.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thaw.model.Dimension;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.ProcessModel;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** AHP matrices at their smallest and the check that a matrix covers its whole dimension. */
class AhpCornersTest {
  @Test
  void aOneByOneMatrixHasEigenvalueOneAndWeightOne() {
    Ahp one = Ahp.of(List.of("only"), new double[][] {{1}});
    assertThat(one.lambdaMax()).isEqualTo(1.0);
    assertThat(one.weight("only")).isEqualTo(1.0);
    assertThat(one.consistencyIndex()).isZero();
  }

  @Test
  void theFirstLabelHasAWeight() {
    // 1 : 3 gives 3/4 and 1/4
    Ahp two = Ahp.ofJudgements(List.of("a", "b"), 3);
    assertThat(two.weight("a")).isCloseTo(0.75, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(two.weight("b")).isCloseTo(0.25, org.assertj.core.api.Assertions.within(1e-12));
  }

  @Test
  void aUsableMatrixIsReturnedAsItIs() {
    Ahp two = Ahp.ofJudgements(List.of("a", "b"), 3);
    assertThat(two.requireUsable()).isSameAs(two);
  }

  @Test
  void aMatrixThatLeavesOutAMilestoneNamesThatMilestoneAndNotAnEarlierOne() {
    // b0 comes first in the model but belongs to another dimension; a1 and a2 are covered
    ProcessModel model =
        ProcessModel.builder("Cover")
            .dimension(Dimension.of("a", "A"))
            .dimension(Dimension.of("b", "B"))
            .milestone(Milestone.builder("b0", "B0", "b").build())
            .milestone(Milestone.builder("a1", "A1", "a").build())
            .milestone(Milestone.builder("a2", "A2", "a").build())
            .milestone(Milestone.builder("a3", "A3", "a").build())
            .build();
    IndexMethod method =
        IndexMethod.legacy().toBuilder()
            .milestoneWeights(Weights.fromModel().withAhp(Ahp.ofJudgements(List.of("a1", "a2"), 2)))
            .build();
    assertThatThrownBy(() -> method.evaluate(model, LocalDate.of(2025, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "AHP matrix over [a1, a2] leaves out milestone 'a3' of dimension 'a'; a matrix must"
                + " compare every milestone of its dimension");
  }
}
