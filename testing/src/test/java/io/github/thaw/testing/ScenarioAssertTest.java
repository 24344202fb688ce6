package io.github.thaw.testing;

import static io.github.thaw.testing.ThawAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thaw.index.IndexMethod;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Status;
import io.github.thaw.scenario.Scenario;
import io.github.thaw.scenario.ScenarioComparison;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioAssertTest {
  private static final LocalDate END = LocalDate.of(2024, 12, 31);
  private final ProcessModel model = Fixtures.model();
  private final ScenarioComparison comparison =
      ScenarioComparison.at(
          model,
          IndexMethod.legacy(),
          List.of(
              Scenario.named("gate-and-railway")
                  .setStatus("gate", Status.COMPLETED, "2024-08-01")
                  .setStatus("railway", Status.COMPLETED, "2024-09-01")
                  .build(),
              Scenario.named("border-now")
                  .setStatus("border", Status.COMPLETED, "2024-08-01")
                  .build(),
              Scenario.named("reversal")
                  .setStatus("crossing", Status.NOT_STARTED, "2024-08-01")
                  .build()),
          END);

  @Test
  void trueClaimsAboutScenariosPass() {
    assertThat(comparison)
        .scenario("gate-and-railway")
        .raisesIndexBy(20)
        .unblocks("railway")
        .introducesNoFindings();
    assertThat(comparison)
        .scenario("border-now")
        .introducesFindingFor("border")
        .introducesFindingFor("border", "railway");
    assertThat(comparison).scenario("reversal").lowersIndexBy(10).introducesNoFindings();
    assertThat(comparison.outcome("reversal")).lowersIndexBy(11.11);
  }

  @Test
  void aSmallerRiseThanExpectedShowsWhatTheScenarioUnblocksAndWhatStaysBlocked() {
    assertThatThrownBy(() -> assertThat(comparison).scenario("gate-and-railway").raisesIndexBy(30))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting scenario 'gate-and-railway' to raise the index by at least 30.0 points at"
                + " 2024-12-31,\n"
                + "but it moves it by +22.22 (from 38.89 to 61.11).\n"
                + "Unblocks: railway\n"
                + "Still blocked: border waits for crossing");
    assertThatThrownBy(() -> assertThat(comparison).scenario("reversal").lowersIndexBy(20))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting scenario 'reversal' to lower the index by at least 20.0 points at"
                + " 2024-12-31,\n"
                + "but it moves it by -11.11 (from 38.89 to 27.78).\n"
                + "Unblocks: none\n"
                + "Still blocked: border waits for crossing, railway");
  }

  @Test
  void unblocksSaysWhatTheMilestoneStillWaitsFor() {
    assertThatThrownBy(() -> assertThat(comparison).scenario("gate-and-railway").unblocks("border"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting scenario 'gate-and-railway' to unblock border at 2024-12-31,\n"
                + "but it unblocks railway:\n"
                + "border still waits for crossing");
    assertThatThrownBy(() -> assertThat(comparison).scenario("border-now").unblocks("envoys"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting scenario 'border-now' to unblock envoys at 2024-12-31,\n"
                + "but it unblocks nothing:\n"
                + "envoys has no hard prerequisite, so there is nothing to unblock");
    assertThatThrownBy(() -> assertThat(comparison).scenario("border-now").unblocks("railwya"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Milestone 'railwya' is not in model 'Example' (did you mean 'railway'?)");
  }

  @Test
  void unblocksSaysWhenTheMilestoneWasNotBlocked() {
    // GIVEN a baseline in which the gate already works, so the railway waits for nothing
    ProcessModel gateWorks =
        Scenario.named("gate")
            .setStatus("gate", Status.COMPLETED, "2024-01")
            .build()
            .applyTo(model);
    ScenarioComparison c =
        ScenarioComparison.at(
            gateWorks,
            IndexMethod.legacy(),
            List.of(
                Scenario.named("railway")
                    .setStatus("railway", Status.COMPLETED, "2024-09")
                    .build()),
            END);
    // WHEN the railway is said to be unblocked THEN the message says it never was blocked
    assertThatThrownBy(() -> assertThat(c).scenario("railway").unblocks("railway"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting scenario 'railway' to unblock railway at 2024-12-31,\n"
                + "but it unblocks nothing:\n"
                + "railway was not blocked in the baseline");
  }

  @Test
  void newCapsAreListedInTheirOwnWords() {
    String finding =
        "border is reported COMPLETED (2024-08-01, scenario:border-now) but counts as AGREED: it"
            + " requires railway, which is AGREED (2024-06-01, s2).";
    assertThatThrownBy(() -> assertThat(comparison).scenario("border-now").introducesNoFindings())
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting scenario 'border-now' to introduce no gating finding at 2024-12-31,\n"
                + "but it introduces 1:\n"
                + "  - "
                + finding);
    assertThatThrownBy(() -> assertThat(comparison).introducesNoFindings())
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting no scenario to introduce a gating finding at 2024-12-31,\n"
                + "but 1 finding is new:\n"
                + "  - border-now: "
                + finding);
  }

  @Test
  void introducesFindingForNamesTheMilestonesActuallyCapped() {
    assertThatThrownBy(
            () ->
                assertThat(comparison).scenario("gate-and-railway").introducesFindingFor("border"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting scenario 'gate-and-railway' to introduce a gating finding for border at"
                + " 2024-12-31,\n"
                + "but it introduces none");
    assertThatThrownBy(
            () -> assertThat(comparison).scenario("border-now").introducesFindingFor("railway"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting scenario 'border-now' to introduce a gating finding for railway at"
                + " 2024-12-31,\n"
                + "but it introduces findings only for border");
  }

  @Test
  void introducesFindingForAPrerequisiteListsTheFindingsThere() {
    assertThatThrownBy(
            () ->
                assertThat(comparison)
                    .scenario("border-now")
                    .introducesFindingFor("border", "crossing"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting scenario 'border-now' to introduce a gating finding for border capped by"
                + " crossing at 2024-12-31,\n"
                + "but it introduces 1:\n"
                + "  - border is reported COMPLETED (2024-08-01, scenario:border-now) but counts as"
                + " AGREED: it requires railway, which is AGREED (2024-06-01, s2).");
    assertThatThrownBy(
            () ->
                assertThat(comparison)
                    .scenario("reversal")
                    .introducesFindingFor("border", "railway"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting scenario 'reversal' to introduce a gating finding for border capped by"
                + " railway at 2024-12-31,\n"
                + "but it introduces none");
  }

  @Test
  void anUnknownScenarioListsTheScenarios() {
    assertThatThrownBy(() -> assertThat(comparison).scenario("revresal"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Scenario 'revresal' is not in this comparison (did you mean 'reversal'?);\n"
                + "its scenarios are: gate-and-railway, border-now, reversal");
    ScenarioComparison none = ScenarioComparison.at(model, IndexMethod.legacy(), List.of(), END);
    assertThat(none).introducesNoFindings();
    assertThatThrownBy(() -> assertThat(none).scenario("reversal"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Scenario 'reversal' is not in this comparison;\nits scenarios are: none");
  }
}
