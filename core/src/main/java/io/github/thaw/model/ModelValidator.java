package io.github.thaw.model;

import io.github.thaw.internal.DependencyGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Checks a builder's parts and reports every problem. Each problem is found once and worded twice:
 * at the path of the bad value, for file readers that turn the path into a file position, and
 * naming the element, for Java callers of {@link ProcessModel.Builder#build()}.
 */
final class ModelValidator {
  private final String name;
  private final List<Dimension> dimensions;
  private final List<Milestone> milestones;
  private final List<Source> sources;
  private final List<Event> events;
  private final List<Problem> problems = new ArrayList<>();
  private boolean byPath;
  private final Map<MilestoneId, Integer> index = new HashMap<>();
  private DependencyGraph graph;

  ModelValidator(
      String name,
      List<Dimension> dimensions,
      List<Milestone> milestones,
      List<Source> sources,
      List<Event> events) {
    this.name = name == null ? "" : name;
    this.dimensions = dimensions;
    this.milestones = milestones;
    this.sources = sources;
    this.events = events;
  }

  /**
   * Runs every check.
   *
   * @param byPath true for problems located by path (file readers), false for problems that name
   *     the element (code)
   * @return every problem found, in the order found
   */
  List<Problem> validate(boolean byPath) {
    this.byPath = byPath;
    check();
    return problems;
  }

  /**
   * One problem: at its path, or in words that name the element. Only the wording asked for is
   * made, since a hint costs an edit-distance search over every id.
   */
  private void add(String path, Supplier<String> atPath, Supplier<String> naming) {
    problems.add(byPath ? Problem.at(path, atPath.get()) : Problem.at("", naming.get()));
  }

  /** One problem whose message names the element either way. */
  private void add(String path, String message) {
    problems.add(Problem.at(byPath ? path : "", message));
  }

  private void check() {
    if (name.isBlank()) {
      add("name", ModelMessages.blankName());
    }
    Map<String, Integer> dimensionIndex = new HashMap<>();
    for (int i = 0; i < dimensions.size(); i++) {
      String id = dimensions.get(i).id();
      Integer first = dimensionIndex.putIfAbsent(id, i);
      if (first != null) {
        add(
            "dimensions[" + i + "].id",
            () -> ModelMessages.duplicate("dimension", id, "dimensions[" + first + "]"),
            () -> ModelMessages.addedTwice("dimension", id, name));
      }
    }
    for (int i = 0; i < milestones.size(); i++) {
      MilestoneId id = milestones.get(i).id();
      Integer first = index.putIfAbsent(id, i);
      if (first != null) {
        add(
            "milestones[" + i + "].id",
            () -> ModelMessages.duplicate("milestone", id.value(), "milestones[" + first + "]"),
            () -> ModelMessages.addedTwice("milestone", id.value(), name));
      }
    }
    List<String> milestoneIds = milestones.stream().map(m -> m.id().value()).toList();
    int[][] hard = new int[milestones.size()][];
    int[][] soft = new int[milestones.size()][];
    for (int i = 0; i < milestones.size(); i++) {
      Milestone m = milestones.get(i);
      String path = "milestones[" + i + "]";
      if (!dimensionIndex.containsKey(m.dimension())) {
        add(
            path + ".dimension",
            () -> unknown("Dimension", m.dimension(), dimensionIndex.keySet()),
            () ->
                ModelMessages.unknownDimensionOf(
                    m.id(), m.dimension(), name, capped(dimensionIndex.keySet())));
      }
      hard[i] = edges(m, m.requires(), "requires", path, milestoneIds);
      soft[i] = edges(m, m.influencedBy(), "influencedBy", path, milestoneIds);
      Set<MilestoneId> hardSet = new HashSet<>(m.requires());
      for (int j = 0; j < m.influencedBy().size(); j++) {
        MilestoneId p = m.influencedBy().get(j);
        if (hardSet.contains(p)) {
          String message = ModelMessages.hardAndSoft(m.id(), p);
          add(path + ".influencedBy[" + j + "]", message);
        }
      }
    }
    if (index.size() == milestones.size()) {
      graph = DependencyGraph.of(milestones.size(), hard, soft);
      for (int[] cycle : graph.cycles()) {
        addCycle(cycle);
      }
    }
    Map<String, Integer> sourceIndex = new HashMap<>();
    for (int i = 0; i < sources.size(); i++) {
      String id = sources.get(i).id();
      Integer first = sourceIndex.putIfAbsent(id, i);
      if (first != null) {
        add(
            "sources[" + i + "].id",
            () -> ModelMessages.duplicate("source", id, "sources[" + first + "]"),
            () -> ModelMessages.addedTwice("source", id, name));
      }
    }
    for (int i = 0; i < events.size(); i++) {
      checkEvent(i, events.get(i), milestoneIds, sourceIndex);
    }
  }

  private int[] edges(
      Milestone m, List<MilestoneId> targets, String list, String path, List<String> known) {
    int[] out = new int[targets.size()];
    int n = 0;
    Set<MilestoneId> seen = new HashSet<>();
    for (int j = 0; j < targets.size(); j++) {
      MilestoneId p = targets.get(j);
      String at = path + "." + list + "[" + j + "]";
      Integer target = index.get(p);
      if (target == null) {
        add(
            at,
            () -> unknown("Milestone", p.value(), known),
            () ->
                ModelMessages.unknownPrerequisite(
                    m.id(), list.equals("requires"), p, name, capped(known)));
      } else if (!seen.add(p)) {
        String message = ModelMessages.listedTwice(m.id(), list, p);
        add(at, message);
      } else {
        out[n++] = target;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  private void addCycle(int[] cycle) {
    List<MilestoneId> path = new ArrayList<>();
    for (int node : cycle) {
      path.add(milestones.get(node).id());
    }
    Milestone first = milestones.get(cycle[0]);
    MilestoneId next = path.get(1);
    int j = first.requires().indexOf(next);
    String list = j >= 0 ? "requires" : "influencedBy";
    if (j < 0) {
      j = first.influencedBy().indexOf(next);
    }
    String message = ModelMessages.cycle(path);
    add("milestones[" + cycle[0] + "]." + list + "[" + j + "]", message);
  }

  private void checkEvent(
      int i, Event e, List<String> milestoneIds, Map<String, Integer> sourceIndex) {
    String path = "events[" + i + "]";
    e.milestone()
        .filter(m -> !index.containsKey(m))
        .ifPresent(
            m ->
                add(
                    path + ".milestone",
                    () -> unknown("Milestone", m.value(), milestoneIds),
                    () -> ModelMessages.unknownMilestoneOf(e, name, capped(milestoneIds))));
    if (e.sources().isEmpty()) {
      add(path + ".sources", ModelMessages::noSource, () -> ModelMessages.noSource(e));
    }
    Set<String> seen = new HashSet<>();
    for (int j = 0; j < e.sources().size(); j++) {
      String s = e.sources().get(j);
      String at = path + ".sources[" + j + "]";
      if (!sourceIndex.containsKey(s)) {
        add(
            at,
            () -> unknown("Source", s, sourceIndex.keySet()),
            () -> ModelMessages.unknownSourceOf(e, s, name, capped(sourceIndex.keySet())));
      } else if (!seen.add(s)) {
        add(at, () -> ModelMessages.citedTwice(s), () -> ModelMessages.citedTwice(e, s));
      }
    }
  }

  Map<MilestoneId, Integer> index() {
    return index;
  }

  DependencyGraph graph() {
    return graph;
  }

  /**
   * A reference to an id the model lacks; the "did you mean" costs a pass over every id, so it is
   * computed only for the problems that will be listed ({@link Limits#MAX_PROBLEMS}), which keeps a
   * file with 20,000 bad references linear.
   */
  private String unknown(String kind, String id, java.util.Collection<String> known) {
    if (problems.size() >= Limits.MAX_PROBLEMS) {
      return ModelMessages.unknown(kind, id, name, List.of());
    }
    // One search per distinct unknown id: a file often misspells the same id many times.
    return unknownMessages.computeIfAbsent(
        kind + "\u0000" + id, k -> ModelMessages.unknown(kind, id, name, known));
  }

  private final Map<String, String> unknownMessages = new HashMap<>();

  /** The ids to search for a hint, or none once the listed problems are full. */
  private java.util.Collection<String> capped(java.util.Collection<String> known) {
    return problems.size() >= Limits.MAX_PROBLEMS ? List.of() : known;
  }
}
