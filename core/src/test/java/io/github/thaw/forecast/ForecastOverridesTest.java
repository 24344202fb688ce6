package io.github.thaw.forecast;

import static io.github.thaw.forecast.Models.AS_OF;
import static io.github.thaw.forecast.Models.milestone;
import static io.github.thaw.forecast.Models.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thaw.io.ModelFormat;
import io.github.thaw.io.TransitionFiles;
import io.github.thaw.model.ModelException;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The builder's set-up from a transitions file: calibrate, fall back, recalibrate, re-read. */
class ForecastOverridesTest {
  @TempDir Path dir;

  static TransitionOverrides yaml(String content) {
    return base -> TransitionFiles.read(content, "t.yaml", ModelFormat.YAML, base);
  }

  @Test
  void overridesApplyToTheCalibratedRecordAndTheCalibrationIsShown() {
    // GIVEN the hand-made history and a file that fixes one step
    ProcessModel m = CalibrationTest.history();
    String file = "steps: {AGREED->IN_PROGRESS: {distribution: exponential, rate: 0.5}}\n";
    // WHEN the builder reads it
    Forecast f = Forecast.builder(m).overrides(yaml(file)).samples(10).build();
    // THEN the transitions are the calibration's with that step changed, as read by hand
    Calibration byHand = Calibration.fromHistory(m, AS_OF);
    assertThat(f.transitions())
        .isEqualTo(TransitionFiles.read(file, "t.yaml", ModelFormat.YAML, byHand.transitions()));
    assertThat(f.transitions().steps().get(Step.AGREED_TO_IN_PROGRESS))
        .isEqualTo(StepDuration.exponential(0.5));
    // AND the calibration used is exposed, the same as by hand
    assertThat(f.calibration()).isPresent();
    assertThat(f.calibration().get().transitions()).isEqualTo(byHand.transitions());
    assertThat(f.calibration().get().from()).isEqualTo(byHand.from());
  }

  @Test
  void aChangedSoftFactorRecalibratesAtThatFactor() {
    ProcessModel m = CalibrationTest.history();
    Forecast f = Forecast.builder(m).overrides(yaml("softFactor: 0.5\n")).samples(10).build();
    Calibration at = Calibration.fromHistory(m, LocalDates.FROM, AS_OF, 0.5);
    assertThat(f.calibration().get().softFactor()).isEqualTo(0.5);
    assertThat(f.transitions()).isEqualTo(at.transitions());
    // d waited partly under a completed influence: its exposure, so the rate, depends on the factor
    assertThat(at.step(Step.NOT_STARTED_TO_AGREED).rate())
        .isNotEqualTo(Calibration.fromHistory(m, AS_OF).step(Step.NOT_STARTED_TO_AGREED).rate());
  }

  @Test
  void anUncalibratableRecordFallsBackToNeverWhenOverridesAreGiven() {
    ProcessModel m =
        Models.builder()
            .milestone(milestone("a", List.of(), List.of()))
            .event(status("2023-01-01", "a", Status.COMPLETED))
            .build();
    Forecast f =
        Forecast.builder(m)
            .overrides(
                yaml(
                    "milestones: {a: {NOT_STARTED->AGREED: {distribution: exponential, rate: 1}}}\n"))
            .samples(10)
            .build();
    assertThat(f.calibration()).isEmpty();
    assertThat(f.transitions().steps().get(Step.AGREED_TO_IN_PROGRESS))
        .isEqualTo(StepDuration.never());
    assertThat(f.transitions().milestones())
        .containsOnlyKeys(io.github.thaw.model.MilestoneId.of("a"));
    assertThat(f.run(1).pCompletedByHorizon("a")).isEqualTo(1.0);
    // AND without overrides the calibration's own message reaches the caller
    assertThatThrownBy(() -> Forecast.builder(m).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "model 'Test' has no milestone waiting for a step between 2023-01-01 and 2025-01-01,"
                + " so there is nothing to calibrate from; give the transitions yourself");
  }

  @Test
  void givenTransitionsAreTheBaseAndNeedNoCalibrationUnderPointRates() {
    Transitions base = Transitions.everyStep(StepDuration.exponential(0.1));
    Forecast f =
        Forecast.builder(CalibrationTest.history())
            .transitions(base)
            .overrides(yaml("steps: {NOT_STARTED->AGREED: {distribution: never}}\n"))
            .rates(Rates.POINT)
            .tempo(Tempo.NONE) // else the record's clustering is read for the common tempo
            .samples(10)
            .build();
    assertThat(f.transitions().steps().get(Step.NOT_STARTED_TO_AGREED))
        .isEqualTo(StepDuration.never());
    assertThat(f.transitions().steps().get(Step.AGREED_TO_IN_PROGRESS))
        .isEqualTo(StepDuration.exponential(0.1));
    assertThat(f.calibration()).isEmpty();
  }

  @Test
  void aFileIsReadOnceAndItsProblemsCarryItsName() throws IOException {
    Path file = dir.resolve("t.yaml");
    Files.writeString(file, "softFactor: 2\nbogus: 1\n", StandardCharsets.UTF_8);
    TransitionOverrides o = TransitionFiles.overrides(file);
    Files.delete(file);
    assertThatThrownBy(() -> Forecast.builder(CalibrationTest.history()).overrides(o).build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining(file.toString() + ":2:1");
    assertThatThrownBy(() -> TransitionFiles.overrides(file))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining(file.toString());
    assertThatThrownBy(() -> TransitionFiles.overrides(dir.resolve("t.txt")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The first status event of the hand-made history, where its calibration window starts. */
  private static final class LocalDates {
    static final java.time.LocalDate FROM = java.time.LocalDate.of(2020, 1, 1);
  }
}
