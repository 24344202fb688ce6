package io.github.thaw.scenario;

import io.github.thaw.internal.EditDistance;
import io.github.thaw.internal.io.Problems;
import io.github.thaw.model.Dimension;
import io.github.thaw.model.Event;
import io.github.thaw.model.Limits;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.ModelException;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.Problem;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.ProcessState;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Applies a scenario's changes to working copies of a model's parts; reports every bad change. */
final class ScenarioApplier {
  private final Scenario scenario;
  private final ProcessModel baseline;
  private final Map<MilestoneId, Milestone> milestones = new LinkedHashMap<>();
  private final Set<String> dimensions = new HashSet<>();
  private final List<Event> events;
  private final List<Problem> problems = new ArrayList<>();
  private boolean citesScenario;

  ScenarioApplier(Scenario scenario, ProcessModel baseline) {
    this.scenario = scenario;
    this.baseline = baseline;
    baseline.milestones().forEach(m -> milestones.put(m.id(), m));
    baseline.dimensions().forEach(d -> dimensions.add(d.id()));
    this.events = new ArrayList<>(baseline.events());
  }

  ProcessModel apply() {
    List<Change> changes = scenario.changes();
    for (int i = 0; i < changes.size(); i++) {
      Optional<String> problem = applyOne(changes.get(i));
      int at = i;
      problem.ifPresent(
          message ->
              problems.add(
                  new Problem(
                      scenario.locations().get(at), changes.get(at).describe() + ": " + message)));
    }
    if (!problems.isEmpty()) {
      throw new ModelException(Problems.capped(problems));
    }
    return snapshot();
  }

  private Optional<String> applyOne(Change change) {
    if (change instanceof Change.SetStatus s) {
      return unknown(s.milestone())
          .or(
              () -> {
                citesScenario = true;
                events.add(
                    Event.status(
                        s.date(),
                        s.milestone().value(),
                        s.status(),
                        List.of(scenario.sourceId()),
                        "Scenario '" + scenario.name() + "': " + s.describe()));
                return Optional.empty();
              });
    }
    if (change instanceof Change.AddRequires a) {
      return unknown(a.milestone()).or(() -> unknown(a.requires())).or(() -> addRequires(a));
    }
    if (change instanceof Change.DropRequires d) {
      return unknown(d.milestone()).or(() -> unknown(d.requires())).or(() -> dropRequires(d));
    }
    if (change instanceof Change.SetWeight w) {
      return unknown(w.milestone())
          .or(
              () -> {
                milestones.put(
                    w.milestone(),
                    milestones.get(w.milestone()).toBuilder().weight(w.weight()).build());
                return Optional.empty();
              });
    }
    if (change instanceof Change.Freeze f) {
      return freeze(f.from());
    }
    return addMilestone(((Change.AddMilestone) change).milestone());
  }

  private Optional<String> unknown(MilestoneId id) {
    if (milestones.containsKey(id)) {
      return Optional.empty();
    }
    // The "did you mean" passes over every id: only for the problems that will be listed.
    List<String> known =
        problems.size() < Limits.MAX_PROBLEMS
            ? milestones.keySet().stream().map(MilestoneId::value).toList()
            : List.of();
    return Optional.of(
        "Milestone '"
            + id
            + "' is not in model '"
            + baseline.name()
            + "'"
            + EditDistance.hint(id.value(), known));
  }

  private Optional<String> addRequires(Change.AddRequires a) {
    Milestone m = milestones.get(a.milestone());
    if (m.requires().contains(a.requires())) {
      return Optional.of(
          "milestone '" + a.milestone() + "' already requires '" + a.requires() + "'");
    }
    List<MilestoneId> path = pathOfPrerequisites(a.requires(), a.milestone());
    if (path != null) {
      List<String> cycle = new ArrayList<>();
      cycle.add(a.milestone().value());
      path.forEach(p -> cycle.add(p.value()));
      return Optional.of("would close the dependency cycle " + String.join(" → ", cycle));
    }
    List<MilestoneId> soft = new ArrayList<>(m.influencedBy());
    soft.remove(a.requires());
    List<MilestoneId> hard = new ArrayList<>(m.requires());
    hard.add(a.requires());
    milestones.put(a.milestone(), rebuild(m, hard, soft));
    return Optional.empty();
  }

