package io.github.thaw.scenario;

import io.github.thaw.index.GatingFinding;
import io.github.thaw.index.IndexMethod;
import io.github.thaw.index.IndexResult;
import io.github.thaw.index.MilestoneScore;
import io.github.thaw.index.Trajectory;
import io.github.thaw.internal.EditDistance;
import io.github.thaw.internal.io.Problems;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.ModelException;
import io.github.thaw.model.Problem;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A baseline against one or more scenarios at one date: each scenario's index, its delta overall
 * and per dimension, what it unblocks or blocks, and the gating caps it introduces.
 *
 * <pre>{@code
 * ScenarioComparison c = ScenarioComparison.at(model, IndexMethod.defaults(), scenarios, date);
 * System.out.println(c.table());
 * c.outcome("railway-reactivated").unblocked(); // [railway-rehabilitation]
 * }</pre>
 *
 * <p>A milestone is <em>blocked</em> while any of its hard prerequisites counts below {@code
 * COMPLETED}; it is unblocked when they all count as completed. A scenario that reports a milestone
 * further along than a prerequisite allows introduces a cap, a {@link GatingFinding}; {@link
 * #requireNoNewFindings()} turns such caps into an error for strict use.
 */
public final class ScenarioComparison {
  private final ProcessModel baseline;
  private final LocalDate date;
  private final IndexResult baselineResult;
  private final List<ScenarioOutcome> outcomes;

  private ScenarioComparison(
      ProcessModel baseline,
      LocalDate date,
      IndexResult baselineResult,
      List<ScenarioOutcome> outcomes) {
    this.baseline = baseline;
    this.date = date;
    this.baselineResult = baselineResult;
    this.outcomes = List.copyOf(outcomes);
  }

  /**
   * Compares scenarios with the baseline at a date.
   *
   * @param baseline the model the scenarios change; never modified
   * @param method the index method
   * @param scenarios the scenarios, in the order to show them
   * @param date the comparison date
   * @return the comparison; O(scenarios × (milestones + dependencies + events))
   * @throws ModelException listing every bad change of every scenario, located
   */
  public static ScenarioComparison at(
      ProcessModel baseline, IndexMethod method, List<Scenario> scenarios, LocalDate date) {
    Objects.requireNonNull(date, "date");
    IndexResult base = method.evaluate(baseline, date);
    Map<MilestoneId, List<MilestoneId>> baseBlocked = blockers(baseline, base);
    Set<String> baseFindings = keys(base.findings());
    List<ScenarioOutcome> outcomes = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Scenario s : scenarios) {
      ProcessModel model;
      try {
        model = s.applyTo(baseline);
      } catch (ModelException e) {
        problems.addAll(e.problems());
        continue;
      }
      IndexResult r = method.evaluate(model, date);
      outcomes.add(outcome(s, model, r, base, baseBlocked, baseFindings));
    }
    if (!problems.isEmpty()) {
      throw new ModelException(Problems.capped(problems));
    }
    return new ScenarioComparison(baseline, date, base, outcomes);
  }

  /**
   * Compares scenarios with the baseline at the baseline's {@linkplain ProcessModel#referenceDate()
   * reference date}, or at the latest date a scenario sets a status if that is later, so every
   * hypothetical event counts. The clock is never read: the same inputs give the same comparison on
   * any day.
   *
   * @param baseline the model the scenarios change
   * @param method the index method
   * @param scenarios the scenarios
   * @return the comparison
   * @throws ModelException listing every bad change of every scenario, located
   * @throws IllegalArgumentException if the baseline has neither {@code asOf} nor any event and no
   *     scenario sets a status, so there is no date to compare at; use {@link #at}
   */
  public static ScenarioComparison atLatest(
      ProcessModel baseline, IndexMethod method, List<Scenario> scenarios) {
    LocalDate latest = baseline.referenceDate().orElse(null);
    for (Scenario s : scenarios) {
      for (Change c : s.changes()) {
        if (c instanceof Change.SetStatus set
            && (latest == null || set.date().effectiveDate().isAfter(latest))) {
          latest = set.date().effectiveDate();
        }
      }
    }
    if (latest == null) {
      throw new IllegalArgumentException(
          "model '"
              + baseline.name()
              + "' has no asOf date and no event, and no scenario sets a status: give a date"
              + " with ScenarioComparison.at");
    }
    return at(baseline, method, scenarios, latest);
  }

  private static ScenarioOutcome outcome(
      Scenario s,
      ProcessModel model,
      IndexResult r,
      IndexResult base,
      Map<MilestoneId, List<MilestoneId>> baseBlocked,
      Set<String> baseFindings) {
    Map<String, Double> dims = new LinkedHashMap<>();
    r.dimensions().forEach((d, v) -> dims.put(d, v - base.dimensions().getOrDefault(d, 0.0)));
    Map<MilestoneId, List<MilestoneId>> blocked = blockers(model, r);
    List<MilestoneId> unblocked = new ArrayList<>();
    List<MilestoneId> newlyBlocked = new ArrayList<>();
    for (Milestone m : model.milestones()) {
      boolean before = baseBlocked.containsKey(m.id());
      boolean after = blocked.containsKey(m.id());
      boolean existed = base.model().contains(m.id());
      if (existed && before && !after) {
        unblocked.add(m.id());
      } else if (existed && !before && after) {
        newlyBlocked.add(m.id());
      }
    }
    Map<MilestoneId, List<MilestoneId>> still = new LinkedHashMap<>();
    for (MilestoneId touched : touched(s, model)) {
      List<MilestoneId> near = new ArrayList<>();
      near.add(touched);
      near.addAll(model.dependents(touched));
      for (MilestoneId m : near) {
        List<MilestoneId> waits = blocked.get(m);
        if (waits != null) {
          still.putIfAbsent(m, waits);
        }
      }
    }
    List<GatingFinding> introduced = new ArrayList<>();
    for (GatingFinding f : r.findings()) {
      if (!baseFindings.contains(key(f))) {
        introduced.add(f);
      }
    }
    return new ScenarioOutcome(
        s, r, r.value() - base.value(), dims, unblocked, newlyBlocked, still, introduced);
  }

  /** Milestones a scenario sets a status of, adds, or changes the requirements of. */
  private static Set<MilestoneId> touched(Scenario s, ProcessModel model) {
    Set<MilestoneId> out = new java.util.LinkedHashSet<>();
    for (Change c : s.changes()) {
      Optional<MilestoneId> id = Optional.empty();
      if (c instanceof Change.SetStatus set) {
        id = Optional.of(set.milestone());
      } else if (c instanceof Change.AddRequires add) {
        id = Optional.of(add.milestone());
      } else if (c instanceof Change.DropRequires drop) {
        id = Optional.of(drop.milestone());
      } else if (c instanceof Change.AddMilestone add) {
        id = Optional.of(add.milestone().id());
      }
      id.filter(model::contains).ifPresent(out::add);
    }
    return out;
  }

  /** Each milestone with a hard prerequisite counting below COMPLETED, and those prerequisites. */
  static Map<MilestoneId, List<MilestoneId>> blockers(ProcessModel model, IndexResult r) {
    Map<MilestoneId, Status> counted = new HashMap<>();
    for (MilestoneScore s : r.milestones()) {
      counted.put(s.milestone(), s.counted());
    }
    Map<MilestoneId, List<MilestoneId>> out = new LinkedHashMap<>();
    for (Milestone m : model.milestones()) {
      List<MilestoneId> waits = new ArrayList<>();
      for (MilestoneId p : m.requires()) {
        if (counted.get(p) != Status.COMPLETED) {
          waits.add(p);
        }
      }
      if (!waits.isEmpty()) {
        out.put(m.id(), waits);
      }
    }
    return out;
  }

  private static Set<String> keys(List<GatingFinding> findings) {
    Set<String> out = new HashSet<>();
    findings.forEach(f -> out.add(key(f)));
    return out;
  }

  private static String key(GatingFinding f) {
    return f.milestone() + "<" + f.prerequisite() + ":" + f.status() + ">" + f.countedStatus();
  }

  /**
   * The baseline model.
   *
   * @return the model
   */
  public ProcessModel baselineModel() {
    return baseline;
  }

  /**
   * The comparison date.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * The baseline's index at the date.
   *
   * @return the result
   */
  public IndexResult baseline() {
    return baselineResult;
  }

  /**
   * Every scenario's outcome, in the order given.
   *
   * @return an immutable list
   */
  public List<ScenarioOutcome> outcomes() {
    return outcomes;
  }

  /**
   * One scenario's outcome by name.
   *
   * @param name the scenario's name
   * @return the outcome
   * @throws IllegalArgumentException if no scenario has that name
   */
  public ScenarioOutcome outcome(String name) {
    for (ScenarioOutcome o : outcomes) {
      if (o.name().equals(name)) {
        return o;
      }
    }
    throw new IllegalArgumentException(
        "Scenario '"
            + name
            + "' is not in this comparison"
            + EditDistance.hint(name, outcomes.stream().map(ScenarioOutcome::name).toList()));
  }

  /**
   * The index over time for the baseline and every scenario, at the same dates; each trajectory is
   * evaluated incrementally.
   *
   * @param method the index method
   * @param dates the dates, in any order
   * @return the baseline under {@code "baseline"} (or {@code "baseline (model)"} when a scenario is
   *     itself named {@code baseline}), then each scenario by name, in order
   */
  public Map<String, Trajectory> trajectories(
      IndexMethod method, java.util.Collection<LocalDate> dates) {
    Map<String, Trajectory> out = new LinkedHashMap<>();
    boolean clash = outcomes.stream().anyMatch(o -> o.name().equals("baseline"));
    out.put(clash ? "baseline (model)" : "baseline", method.prepare(baseline).trajectoryAt(dates));
    for (ScenarioOutcome o : outcomes) {
      out.put(o.name(), method.prepare(o.result().model()).trajectoryAt(dates));
    }
    return out;
  }

  /**
   * Every gating cap a scenario introduced, as {@code scenario: finding} lines.
   *
   * @return an immutable list; empty when no scenario introduced one
   */
  public List<String> violations() {
    List<String> out = new ArrayList<>();
    for (ScenarioOutcome o : outcomes) {
      for (GatingFinding f : o.introducedFindings()) {
        out.add(o.name() + ": " + f.describe());
      }
    }
    return List.copyOf(out);
  }

  /**
   * Strict mode: fails if any scenario introduced a gating cap.
   *
   * @return this comparison, when none did
   * @throws IllegalStateException listing every introduced cap
   */
  public ScenarioComparison requireNoNewFindings() {
    List<String> v = violations();
    if (!v.isEmpty()) {
      throw new IllegalStateException(
          "scenarios introduce gating caps:\n  " + String.join("\n  ", v));
    }
    return this;
  }

  /**
   * A readable table: the baseline first (unless a scenario named {@code baseline} stands for it),
   * then each scenario with its value, band, delta and what it unblocks, followed by each
   * scenario's explanation.
   *
   * @return the table text
   */
  public String table() {
    StringBuilder out = new StringBuilder();
    int width = 8;
    for (ScenarioOutcome o : outcomes) {
      width = Math.max(width, o.name().length());
    }
    String row = "%-" + width + "s  %6s  %-13s  %7s  %s%n";
    out.append(String.format(Locale.ROOT, "%s, index as of %s%n%n", baseline.name(), date));
    out.append(String.format(Locale.ROOT, row, "scenario", "value", "band", "delta", "unblocks"));
    if (outcomes.stream().noneMatch(o -> o.name().equals("baseline"))) {
      out.append(
          String.format(
              Locale.ROOT,
              row,
              "baseline",
              fmt(baselineResult.value()),
              band(baselineResult),
              "+0.0",
              "-"));
    }
    for (ScenarioOutcome o : outcomes) {
      out.append(
          String.format(
              Locale.ROOT,
              row,
              o.name(),
              fmt(o.result().value()),
              band(o.result()),
              String.format(Locale.ROOT, "%+.1f", o.delta()),
              o.unblocked().isEmpty()
                  ? "-"
                  : String.join(", ", o.unblocked().stream().map(MilestoneId::value).toList())));
    }
    for (ScenarioOutcome o : outcomes) {
      out.append('\n').append(o.explain()).append('\n');
    }
    return out.toString();
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String band(IndexResult r) {
    return "[" + fmt(r.low()) + ", " + fmt(r.high()) + "]";
  }
}
