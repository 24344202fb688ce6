package io.github.thaw.examples;

import io.github.thaw.index.IndexMethod;
import io.github.thaw.model.Status;
import io.github.thaw.scenario.Scenario;
import io.github.thaw.scenario.ScenarioComparison;
import io.github.thaw.scenario.ScenarioOutcome;
import io.github.thaw.seeds.TurkiyeArmenia;
import java.util.List;

/**
 * The pattern to copy: build a scenario in code, compare it with the baseline, print the table and
 * read the outcome programmatically.
 */
public final class CompareScenarios {
  private CompareScenarios() {}

  /**
   * Compares the railway reactivation, written in code, with the baseline.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Scenario railway =
        Scenario.named("railway-reactivated")
            .description("The Kars–Gyumri line reopens in mid-2026.")
            .setStatus("railway-border-gate", Status.COMPLETED, "2026-05-01")
            .setStatus("railway-rehabilitation", Status.COMPLETED, "2026-06-01")
            .build();
    ScenarioComparison comparison =
        ScenarioComparison.atLatest(
            TurkiyeArmenia.model(), IndexMethod.defaults(), List.of(railway));
    System.out.print(comparison.table());

    ScenarioOutcome outcome = comparison.outcome("railway-reactivated");
    System.out.printf("%nRailway delta: %+.1f points%n", outcome.delta());
    System.out.println("Unblocked: " + outcome.unblocked());
  }
}