  private static Milestone rebuild(Milestone m, List<MilestoneId> hard, List<MilestoneId> soft) {
    return new Milestone(m.id(), m.name(), m.dimension(), m.description(), m.weight(), hard, soft);
  }

  /**
   * A path from {@code from} along prerequisites (hard and soft) to {@code target}, both ends
   * included, or null if there is none. Breadth first, iterative.
   */
  private List<MilestoneId> pathOfPrerequisites(MilestoneId from, MilestoneId target) {
    Map<MilestoneId, MilestoneId> parent = new HashMap<>();
    ArrayDeque<MilestoneId> queue = new ArrayDeque<>();
    queue.add(from);
    parent.put(from, from);
    while (!queue.isEmpty()) {
      MilestoneId v = queue.poll();
      if (v.equals(target)) {
        List<MilestoneId> path = new ArrayList<>();
        for (MilestoneId x = v; ; x = parent.get(x)) {
          path.add(0, x);
          if (x.equals(from)) {
            return path;
          }
        }
      }
      Milestone m = milestones.get(v);
      for (List<MilestoneId> next : List.of(m.requires(), m.influencedBy())) {
        for (MilestoneId w : next) {
          if (parent.putIfAbsent(w, v) == null) {
            queue.add(w);
          }
        }
      }
    }
    return null;
  }

  private Optional<String> dropRequires(Change.DropRequires d) {
    Milestone m = milestones.get(d.milestone());
    if (!m.requires().contains(d.requires())) {
      return Optional.of(
          "milestone '"
              + d.milestone()
              + "' does not require '"
              + d.requires()
              + "'; it requires "
              + m.requires());
    }
    List<MilestoneId> hard = new ArrayList<>(m.requires());
    hard.remove(d.requires());
    milestones.put(d.milestone(), rebuild(m, hard, m.influencedBy()));
    return Optional.empty();
  }

  private Optional<String> freeze(PartialDate from) {
    ProcessModel current = snapshot();
    ProcessState frozen = current.stateAt(from.effectiveDate());
    long cut = from.effectiveDate().toEpochDay();
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      if (e.isContext() || e.date().effectiveDate().toEpochDay() <= cut) {
        continue;
      }
      Status cap = frozen.of(e.milestone().orElseThrow()).status();
      Status s = e.status().orElseThrow();
      if (s.compareTo(cap) > 0) {
        events.set(
            i,
            new Event(
                e.date(),
                e.milestone(),
                Optional.of(cap),
                e.sources(),
                e.note()
                    + " [frozen by scenario '"
                    + scenario.name()
                    + "': reported "
                    + s
                    + ", held at "
                    + cap
                    + "]",
                e.citations()));
      }
    }
    return Optional.empty();
  }

  /** The working copy as a model; it is valid, since every change so far was checked. */
  private ProcessModel snapshot() {
    ProcessModel.Builder b = ProcessModel.builder(baseline.name());
    baseline.asOf().ifPresent(b::asOf);
    baseline.dimensions().forEach(b::dimension);
    milestones.values().forEach(b::milestone);
    baseline.sources().forEach(b::source);
    if (citesScenario) {
      b.source(
          new Source(
              scenario.sourceId(), "Thaw scenario", scenario.description(), null, scenario.name()));
    }
    events.forEach(b::event);
    return b.build();
  }

  private Optional<String> addMilestone(Milestone m) {
    if (milestones.containsKey(m.id())) {
      return Optional.of("milestone '" + m.id() + "' is already in the model");
    }
    if (!dimensions.contains(m.dimension())) {
      return Optional.of(
          "Dimension '"
              + m.dimension()
              + "' is not in model '"
              + baseline.name()
              + "'"
              + EditDistance.hint(
                  m.dimension(), baseline.dimensions().stream().map(Dimension::id).toList()));
    }
    for (List<MilestoneId> deps : List.of(m.requires(), m.influencedBy())) {
      for (MilestoneId p : deps) {
        if (p.equals(m.id())) {
          return Optional.of(
              "milestone '" + m.id() + "' cannot require or be influenced by itself");
        }
        Optional<String> u = unknown(p);
        if (u.isPresent()) {
          return u;
        }
      }
    }
    if (m.requires().contains(m.id()) || m.influencedBy().contains(m.id())) {
      return Optional.of("would close the dependency cycle " + m.id() + " → " + m.id());
    }
    milestones.put(m.id(), m);
    return Optional.empty();
  }
}
