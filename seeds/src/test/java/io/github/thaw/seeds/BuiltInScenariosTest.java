package io.github.thaw.seeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thaw.index.IndexMethod;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.scenario.ScenarioComparison;
import io.github.thaw.scenario.ScenarioOutcome;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What the built-in scenarios say, in numbers and in words. */
class BuiltInScenariosTest {
  private static final ProcessModel MODEL = TurkiyeArmenia.model();
  private static final ScenarioComparison COMPARISON =
      ScenarioComparison.atLatest(MODEL, IndexMethod.defaults(), TurkiyeArmenia.scenarios());

  private static ScenarioOutcome outcome(String name) {
    return COMPARISON.outcome(name);
  }

  @Test
  void comparesAtTheLastHypotheticalDate() {
    assertThat(COMPARISON.date()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(COMPARISON.outcomes()).hasSize(9);
  }

  @Test
  void railwayReactivationRaisesTheIndexAndUnblocksTheRailwayButNotTheBorder() {
    ScenarioOutcome railway = outcome("railway-reactivated");
    assertThat(railway.delta()).isPositive();
    assertThat(railway.unblocked()).containsExactly(MilestoneId.of("railway-rehabilitation"));
    assertThat(railway.explain())
        .contains("Unblocks railway-rehabilitation: every hard prerequisite is now completed.")
        .contains("Still blocked: border-opening waits for third-country-crossing.");
    assertThat(railway.introducedFindings()).isEmpty();
  }

  @Test
  void thirdCountryCrossingInForceLeavesTheBorderWaitingForTheRailway() {
    ScenarioOutcome crossing = outcome("third-country-crossing-in-force");
    assertThat(crossing.delta()).isPositive();
    // The crossing is no longer disputed once in force; the border's dispute (s001 against s004)
    // is the only one left.
    assertThat(crossing.result().disputed())
        .extracting(d -> d.milestone().value())
        .containsExactly("border-opening");
    assertThat(crossing.explain())
        .contains("Still blocked: border-opening waits for railway-rehabilitation.");
  }

  @Test
  void openingTheBorderAloneIsCappedByTheRailwayAndTheCrossing() {
    ScenarioOutcome border = outcome("full-border-opening");
    assertThat(border.introducedFindings()).hasSize(1);
    assertThat(border.introducedFindings().get(0).prerequisite())
        .isEqualTo(MilestoneId.of("railway-rehabilitation"));
    assertThat(border.explain())
        .contains(
            "Still blocked: border-opening waits for third-country-crossing,"
                + " railway-rehabilitation.")
        .contains("New cap: border-opening is reported COMPLETED")
        .contains("it requires railway-rehabilitation, which is AGREED");
    assertThat(COMPARISON.violations())
        .singleElement()
        .asString()
        .startsWith("full-border-opening: border-opening is reported COMPLETED");
    assertThatThrownBy(COMPARISON::requireNoNewFindings)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("full-border-opening");
  }

  @Test
  void aReversalLowersTheIndexAndStallingChangesNothingByTheDate() {
    assertThat(outcome("reversal").delta()).isNegative();
    assertThat(outcome("talks-stall").delta()).isZero();
    assertThat(outcome("talks-stall").explain())
        .contains("its changes do not move the index by that date");
    assertThat(outcome("baseline").delta()).isZero();
  }

  @Test
  void diplomaticRelationsMoveOnlyTheDiplomacyDimension() {
    // Pooled default: one of 13 scored milestones goes from 0 (agreed or not started) to 1.
    assertThat(outcome("diplomatic-relations-established").delta())
        .isCloseTo(100.0 / 13, org.assertj.core.api.Assertions.within(1e-9));
    // By dimension (the legacy method), only diplomacy moves.
    ScenarioOutcome relations =
        ScenarioComparison.atLatest(MODEL, IndexMethod.legacy(), TurkiyeArmenia.scenarios())
            .outcome("diplomatic-relations-established");
    assertThat(relations.dimensionDeltas().get("diplomacy")).isPositive();
    relations
        .dimensionDeltas()
        .forEach(
            (d, v) -> {
              if (!d.equals("diplomacy")) {
                assertThat(v).as(d).isZero();
              }
            });
  }

  @Test
  void overATrajectoryTheRailwayScenarioPartsWaysWithTheBaselineInMay2026() {
    java.util.List<LocalDate> dates =
        java.util.List.of(
            LocalDate.of(2025, 12, 31), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1));
    var curves = COMPARISON.trajectories(IndexMethod.defaults(), dates);
    assertThat(curves.keySet()).startsWith("baseline (model)", "baseline");
    var base = curves.get("baseline (model)");
    var railway = curves.get("railway-reactivated");
    assertThat(railway.get(0).value()).isEqualTo(base.get(0).value());
    assertThat(railway.get(1).value()).isGreaterThan(base.get(1).value());
    assertThat(railway.get(2).value()).isGreaterThan(railway.get(1).value());
    assertThat(railway.get(2).value()).isEqualTo(outcome("railway-reactivated").result().value());
  }

  @Test
  void theBaselineIsUnchangedAfterEveryScenario() {
    ProcessModel fresh =
        io.github.thaw.io.ModelFiles.read(
            TurkiyeArmenia.text(), "fresh.yaml", io.github.thaw.io.FileSyntax.YAML);
    assertThat(MODEL).isEqualTo(fresh);
    assertThat(IndexMethod.defaults().evaluate(MODEL, COMPARISON.date()).value())
        .isEqualTo(COMPARISON.baseline().value());
  }

  @Test
  void droppingTheRailwayAssumptionLeavesTheBorderWaitingOnlyForTheCrossing() {
    ScenarioOutcome road = outcome("border-without-railway");
    // Nothing counts differently on the date: the cost shows in the forecast, not the index.
    assertThat(road.delta()).isZero();
    assertThat(road.explain())
        .contains("Still blocked: border-opening waits for third-country-crossing.")
        .doesNotContain("railway-rehabilitation");
    assertThat(road.result().model().prerequisites(MilestoneId.of("border-opening")))
        .containsExactly(MilestoneId.of("third-country-crossing"));
  }
}
