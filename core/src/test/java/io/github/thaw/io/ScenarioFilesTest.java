package io.github.thaw.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thaw.model.Dimension;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.ModelException;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.Problem;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Status;
import io.github.thaw.scenario.Change;
import io.github.thaw.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioFilesTest {

  static ProcessModel model() {
    return ProcessModel.builder("M")
        .dimension(Dimension.of("transport", "Transport"))
        .dimension(Dimension.of("borders", "Borders"))
        .milestone(Milestone.builder("railway-rehabilitation", "Railway", "transport").build())
        .milestone(
            Milestone.builder("border-opening", "Border", "borders")
                .requires("railway-rehabilitation")
                .build())
        .build();
  }

  private static List<String> problems(String yaml) {
    try {
      ScenarioFiles.read(yaml, "s.yaml", FileSyntax.YAML).applyTo(model());
    } catch (ModelException e) {
      return e.problems().stream().map(Problem::toString).toList();
    }
    throw new AssertionError("expected a ModelException");
  }

  @Test
  void readsEveryKindOfChangeInOrder() {
    Scenario s =
        ScenarioFiles.read(
            String.join(
                "\n",
                "name: all",
                "description: Every change.",
                "changes:",
                "  - setStatus: {milestone: railway-rehabilitation, status: COMPLETED, date:"
                    + " 2026-06}",
                "  - addMilestone: {id: grid, name: Grid, dimension: transport, weight: 2,"
                    + " requires: [railway-rehabilitation]}",
                "  - addRequires: {milestone: border-opening, requires: grid}",
                "  - dropRequires: {milestone: border-opening, requires: railway-rehabilitation}",
                "  - setWeight: {milestone: border-opening, weight: 3}",
                "  - freeze: {from: 2027}",
                ""),
            "all.yaml",
            FileSyntax.YAML);
    assertThat(s.name()).isEqualTo("all");
    assertThat(s.description()).isEqualTo("Every change.");
    assertThat(s.changes())
        .containsExactly(
            new Change.SetStatus(
                MilestoneId.of("railway-rehabilitation"),
                Status.COMPLETED,
                PartialDate.parse("2026-06")),
            new Change.AddMilestone(
                Milestone.builder("grid", "Grid", "transport")
                    .weight(2)
                    .requires("railway-rehabilitation")
                    .build()),
            new Change.AddRequires(MilestoneId.of("border-opening"), MilestoneId.of("grid")),
            new Change.DropRequires(
                MilestoneId.of("border-opening"), MilestoneId.of("railway-rehabilitation")),
            new Change.SetWeight(MilestoneId.of("border-opening"), 3),
            new Change.Freeze(PartialDate.parse("2027")));
    assertThat(s.locations().get(2).toString()).isEqualTo("all.yaml:6:5");
    ProcessModel applied = s.applyTo(model());
    assertThat(applied.milestone("border-opening").requires())
        .containsExactly(MilestoneId.of("grid"));
  }

  @Test
  void misspeltMilestoneIsLocatedWithADidYouMean() {
    assertThat(
            problems(
                "name: typo\nchanges:\n  - setStatus: {milestone: raiway-rehabilitation, status:"
                    + " COMPLETED, date: 2026-06-01}\n"))
        .containsExactly(
            "s.yaml:3:5: changes[0]: setStatus raiway-rehabilitation COMPLETED at 2026-06-01:"
                + " Milestone 'raiway-rehabilitation' is not in model 'M' (did you mean"
                + " 'railway-rehabilitation'?)");
  }

  @Test
  void cycleIsLocatedAtTheChange() {
    assertThat(
            problems(
                "name: loop\nchanges:\n"
                    + "  - addRequires: {milestone: railway-rehabilitation, requires:"
                    + " border-opening}\n"))
        .containsExactly(
            "s.yaml:3:5: changes[0]: addRequires railway-rehabilitation requires border-opening:"
                + " would close the dependency cycle railway-rehabilitation → border-opening →"
                + " railway-rehabilitation");
  }

  @Test
  void fileProblemsAreAllReportedWithLocations() {
    assertThat(
            problems(
                String.join(
                    "\n",
                    "name: bad",
                    "colour: red",
                    "changes:",
                    "  - setStatus: {milestone: railway-rehabilitation, status: DONE, date:"
                        + " 2026-02-30}",
                    "  - {freeze: {from: 2026}, setWeight: {milestone: border-opening, weight: 1}}",
                    "  - {}",
                    "  - setWeight: {milestone: border-opening, weight: -1}",
                    "  - freeze: {form: 2026}",
                    "")))
        .containsExactly(
            "s.yaml:2:1: colour: unknown key 'colour' in scenario; allowed: name, description,"
                + " changes",
            "s.yaml:4:60: changes[0].setStatus.status: status 'DONE' is not on the scale"
                + " NOT_STARTED, AGREED, IN_PROGRESS, COMPLETED",
            "s.yaml:4:72: changes[0].setStatus.date: date '2026-02-30' is not a date: 2026-02 has"
                + " 28 days",
            "s.yaml:5:5: changes[1]: a change has exactly one key, found freeze and setWeight",
            "s.yaml:6:5: changes[2]: a change needs exactly one of: setStatus, addRequires,"
                + " dropRequires, setWeight, freeze, addMilestone",
            "s.yaml:7:52: changes[3].setWeight.weight: weight must be a finite number >= 0, found -1",
            "s.yaml:8:13: changes[4].freeze: missing required key 'from' in freeze",
            "s.yaml:8:14: changes[4].freeze.form: unknown key 'form' in freeze (did you mean"
                + " 'from'?); allowed: from");
  }

  @Test
  void jsonScenarioReads() {
    Scenario s =
        ScenarioFiles.read(
            "{\"name\": \"j\", \"changes\": [{\"freeze\": {\"from\": \"2026-01-01\"}}]}",
            "j.json",
            FileSyntax.JSON);
    assertThat(s.changes()).containsExactly(new Change.Freeze(PartialDate.parse("2026-01-01")));
  }
}
