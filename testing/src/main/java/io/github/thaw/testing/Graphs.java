package io.github.thaw.testing;

import io.github.thaw.model.Milestone;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.ProcessModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Paths and cycles in a model's dependency graph, found iteratively so deep chains are fine. */
final class Graphs {
  private Graphs() {}

  /**
   * The shortest chain of {@code requires} from a milestone to a prerequisite, both ends included.
   *
   * @return the chain, or empty when {@code to} is not a hard prerequisite of {@code from}
   */
  static Optional<List<MilestoneId>> requiresChain(
      ProcessModel model, MilestoneId from, MilestoneId to) {
    Map<MilestoneId, MilestoneId> parent = new HashMap<>();
    Deque<MilestoneId> queue = new ArrayDeque<>();
    queue.add(from);
    parent.put(from, from);
    while (!queue.isEmpty()) {
      MilestoneId m = queue.poll();
      for (MilestoneId p : model.prerequisites(m)) {
        if (parent.putIfAbsent(p, m) == null) {
          if (p.equals(to)) {
            List<MilestoneId> chain = new ArrayList<>();
            for (MilestoneId q = p; !q.equals(from); q = parent.get(q)) {
              chain.add(q);
            }
            chain.add(from);
            Collections.reverse(chain);
            return Optional.of(chain);
          }
          queue.add(p);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A cycle of hard or soft dependencies among the milestones, if there is one.
   *
   * @return the cycle, its first milestone repeated at the end ({@code a → b → a}); edges to ids
   *     outside the list are ignored
   */
  static Optional<List<MilestoneId>> findCycle(List<Milestone> milestones) {
    Map<MilestoneId, List<MilestoneId>> edges = new HashMap<>();
    for (Milestone m : milestones) {
      List<MilestoneId> out = new ArrayList<>(m.requires());
      out.addAll(m.influencedBy());
      edges.put(m.id(), out);
    }
    // 0 unvisited, 1 on the current path, 2 done.
    Map<MilestoneId, Integer> mark = new HashMap<>();
    for (Milestone start : milestones) {
      if (mark.getOrDefault(start.id(), 0) != 0) {
        continue;
      }
      Deque<MilestoneId> path = new ArrayDeque<>();
      Deque<Integer> next = new ArrayDeque<>();
      path.push(start.id());
      next.push(0);
      mark.put(start.id(), 1);
      while (!path.isEmpty()) {
        MilestoneId m = path.peek();
        int i = next.pop();
        List<MilestoneId> out = edges.get(m);
        if (i == out.size()) {
          mark.put(m, 2);
          path.pop();
          continue;
        }
        next.push(i + 1);
        MilestoneId p = out.get(i);
        if (!edges.containsKey(p)) {
          continue;
        }
        int state = mark.getOrDefault(p, 0);
        if (state == 1) {
          List<MilestoneId> cycle = new ArrayList<>();
          for (MilestoneId q : path) {
            cycle.add(q);
            if (q.equals(p)) {
              break;
            }
          }
          Collections.reverse(cycle);
          cycle.add(p);
          return Optional.of(cycle);
        }
        if (state == 0) {
          mark.put(p, 1);
          path.push(p);
          next.push(0);
        }
      }
    }
    return Optional.empty();
  }
}
