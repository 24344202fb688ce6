package io.github.thaw.scenario;

import io.github.thaw.index.GatingFinding;
import io.github.thaw.index.IndexResult;
import io.github.thaw.model.MilestoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One scenario against the baseline: its index, the change, and why.
 *
 * @param scenario the scenario
 * @param result the index of the scenario's model at the comparison date
 * @param delta the scenario's value minus the baseline's, in index points
 * @param dimensionDeltas per dimension, the scenario's value minus the baseline's
 * @param unblocked milestones whose hard prerequisites are all completed in the scenario but not in
 *     the baseline
 * @param newlyBlocked milestones whose hard prerequisites were all completed in the baseline but
 *     not in the scenario
 * @param stillBlocked milestones the scenario moved, and their direct dependents, that still wait
 *     for hard prerequisites, each with the prerequisites it waits for
 * @param introducedFindings gating caps in the scenario that the baseline does not have
 */
public record ScenarioOutcome(
    Scenario scenario,
    IndexResult result,
    double delta,
    Map<String, Double> dimensionDeltas,
    List<MilestoneId> unblocked,
    List<MilestoneId> newlyBlocked,
    Map<MilestoneId, List<MilestoneId>> stillBlocked,
    List<GatingFinding> introducedFindings) {

  /** Copies the collections. */
  public ScenarioOutcome {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(result, "result");
    dimensionDeltas = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(dimensionDeltas));
    unblocked = List.copyOf(unblocked);
    newlyBlocked = List.copyOf(newlyBlocked);
    stillBlocked = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stillBlocked));
    introducedFindings = List.copyOf(introducedFindings);
  }

  /**
   * The scenario's name.
   *
   * @return the name
   */
  public String name() {
    return scenario.name();
  }

  /**
   * Plain-language lines on what the scenario changes and why: the delta, what it unblocks, what
   * stays blocked and by what, and each cap it introduces.
   *
   * @return the explanation, one sentence a line
   */
  public String explain() {
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            java.util.Locale.ROOT,
            "%s: index %.1f (%+.1f points against the baseline).",
            name(),
            result.value(),
            delta));
    if (delta == 0 && unblocked.isEmpty() && newlyBlocked.isEmpty()) {
      lines.add(
          "No milestone counts differently by "
              + result.asOf()
              + (scenario.changes().isEmpty()
                  ? ": the scenario changes nothing."
                  : ": its changes do not move the index by that date."));
    }
    List<String> moved = new ArrayList<>();
    dimensionDeltas.forEach(
        (d, v) -> {
          if (Math.abs(v) >= 0.05) {
            moved.add(String.format(java.util.Locale.ROOT, "%s %+.1f", d, v));
          }
        });
    if (!moved.isEmpty()) {
      lines.add("Dimensions that move: " + String.join(", ", moved) + ".");
    }
    if (!unblocked.isEmpty()) {
      lines.add("Unblocks " + join(unblocked) + ": every hard prerequisite is now completed.");
    }
    if (!newlyBlocked.isEmpty()) {
      lines.add("Blocks " + join(newlyBlocked) + " again: a hard prerequisite fell back.");
    }
    stillBlocked.forEach(
        (m, waits) -> lines.add("Still blocked: " + m + " waits for " + join(waits) + "."));
    for (GatingFinding f : introducedFindings) {
      lines.add("New cap: " + f.describe());
    }
    return String.join("\n", lines);
  }

  private static String join(List<MilestoneId> ids) {
    List<String> out = new ArrayList<>();
    ids.forEach(id -> out.add(id.value()));
    return String.join(", ", out);
  }
}
