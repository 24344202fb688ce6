package io.github.thaw.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thaw.model.Location;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.ModelException;
import io.github.thaw.model.Status;
import io.github.thaw.scenario.Scenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small parts of the API: steps, accessors, progress. */
class ApiTest {

  @Test
  void stepsAreTheScaleOneStatusAtATime() {
    assertThat(Step.from(Status.AGREED)).isEqualTo(Step.AGREED_TO_IN_PROGRESS);
    assertThat(Step.AGREED_TO_IN_PROGRESS.from()).isEqualTo(Status.AGREED);
    assertThat(Step.AGREED_TO_IN_PROGRESS.to()).isEqualTo(Status.IN_PROGRESS);
    assertThat(Step.parse("IN_PROGRESS->COMPLETED")).isEqualTo(Step.IN_PROGRESS_TO_COMPLETED);
    assertThat(Step.labels())
        .isEqualTo("NOT_STARTED->AGREED, AGREED->IN_PROGRESS, IN_PROGRESS->COMPLETED");
    assertThatThrownBy(() -> Step.from(Status.COMPLETED))
        .hasMessage("COMPLETED is the top of the scale; no step leaves it");
    assertThatThrownBy(() -> Step.parse("AGREED->COMPLETED"))
        .hasMessage(
            "step 'AGREED->COMPLETED' is not one of NOT_STARTED->AGREED, AGREED->IN_PROGRESS,"
                + " IN_PROGRESS->COMPLETED (one status up at a time)");
  }

  @Test
  void durationsNameTheirFamily() {
    assertThat(StepDuration.pert(1, 2, 3).family()).isEqualTo("pert");
    assertThat(StepDuration.triangular(1, 2, 3).family()).isEqualTo("triangular");
    assertThat(StepDuration.lognormal(2, 3).family()).isEqualTo("lognormal");
    assertThat(StepDuration.exponential(1).family()).isEqualTo("exponential");
    assertThat(StepDuration.never().family()).isEqualTo("never");
    assertThat(StepDuration.pert(1, 2, 3)).hasToString("pert(min=1.0, mode=2.0, max=3.0)");
    assertThat(StepDuration.lognormal(2, 3)).hasToString("lognormal(median=2.0, p90=3.0)");
  }

  @Test
  void transitionsListWhatIsSetPerMilestone() {
    Transitions t =
        Transitions.everyStep(StepDuration.exponential(0.1))
            .with("a", Step.AGREED_TO_IN_PROGRESS, StepDuration.never());
    assertThat(t.milestones())
        .containsOnlyKeys(MilestoneId.of("a"))
        .containsEntry(
            MilestoneId.of("a"),
            java.util.Map.of(Step.AGREED_TO_IN_PROGRESS, StepDuration.never()));
    assertThat(t.duration("b", Step.AGREED_TO_IN_PROGRESS))
        .isEqualTo(StepDuration.exponential(0.1));
    assertThat(t.toString()).contains("1 milestones set, softFactor 0.8");
  }

  @Test
  void transitionsDescribeEveryStepTheirSettingsAndFreezes() {
    Transitions t =
        Transitions.builder(StepDuration.exponential(0.05))
            .step(Step.AGREED_TO_IN_PROGRESS, StepDuration.pert(3, 9, 24))
            .milestone("a", Step.NOT_STARTED_TO_AGREED, StepDuration.never())
            .softFactor(0.5)
            .freezes(FreezeShocks.of(0.3, 6))
            .build();
    assertThat(t)
        .hasToString(
            "Transitions[NOT_STARTED->AGREED exponential(rate=0.05), AGREED->IN_PROGRESS"
                + " pert(min=3.0, mode=9.0, max=24.0), IN_PROGRESS->COMPLETED"
                + " exponential(rate=0.05), 1 milestones set, softFactor 0.5,"
                + " FreezeShocks[ratePerYear=0.3, months=6.0]]");
  }

  @Test
  void aVariantKeepsEveryMilestonesSettingsAndWhereTheyWereDeclared() {
    // GIVEN transitions read from a file, setting a milestone the model does not have
    Location line7 = new Location("transitions.yaml", 7, 3, "milestones.railway");
    Transitions read =
        Transitions.builder(StepDuration.exponential(0.05))
            .milestone("railway", Step.AGREED_TO_IN_PROGRESS, StepDuration.pert(3, 9, 24))
            .declaredAt(MilestoneId.of("railway"), line7)
            .freezes(FreezeShocks.of(0.3, 6))
            .build();
    // WHEN a variant sets another step
    Transitions variant = read.with("a", Step.AGREED_TO_IN_PROGRESS, StepDuration.never());
    // THEN it keeps the file's settings
    assertThat(variant.duration("railway", Step.AGREED_TO_IN_PROGRESS))
        .isEqualTo(StepDuration.pert(3, 9, 24));
    assertThat(variant.toBuilder().build()).isEqualTo(variant);
    assertThat(variant.freezes()).contains(FreezeShocks.of(0.3, 6));
    // AND a forecast still locates the unknown milestone at its line in the file
    assertThatThrownBy(
            () -> Forecast.builder(CalibrationTest.history()).transitions(variant).build())
        .isInstanceOfSatisfying(
            ModelException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(
                        p -> {
                          assertThat(p.location()).isEqualTo(line7);
                          assertThat(p.message())
                              .isEqualTo(
                                  "transitions for Milestone 'railway' is not in model 'Test'");
                        }));
  }

  @Test
  void aCalibrationRemembersItsWindow() {
    Calibration c = Calibration.fromHistory(CalibrationTest.history(), Models.AS_OF);
    assertThat(c.asOf()).isEqualTo(Models.AS_OF);
    assertThat(c.softFactor()).isEqualTo(Transitions.DEFAULT_SOFT_FACTOR);
    assertThat(c.steps()).containsOnlyKeys(Step.values());
    assertThat(c.toString()).startsWith("Calibration[2020-01-01 to 2025-01-01");
  }

  @Test
  void aForecastKnowsItsInputsAndReportsProgress() {
    Scenario s = Scenario.named("s").setStatus("a", Status.COMPLETED, "2026-01-01").build();
    Forecast f =
        Forecast.builder(CalibrationTest.history())
            .transitions(Transitions.everyStep(StepDuration.exponential(0.05)))
            .scenario(s)
            .samples(600)
            .threads(2)
            .build();
    assertThat(f.baseline()).isEqualTo(CalibrationTest.history());
    assertThat(f.model()).isEqualTo(s.applyTo(CalibrationTest.history()));
    assertThat(f.scenario()).contains(s);
    assertThat(f.samples()).isEqualTo(600);
    List<Long> done = Collections.synchronizedList(new ArrayList<>());
    ForecastSummary r = f.runShard(7, 100, 600, done::add);
    assertThat(done).contains(600L).allMatch(d -> d > 0 && d <= 600);
    assertThat(r.seed()).isEqualTo(7);
    assertThat(r.asOf()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(r.paths()).containsExactly(new PathRange(100, 600));
    assertThat(r.paths().get(0).end()).isEqualTo(700);
    assertThat(r.toString())
        .isEqualTo("ForecastSummary['Test' 2025-01-01 to 2030-01, 600 paths, seed 7]");
    assertThat(f.toString()).endsWith(", scenario s]");
  }
}
