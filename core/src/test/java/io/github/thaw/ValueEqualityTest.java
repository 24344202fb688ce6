package io.github.thaw;

import com.google.common.testing.EqualsTester;
import io.github.thaw.forecast.Forecast;
import io.github.thaw.forecast.FreezeShocks;
import io.github.thaw.forecast.Step;
import io.github.thaw.forecast.StepDuration;
import io.github.thaw.forecast.Transitions;
import io.github.thaw.index.Aggregation;
import io.github.thaw.index.Ahp;
import io.github.thaw.index.Gating;
import io.github.thaw.index.IndexMethod;
import io.github.thaw.index.StatusScores;
import io.github.thaw.index.Structure;
import io.github.thaw.index.Weights;
import io.github.thaw.model.Dimension;
import io.github.thaw.model.Event;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import io.github.thaw.scenario.Scenario;
import io.github.thaw.sensitivity.Parameter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Value classes are equal exactly when every part that defines them is equal, and equal values hash
 * alike. Each group below holds equal values built separately; each group differs from every other
 * in one part, so a comparison that forgets a part, or always answers true, fails.
 */
class ValueEqualityTest {
  private static final List<String> ABC = List.of("a", "b", "c");

  private static double[][] matrix(double ab, double ac, double bc) {
    return new double[][] {{1, ab, ac}, {1 / ab, 1, bc}, {1 / ac, 1 / bc, 1}};
  }

  @Test
  void statusScores() {
    new EqualsTester()
        .addEqualityGroup(StatusScores.of(0, 0.1, 0.4, 1), StatusScores.of(0, 0.1, 0.4, 1))
        .addEqualityGroup(StatusScores.of(0, 0.2, 0.4, 1))
        .addEqualityGroup(StatusScores.ofPoints(10, 0, 1, 4, 10))
        .addEqualityGroup(StatusScores.ofPoints(20, 0, 1, 4, 10))
        .testEquals();
  }

  @Test
  void ahpMatrices() {
    Ahp consistent = Ahp.of(ABC, matrix(2, 4, 2));
    new EqualsTester()
        .addEqualityGroup(consistent, Ahp.of(ABC, matrix(2, 4, 2)))
        .addEqualityGroup(Ahp.of(List.of("a", "b", "d"), matrix(2, 4, 2)))
        .addEqualityGroup(Ahp.of(ABC, matrix(2, 4, 3)))
        .addEqualityGroup(consistent.acceptInconsistency())
        .testEquals();
  }

  @Test
  void weights() {
    Ahp ahp = Ahp.of(ABC, matrix(2, 4, 2));
    new EqualsTester()
        .addEqualityGroup(Weights.fromModel(), Weights.fromModel())
        .addEqualityGroup(Weights.equal(), Weights.equal())
        .addEqualityGroup(Weights.fromModel().with("a", 2), Weights.fromModel().with("a", 2))
        .addEqualityGroup(Weights.fromModel().with("a", 3))
        .addEqualityGroup(Weights.equal().with("a", 2))
        .addEqualityGroup(Weights.fromModel().withAhp(ahp), Weights.fromModel().withAhp(ahp))
        .addEqualityGroup(Weights.fromModel().withAhp(Ahp.of(ABC, matrix(2, 4, 3))))
        .testEquals();
  }

  @Test
  void indexMethods() {
    UnaryOperator<IndexMethod.Builder> same = b -> b;
    new EqualsTester()
        .addEqualityGroup(IndexMethod.legacy(), IndexMethod.legacy(), method(same))
        .addEqualityGroup(IndexMethod.pam(), IndexMethod.pam())
        .addEqualityGroup(method(b -> b.scores(0, 0.1, 0.4, 1)))
        .addEqualityGroup(method(b -> b.milestoneWeights(Weights.equal())))
        .addEqualityGroup(method(b -> b.dimensionWeights(Weights.fromModel().with("d", 2))))
        .addEqualityGroup(method(b -> b.milestoneAggregation(Aggregation.GEOMETRIC)))
        .addEqualityGroup(method(b -> b.dimensionAggregation(Aggregation.GEOMETRIC)))
        .addEqualityGroup(method(b -> b.gating(Gating.NONE)))
        .addEqualityGroup(method(b -> b.structure(Structure.POOLED)))
        .testEquals();
  }

  private static IndexMethod method(UnaryOperator<IndexMethod.Builder> change) {
    return change.apply(IndexMethod.legacy().toBuilder()).build();
  }

