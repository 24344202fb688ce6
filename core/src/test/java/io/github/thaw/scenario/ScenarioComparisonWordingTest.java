package io.github.thaw.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thaw.index.IndexMethod;
import io.github.thaw.index.Trajectory;
import io.github.thaw.model.Dimension;
import io.github.thaw.model.Event;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a comparison reports, word for word: its table, each explanation and strict mode. */
class ScenarioComparisonWordingTest {
  private static final LocalDate END = LocalDate.of(2024, 12, 31);

  private static final ProcessModel MODEL =
      ProcessModel.builder("Example")
          .dimension(Dimension.of("borders", "Borders"))
          .dimension(Dimension.of("transport", "Transport"))
          .milestone(Milestone.builder("crossing", "Crossing", "borders").build())
          .milestone(Milestone.builder("gate", "Gate", "transport").build())
          .milestone(Milestone.builder("railway", "Railway", "transport").requires("gate").build())
          .milestone(
              Milestone.builder("border", "Border", "borders")
                  .requires("crossing", "railway")
                  .build())
          .source(new Source("s1", "", "", null, "s1.txt"))
          .event(status("2022-07-01", "crossing", Status.AGREED))
          .event(status("2023-03-01", "gate", Status.AGREED))
          .event(status("2024-06-01", "railway", Status.AGREED))
          .build();

  private static final Scenario RAILWAY =
      Scenario.named("railway")
          .description("The line reopens.")
          .setStatus("gate", Status.COMPLETED, "2024-08-01")
          .setStatus("railway", Status.COMPLETED, "2024-09-01")
          .build();
  private static final Scenario BORDER =
      Scenario.named("border").setStatus("border", Status.COMPLETED, "2024-08").build();
  private static final Scenario REVERSAL =
      Scenario.named("reversal").setStatus("gate", Status.NOT_STARTED, "2024-10-01").build();
  private static final Scenario NOTHING = Scenario.named("nothing").build();
  private static final Scenario LATER =
      Scenario.named("later").setStatus("crossing", Status.COMPLETED, "2026-01-01").build();

  private static Event status(String date, String milestone, Status status) {
    return Event.status(PartialDate.parse(date), milestone, status, List.of("s1"), "");
  }

  private static ScenarioComparison compare(Scenario... scenarios) {
    return ScenarioComparison.at(MODEL, IndexMethod.legacy(), List.of(scenarios), END);
  }

  @Test
  void theTableListsTheBaselineThenEachScenarioThenWhy() {
    ScenarioComparison c = compare(RAILWAY, BORDER, REVERSAL, NOTHING);

    assertThat(c.table())
        .isEqualTo(
            String.join(
                "\n",
                "Example, index as of 2024-12-31",
                "",
                "scenario   value  band             delta  unblocks",
                "baseline    25.0  [25.0, 25.0]      +0.0  -",
                "railway     58.3  [58.3, 58.3]     +33.3  railway",
                "border      33.3  [33.3, 33.3]      +8.3  -",
                "reversal     8.3  [8.3, 25.0]      -16.7  -",
                "nothing     25.0  [25.0, 25.0]      +0.0  -",
                "",
                "railway: index 58.3 (+33.3 points against the baseline).",
                "Dimensions that move: transport +66.7.",
                "Unblocks railway: every hard prerequisite is now completed.",
                "Still blocked: border waits for crossing.",
                "",
                "border: index 33.3 (+8.3 points against the baseline).",
                "Dimensions that move: borders +16.7.",
                "Still blocked: border waits for crossing, railway.",
                "New cap: border is reported COMPLETED (2024-08, scenario:border) but counts as"
                    + " AGREED: it requires crossing, which is AGREED (2022-07-01, s1).",
                "",
                "reversal: index 8.3 (-16.7 points against the baseline).",
                "Dimensions that move: transport -33.3.",
                "Still blocked: railway waits for gate.",
                "New cap: railway is reported AGREED (2024-06-01, s1) but counts as NOT_STARTED: it"
                    + " requires gate, which is NOT_STARTED (2024-10-01, scenario:reversal).",
                "",
                "nothing: index 25.0 (+0.0 points against the baseline).",
                "No milestone counts differently by 2024-12-31: the scenario changes nothing.",
                ""));
  }

  @Test
  void aScenarioThatMovesNothingByTheDateSaysSo() {
    ScenarioOutcome later = compare(LATER).outcome("later");

    assertThat(later.explain())
        .isEqualTo(
            "later: index 25.0 (+0.0 points against the baseline).\n"
                + "No milestone counts differently by 2024-12-31: its changes do not move the index"
                + " by that date.\n"
                + "Still blocked: border waits for crossing, railway.");
  }

