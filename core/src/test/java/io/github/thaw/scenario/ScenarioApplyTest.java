package io.github.thaw.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thaw.model.Dimension;
import io.github.thaw.model.Event;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.ModelException;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.Problem;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioApplyTest {

  static ProcessModel baseline() {
    return ProcessModel.builder("Base")
        .dimension(Dimension.of("borders", "Borders"))
        .dimension(Dimension.of("transport", "Transport"))
        .milestone(Milestone.builder("crossing", "Crossing", "borders").build())
        .milestone(Milestone.builder("railway-rehabilitation", "Railway", "transport").build())
        .milestone(
            Milestone.builder("border-opening", "Border", "borders")
                .requires("crossing", "railway-rehabilitation")
                .build())
        .source(new Source("s1", "A", "a", null, "a.txt"))
        .event(
            Event.status(
                PartialDate.parse("2022-07-01"), "crossing", Status.AGREED, List.of("s1"), ""))
        .event(
            Event.status(
                PartialDate.parse("2026-03-01"), "crossing", Status.COMPLETED, List.of("s1"), ""))
        .build();
  }

  private static List<String> problems(Scenario s, ProcessModel m) {
    try {
      s.applyTo(m);
    } catch (ModelException e) {
      return e.problems().stream().map(Problem::toString).toList();
    }
    throw new AssertionError("expected a ModelException");
  }

  @Test
  void emptyScenarioReproducesTheBaseline() {
    ProcessModel base = baseline();
    assertThat(Scenario.named("nothing").build().applyTo(base)).isEqualTo(base);
  }

  @Test
  void setStatusAddsAnEventCitingTheScenarioAndLeavesTheBaselineUntouched() {
    ProcessModel base = baseline();
    Scenario s =
        Scenario.named("railway-reactivated")
            .description("The line reopens.")
            .setStatus("railway-rehabilitation", Status.COMPLETED, "2026-06")
            .build();
    ProcessModel what = s.applyTo(base);
    MilestoneId railway = MilestoneId.of("railway-rehabilitation");
    assertThat(what.stateAt(railway, LocalDate.of(2026, 6, 30)).status())
        .isEqualTo(Status.COMPLETED);
    assertThat(what.source("scenario:railway-reactivated").title()).isEqualTo("The line reopens.");
    assertThat(base).isEqualTo(baseline());
    assertThat(base.stateAt(railway, LocalDate.of(2026, 6, 30)).status())
        .isEqualTo(Status.NOT_STARTED);
  }

  @Test
  void addAndDropRequires() {
    ProcessModel what =
        Scenario.named("x")
            .dropRequires("border-opening", "railway-rehabilitation")
            .addRequires("railway-rehabilitation", "crossing")
            .setWeight("border-opening", 3)
            .build()
            .applyTo(baseline());
    assertThat(what.milestone("border-opening").requires())
        .containsExactly(MilestoneId.of("crossing"));
    assertThat(what.milestone("railway-rehabilitation").requires())
        .containsExactly(MilestoneId.of("crossing"));
    assertThat(what.milestone("border-opening").weight()).isEqualTo(3.0);
  }

  @Test
  void freezeCapsLaterRisesButKeepsEarlierProgress() {
    ProcessModel what = Scenario.named("stall").freeze("2025-01-01").build().applyTo(baseline());
    MilestoneId crossing = MilestoneId.of("crossing");
    assertThat(what.stateAt(crossing, LocalDate.of(2027, 1, 1)).status()).isEqualTo(Status.AGREED);
    assertThat(what.eventsOf(crossing).get(1).note())
        .contains("frozen by scenario 'stall': reported COMPLETED, held at AGREED");
  }

  @Test
  void addMilestone() {
    ProcessModel what =
        Scenario.named("grid")
            .addMilestone(
                Milestone.builder("grid-sync", "Grids synchronised", "transport")
                    .requires("railway-rehabilitation")
                    .build())
            .addRequires("border-opening", "grid-sync")
            .build()
            .applyTo(baseline());
    assertThat(what.transitivePrerequisites(MilestoneId.of("border-opening")))
        .contains(MilestoneId.of("grid-sync"));
  }

  @Test
  void everyBadChangeIsReportedByPosition() {
    Scenario s =
        Scenario.named("bad")
            .setStatus("raiway-rehabilitation", Status.COMPLETED, "2026-06-01")
            .addRequires("crossing", "border-opening")
            .dropRequires("crossing", "railway-rehabilitation")
            .addMilestone(Milestone.builder("crossing", "Again", "borders").build())
            .addMilestone(Milestone.builder("new-one", "New", "energy").build())
            .build();
    assertThat(problems(s, baseline()))
        .containsExactly(
            "changes[0]: setStatus raiway-rehabilitation COMPLETED at 2026-06-01: Milestone"
                + " 'raiway-rehabilitation' is not in model 'Base' (did you mean"
                + " 'railway-rehabilitation'?)",
            "changes[1]: addRequires crossing requires border-opening: would close the dependency"
                + " cycle crossing → border-opening → crossing",
            "changes[2]: dropRequires crossing no longer requires railway-rehabilitation:"
                + " milestone 'crossing' does not require 'railway-rehabilitation'; it requires []",
            "changes[3]: addMilestone crossing: milestone 'crossing' is already in the model",
            "changes[4]: addMilestone new-one: Dimension 'energy' is not in model 'Base'");
  }

  @Test
  void badWeightIsRejectedWhenTheChangeIsMade() {
    assertThatThrownBy(() -> Scenario.named("w").setWeight("crossing", Double.NaN))
        .hasMessage("weight of milestone 'crossing' is NaN; a weight must be a finite number >= 0");
    assertThatThrownBy(() -> Scenario.named(" ")).hasMessage("scenario name must not be blank");
  }
}