  @Test
  void stepDurations() {
    new EqualsTester()
        .addEqualityGroup(StepDuration.pert(1, 2, 3), StepDuration.pert(1, 2, 3))
        .addEqualityGroup(StepDuration.pert(0, 2, 3))
        .addEqualityGroup(StepDuration.pert(1, 2.5, 3))
        .addEqualityGroup(StepDuration.pert(1, 2, 4))
        .addEqualityGroup(StepDuration.triangular(1, 2, 3), StepDuration.triangular(1, 2, 3))
        .addEqualityGroup(StepDuration.lognormal(2, 3), StepDuration.lognormal(1, 1.5).scaled(2))
        .addEqualityGroup(StepDuration.lognormal(2, 4))
        .addEqualityGroup(StepDuration.exponential(0.1), StepDuration.exponential(0.2).scaled(2))
        .addEqualityGroup(StepDuration.exponential(0.2))
        .addEqualityGroup(StepDuration.never(), StepDuration.never())
        .testEquals();
  }

  @Test
  void transitions() {
    StepDuration slow = StepDuration.exponential(0.05);
    new EqualsTester()
        .addEqualityGroup(Transitions.everyStep(slow), Transitions.builder(slow).build())
        .addEqualityGroup(Transitions.everyStep(StepDuration.exponential(0.06)))
        .addEqualityGroup(
            Transitions.builder(slow)
                .step(Step.AGREED_TO_IN_PROGRESS, StepDuration.never())
                .build())
        .addEqualityGroup(
            Transitions.everyStep(slow).with("m", Step.AGREED_TO_IN_PROGRESS, StepDuration.never()),
            Transitions.builder(slow)
                .milestone("m", Step.AGREED_TO_IN_PROGRESS, StepDuration.never())
                .build())
        .addEqualityGroup(Transitions.builder(slow).softFactor(0.5).build())
        .addEqualityGroup(Transitions.builder(slow).freezes(FreezeShocks.of(0.5, 3)).build())
        .addEqualityGroup(Transitions.builder(slow).freezes(FreezeShocks.of(0.5, 4)).build())
        .testEquals();
  }

  @Test
  void parameters() {
    new EqualsTester()
        .addEqualityGroup(Parameter.uniform("x", 0, 1), Parameter.uniform("x", 0, 1))
        .addEqualityGroup(Parameter.uniform("y", 0, 1))
        .addEqualityGroup(Parameter.uniform("x", 0, 2))
        .addEqualityGroup(Parameter.triangular("x", 0, 0.5, 1))
        .testEquals();
  }

  @Test
  void scenarios() {
    new EqualsTester()
        .addEqualityGroup(Scenario.named("a").build(), Scenario.named("a").build())
        .addEqualityGroup(Scenario.named("b").build())
        .addEqualityGroup(Scenario.named("a").description("why").build())
        .addEqualityGroup(
            Scenario.named("a").freeze("2026-01").build(),
            Scenario.named("a").freeze("2026-01").build())
        .addEqualityGroup(Scenario.named("a").freeze("2026-02").build())
        .testEquals();
  }

  @Test
  void processModels() {
    UnaryOperator<ProcessModel.Builder> same = b -> b;
    new EqualsTester()
        .addEqualityGroup(model(same), model(same))
        .addEqualityGroup(model(b -> b.name("Other")))
        .addEqualityGroup(model(b -> b.asOf(PartialDate.parse("2025-02"))))
        .addEqualityGroup(model(b -> b.dimension(Dimension.of("e", "E"))))
        .addEqualityGroup(model(b -> b.milestone(Milestone.builder("n", "N", "d").build())))
        .addEqualityGroup(model(b -> b.source(new Source("t", "Outlet", "T", null, "t.txt"))))
        .addEqualityGroup(
            model(
                b ->
                    b.event(
                        Event.status(
                            PartialDate.parse("2024-07"), "m", Status.AGREED, List.of("s"), ""))))
        .testEquals();
  }

  private static ProcessModel model(UnaryOperator<ProcessModel.Builder> change) {
    ProcessModel.Builder b =
        ProcessModel.builder("Test")
            .asOf(PartialDate.parse("2025-01"))
            .dimension(Dimension.of("d", "D"))
            .milestone(Milestone.builder("m", "M", "d").build())
            .source(new Source("s", "Outlet", "Title", null, "s.txt"))
            .event(
                Event.status(PartialDate.parse("2024-06"), "m", Status.AGREED, List.of("s"), ""));
    return change.apply(b).build();
  }

  @Test
  void forecastSummaries() {
    Forecast f =
        Forecast.builder(model(b -> b))
            .asOf(LocalDate.of(2025, 1, 1))
            .horizon(YearMonth.of(2026, 12))
            .transitions(Transitions.everyStep(StepDuration.exponential(0.2)))
            .samples(200)
            .build();
    new EqualsTester()
        .addEqualityGroup(f.run(1), f.run(1), f.withThreads(2).run(1))
        .addEqualityGroup(f.run(2))
        .addEqualityGroup(f.runShard(1, 0, 100))
        .addEqualityGroup(
            f.withTransitions(Transitions.everyStep(StepDuration.exponential(0.3))).run(1))
        .testEquals();
  }
}
