package io.github.thaw.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thaw.index.IndexMethod;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.ModelException;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Comparisons on the small model of {@link ScenarioApplyTest}: crossing done in 2026-03. */
class ScenarioComparisonTest {
  private static final ProcessModel BASE = ScenarioApplyTest.baseline();
  private static final IndexMethod METHOD = IndexMethod.legacy();

  private static final Scenario RAILWAY =
      Scenario.named("railway")
          .setStatus("railway-rehabilitation", Status.COMPLETED, "2026-06-01")
          .build();
  private static final Scenario BORDER =
      Scenario.named("border").setStatus("border-opening", Status.COMPLETED, "2026-07-01").build();
  private static final Scenario SETBACK =
      Scenario.named("setback").setStatus("crossing", Status.AGREED, "2026-09-01").build();

  @Test
  void atLatestComparesAtTheLastHypotheticalDate() {
    ScenarioComparison c = ScenarioComparison.atLatest(BASE, METHOD, List.of(RAILWAY, BORDER));
    assertThat(c.date()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(c.baselineModel()).isSameAs(BASE);
    assertThat(c.outcomes()).extracting(ScenarioOutcome::name).containsExactly("railway", "border");
  }

  @Test
  void completingTheLastPrerequisiteUnblocksTheDependent() {
    ScenarioOutcome o =
        ScenarioComparison.at(BASE, METHOD, List.of(RAILWAY), LocalDate.of(2027, 1, 1))
            .outcome("railway");
    assertThat(o.unblocked()).containsExactly(MilestoneId.of("border-opening"));
    assertThat(o.stillBlocked()).isEmpty();
    assertThat(o.delta()).isPositive();
    assertThat(o.dimensionDeltas().get("transport")).isEqualTo(100.0);
    assertThat(o.explain())
        .contains("railway: index ")
        .contains("Dimensions that move: transport +100.0.")
        .contains("Unblocks border-opening: every hard prerequisite is now completed.");
  }

  @Test
  void aSetbackBlocksAgainAndOpeningTheBorderAloneIsCapped() {
    ScenarioComparison c =
        ScenarioComparison.at(
            BASE,
            METHOD,
            List.of(
                Scenario.named("railway-then-setback")
                    .setStatus("railway-rehabilitation", Status.COMPLETED, "2026-06-01")
                    .build(),
                BORDER),
            LocalDate.of(2027, 1, 1));
    assertThat(c.outcome("border").introducedFindings()).hasSize(1);
    assertThat(c.outcome("border").stillBlocked())
        .containsEntry(
            MilestoneId.of("border-opening"), List.of(MilestoneId.of("railway-rehabilitation")));
    assertThat(c.violations())
        .singleElement()
        .asString()
        .startsWith("border: border-opening is reported COMPLETED");
    assertThatThrownBy(c::requireNoNewFindings)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("scenarios introduce gating caps:\n  border: border-opening");

    ProcessModel withRailway = RAILWAY.applyTo(BASE);
    ScenarioOutcome setback =
        ScenarioComparison.at(withRailway, METHOD, List.of(SETBACK), LocalDate.of(2027, 1, 1))
            .outcome("setback");
    assertThat(setback.newlyBlocked()).containsExactly(MilestoneId.of("border-opening"));
    assertThat(setback.explain()).contains("Blocks border-opening again");
    assertThat(setback.delta()).isNegative();
  }

  @Test
  void tableShowsTheBaselineThenEachScenario() {
    String table =
        ScenarioComparison.at(BASE, METHOD, List.of(RAILWAY), LocalDate.of(2027, 1, 1)).table();
    assertThat(table)
        .startsWith("Base, index as of 2027-01-01\n\n")
        .containsPattern("baseline +\\d+\\.\\d +\\[")
        .containsPattern("railway +\\d+\\.\\d +\\[.*\\] +\\+\\d+\\.\\d +border-opening");
  }

  @Test
  void trajectoriesPutTheBaselineFirst() {
    ScenarioComparison c =
        ScenarioComparison.at(BASE, METHOD, List.of(RAILWAY), LocalDate.of(2027, 1, 1));
    var curves =
        c.trajectories(METHOD, List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
    assertThat(curves.keySet()).containsExactly("baseline", "railway");
    assertThat(curves.get("railway").get(1).value())
        .isEqualTo(c.outcome("railway").result().value());
  }

  @Test
  void unknownOutcomeAndBadScenariosAreReported() {
    ScenarioComparison c =
        ScenarioComparison.at(BASE, METHOD, List.of(RAILWAY), LocalDate.of(2027, 1, 1));
    assertThatThrownBy(() -> c.outcome("railwy"))
        .hasMessage("Scenario 'railwy' is not in this comparison (did you mean 'railway'?)");
    Scenario bad = Scenario.named("bad").setWeight("nowhere", 1).build();
    assertThatThrownBy(() -> ScenarioComparison.atLatest(BASE, METHOD, List.of(RAILWAY, bad)))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("changes[0]: setWeight nowhere 1.0: Milestone 'nowhere'");
  }

  @Test
  void structuralChangesReportWhatTheyLeaveBlockedAndByWhat() {
    // GIVEN the crossing now requires a new, unstarted milestone; the railway is dropped from the
    // border's requirements; and a new milestone, reported completed, requires the railway
    Scenario s =
        Scenario.named("rewired")
            .addMilestone(
                io.github.thaw.model.Milestone.builder("visa-deal", "Visa deal", "borders").build())
            .addRequires("crossing", "visa-deal")
            .dropRequires("border-opening", "railway-rehabilitation")
            .addMilestone(
                io.github.thaw.model.Milestone.builder("freight", "Freight", "transport")
                    .requires("railway-rehabilitation")
                    .build())
            .setStatus("freight", Status.COMPLETED, "2026-08-01")
            .build();
    // WHEN compared
    ScenarioOutcome o =
        ScenarioComparison.at(BASE, METHOD, List.of(s), LocalDate.of(2027, 1, 1))
            .outcome("rewired");
    // THEN the crossing waits for the visa deal, and the freight line for the railway
    assertThat(o.stillBlocked())
        .containsEntry(MilestoneId.of("crossing"), List.of(MilestoneId.of("visa-deal")))
        .containsEntry(
            MilestoneId.of("freight"), List.of(MilestoneId.of("railway-rehabilitation")));
    assertThat(o.newlyBlocked()).containsExactly(MilestoneId.of("crossing"));
    assertThat(o.explain()).contains("crossing").contains("visa-deal");
  }

  @Test
  void aFreezeDescribesItself() {
    assertThat(Scenario.named("f").freeze("2026-05").build().changes())
        .extracting(Change::describe)
        .containsExactly("freeze from 2026-05");
  }
}
