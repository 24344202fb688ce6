package io.github.thaw.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.thaw.forecast.Step;
import io.github.thaw.forecast.StepDuration;
import io.github.thaw.forecast.Transitions;
import io.github.thaw.index.IndexMethod;
import io.github.thaw.index.Weights;
import io.github.thaw.model.ModelException;
import io.github.thaw.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Corners of the method, transition and scenario file readers. */
class SideFileCornersTest {
  @TempDir Path dir;

  private static List<String> problemsOf(Runnable read) {
    ModelException e = catchThrowableOfType(read::run, ModelException.class);
    assertThat(e).as("expected a ModelException").isNotNull();
    return e.problems().stream().map(Problem::toString).toList();
  }

  // ---- method files

  @ParameterizedTest(name = "{0} days")
  @CsvSource({"0", "36500"})
  void theDisputeWindowMayBeAnyWholeNumberFromZeroTo36500Days(int days) {
    // GIVEN a window at either end of the allowed range WHEN read THEN it is the method's window
    IndexMethod m =
        MethodFiles.read("disputeWindowDays: " + days + "\n", "m.yaml", FileSyntax.YAML);
    assertThat(m.disputeWindowDays()).isEqualTo(days);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"-1, -1", "36501, 36501", "1e15, 1.0E15", "-0.5, -0.5"})
  void aDisputeWindowOutsideTheRangeIsRefusedShowingTheValueAsWritten(
      String written, String shown) {
    // GIVEN a window just outside the range, or too large to print as a whole number
    // WHEN read THEN the problem shows the value, whole numbers without a fraction
    assertThat(
            problemsOf(
                () ->
                    MethodFiles.read(
                        "disputeWindowDays: " + written + "\n", "m.yaml", FileSyntax.YAML)))
        .containsExactly(
            "m.yaml:1:20: disputeWindowDays: disputeWindowDays must be a whole number of days from 0"
                + " to 36500, found "
                + shown);
  }

  @Test
  void aMethodFileOnDiskIsCheckedAgainstTheModel() throws IOException {
    // GIVEN a method file that weighs a milestone of the reference model
    Path file = dir.resolve("method.yaml");
    Files.writeString(file, "milestoneWeights: {weights: {border-opening: 3}}\n");
    // WHEN read against the model THEN the weight is the file's
    IndexMethod m = MethodFiles.read(file, TestModels.reference());
    assertThat(m)
        .isEqualTo(
            IndexMethod.defaults().toBuilder()
                .milestoneWeights(Weights.fromModel().with("border-opening", 3))
                .build());
  }

  // ---- transition files

  @Test
  void aBadArgumentBeforeTheDistributionIsOneProblem() {
    // GIVEN a duration whose distribution comes last, after an argument that is not a number
    // WHEN read THEN only that argument is reported: the duration is not built from what is left
    assertThat(
            TransitionFilesTest.problems(
                "defaults: {min: soon, mode: 9, max: 24, distribution: pert}"))
        .singleElement()
        .asString()
        .startsWith("t.yaml:1:17: defaults.min: ");
  }

  @Test
  void overridesFromAFileApplyAsReadingItOnTheBase() throws IOException {
    // GIVEN a transitions file
    Path file = dir.resolve("t.yaml");
    Files.writeString(file, "defaults: {distribution: exponential, rate: 0.05}\n");
    // WHEN its overrides are applied to a base THEN they give what reading it on that base gives
    Transitions t = TransitionFiles.overrides(file).applyTo(TransitionFilesTest.BASE);
    Transitions read = TransitionFiles.read(file, TransitionFilesTest.BASE);
    assertThat(t.steps()).isEqualTo(read.steps());
    assertThat(t.steps()).containsEntry(Step.NOT_STARTED_TO_AGREED, StepDuration.exponential(0.05));
  }

  // ---- scenario files

  @Test
  void aBlankNameOfAnAddedMilestoneIsOneProblem() {
    // GIVEN a milestone added with a blank name WHEN read THEN the blank name is reported once
    assertThat(
            problemsOf(
                () ->
                    ScenarioFiles.read(
                        "name: s\nchanges:\n  - addMilestone: {id: grid, name: ' ', dimension: d}\n",
                        "s.yaml",
                        FileSyntax.YAML)))
        .containsExactly(
            "s.yaml:3:36: changes[0].addMilestone.name: milestone name must not be blank");
  }

  @Test
  void aRequirementChangeMissingAKeyIsNamedByItsKind() {
    // GIVEN an addRequires and a dropRequires each without the milestone required
    // WHEN read THEN each problem names the kind of change it is in
    assertThat(
            problemsOf(
                () ->
                    ScenarioFiles.read(
                        String.join(
                            "\n",
                            "name: s",
                            "changes:",
                            "  - addRequires: {milestone: a}",
                            "  - dropRequires: {milestone: a}",
                            ""),
                        "s.yaml",
                        FileSyntax.YAML)))
        .containsExactly(
            "s.yaml:3:18: changes[0].addRequires: missing required key 'requires' in addRequires",
            "s.yaml:4:19: changes[1].dropRequires: missing required key 'requires' in"
                + " dropRequires");
  }
}