  @Test
  void outcomesCarryDeltasUnblockedAndStillBlockedMilestones() {
    ScenarioComparison c = compare(RAILWAY, REVERSAL);
    ScenarioOutcome railway = c.outcome("railway");
    ScenarioOutcome reversal = c.outcome("reversal");

    assertThat(c.baselineModel()).isSameAs(MODEL);
    assertThat(c.date()).isEqualTo(END);
    assertThat(c.baseline().value()).isEqualTo(25.0);
    assertThat(c.outcomes()).containsExactly(railway, reversal);
    assertThat(railway.delta()).isCloseTo(100.0 / 3, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(railway.dimensionDeltas())
        .containsOnlyKeys("borders", "transport")
        .containsEntry("borders", 0.0);
    assertThat(railway.unblocked()).containsExactly(MilestoneId.of("railway"));
    assertThat(railway.newlyBlocked()).isEmpty();
    assertThat(railway.stillBlocked())
        .isEqualTo(Map.of(MilestoneId.of("border"), List.of(MilestoneId.of("crossing"))));
    assertThat(reversal.unblocked()).isEmpty();
    assertThat(reversal.stillBlocked())
        .isEqualTo(Map.of(MilestoneId.of("railway"), List.of(MilestoneId.of("gate"))));
  }

  @Test
  void aPrerequisiteThatFallsBackBlocksItsDependentsAgain() {
    // GIVEN a baseline in which the gate works, and a scenario in which it stops
    ProcessModel gateWorks =
        Scenario.named("gate")
            .setStatus("gate", Status.COMPLETED, "2024-01")
            .build()
            .applyTo(MODEL);
    ScenarioOutcome o =
        ScenarioComparison.at(gateWorks, IndexMethod.legacy(), List.of(REVERSAL), END)
            .outcome("reversal");

    assertThat(o.newlyBlocked()).containsExactly(MilestoneId.of("railway"));
    assertThat(o.explain()).contains("Blocks railway again: a hard prerequisite fell back.");
  }

  @Test
  void strictModeTurnsNewCapsIntoAnError() {
    assertThat(compare(RAILWAY).requireNoNewFindings().violations()).isEmpty();
    assertThatThrownBy(() -> compare(RAILWAY, BORDER).requireNoNewFindings())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "scenarios introduce gating caps:\n"
                + "  border: border is reported COMPLETED (2024-08, scenario:border) but counts as"
                + " AGREED: it requires crossing, which is AGREED (2022-07-01, s1).");
  }

  @Test
  void atLatestComparesAtTheLastHypotheticalEvent() {
    assertThat(ScenarioComparison.atLatest(MODEL, IndexMethod.legacy(), List.of(RAILWAY)).date())
        .isEqualTo(LocalDate.of(2024, 9, 1));
    assertThat(
            ScenarioComparison.atLatest(MODEL, IndexMethod.legacy(), List.of(NOTHING, REVERSAL))
                .date())
        .isEqualTo(LocalDate.of(2024, 10, 1));
    assertThat(ScenarioComparison.atLatest(MODEL, IndexMethod.legacy(), List.of(NOTHING)).date())
        .isEqualTo(LocalDate.of(2024, 6, 1));
  }

  @Test
  void trajectoriesRunTheBaselineAndEveryScenarioOnTheSameDates() {
    List<LocalDate> dates = List.of(LocalDate.of(2024, 7, 1), END);
    Map<String, Trajectory> t = compare(RAILWAY).trajectories(IndexMethod.legacy(), dates);

    assertThat(t).containsOnlyKeys("baseline", "railway");
    assertThat(t.get("baseline").get(1).value()).isEqualTo(25.0);
    assertThat(t.get("railway").get(0).value()).isEqualTo(25.0);
    assertThat(t.get("railway").get(1).value())
        .isCloseTo(175.0 / 3, org.assertj.core.api.Assertions.within(1e-9));
    Scenario named = Scenario.named("baseline").build();
    assertThat(compare(named).trajectories(IndexMethod.legacy(), dates))
        .containsOnlyKeys("baseline (model)", "baseline");
  }

  @Test
  void aScenarioNamedBaselineStandsForTheBaselineRowInTheTable() {
    String table = compare(Scenario.named("baseline").build(), RAILWAY).table();

    assertThat(table.lines().filter(l -> l.startsWith("baseline "))).hasSize(1);
  }

  @Test
  void anUnknownScenarioIsNamedWithTheNearestName() {
    assertThatThrownBy(() -> compare(RAILWAY, REVERSAL).outcome("reversl"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Scenario 'reversl' is not in this comparison (did you mean 'reversal'?)");
  }

  @Test
  void scenariosAreValuesByNameDescriptionAndChanges() {
    Scenario same =
        Scenario.named("railway")
            .description("The line reopens.")
            .setStatus("gate", Status.COMPLETED, "2024-08-01")
            .setStatus("railway", Status.COMPLETED, "2024-09-01")
            .build();

    assertThat(same).isEqualTo(RAILWAY).hasSameHashCodeAs(RAILWAY);
    assertThat(same).isNotEqualTo(BORDER).isNotEqualTo("railway");
    assertThat(Scenario.named("railway").description("Other.").build())
        .isNotEqualTo(Scenario.named("railway").build());
    assertThat(Scenario.named("railway").build()).isNotEqualTo(Scenario.named("rail").build());
    assertThat(RAILWAY).hasToString("Scenario[railway: 2 changes]");
    assertThat(RAILWAY.sourceId()).isEqualTo("scenario:railway");
  }
}
