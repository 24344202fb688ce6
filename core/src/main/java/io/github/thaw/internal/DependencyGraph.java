package io.github.thaw.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The milestone dependency graph in primitive arrays (compressed sparse rows), indexed by
 * declaration order. Hard ({@code requires}) and soft ({@code influencedBy}) edges are kept apart;
 * both count for acyclicity and topological order. Every algorithm here is iterative, so a chain of
 * a million milestones needs no deep stack.
 *
 * <p>Not part of the API: internal packages are not exported.
 */
public final class DependencyGraph {
  private final int size;
  private final int[] hardStart;
  private final int[] hard;
  private final int[] softStart;
  private final int[] soft;
  private final int[] hardDependentStart;
  private final int[] hardDependents;
  private final int[] softDependentStart;
  private final int[] softDependents;
  private final int[] topologicalOrder;
  private final List<int[]> cycles;
  private final boolean hardEdgesPointBackward;

  private DependencyGraph(int size, int[][] hardEdges, int[][] softEdges) {
    this.size = size;
    this.hardStart = new int[size + 1];
    this.hard = flatten(hardEdges, hardStart);
    this.softStart = new int[size + 1];
    this.soft = flatten(softEdges, softStart);
    this.hardDependentStart = new int[size + 1];
    this.hardDependents = reverse(size, hardStart, hard, hardDependentStart);
    this.softDependentStart = new int[size + 1];
    this.softDependents = reverse(size, softStart, soft, softDependentStart);
    this.cycles = new ArrayList<>();
    this.topologicalOrder = sort();
    boolean backward = true;
    for (int node = 0; node < size && backward; node++) {
      for (int e = hardStart[node]; e < hardStart[node + 1]; e++) {
        backward &= hard[e] < node;
      }
    }
    this.hardEdgesPointBackward = backward;
  }

  /**
   * A graph of {@code size} nodes. {@code hardEdges[i]} lists the hard prerequisites of node i,
   * {@code softEdges[i]} its soft ones; the arrays are not kept.
   *
   * @param size the number of nodes
   * @param hardEdges per node, the indices of its hard prerequisites
   * @param softEdges per node, the indices of its soft prerequisites
   * @return the graph
   */
  public static DependencyGraph of(int size, int[][] hardEdges, int[][] softEdges) {
    return new DependencyGraph(size, hardEdges, softEdges);
  }

  private static int[] flatten(int[][] edges, int[] start) {
    int total = 0;
    for (int i = 0; i < edges.length; i++) {
      start[i] = total;
      total += edges[i].length;
    }
    start[edges.length] = total;
    int[] flat = new int[total];
    for (int i = 0; i < edges.length; i++) {
      System.arraycopy(edges[i], 0, flat, start[i], edges[i].length);
    }
    return flat;
  }

  private static int[] reverse(int size, int[] start, int[] targets, int[] reverseStart) {
    int[] count = new int[size + 1];
    for (int t : targets) {
      count[t + 1]++;
    }
    for (int i = 0; i < size; i++) {
      count[i + 1] += count[i];
    }
    System.arraycopy(count, 0, reverseStart, 0, size + 1);
    int[] out = new int[targets.length];
    int[] fill = Arrays.copyOf(count, size);
    for (int node = 0; node < size; node++) {
      for (int e = start[node]; e < start[node + 1]; e++) {
        out[fill[targets[e]]++] = node;
      }
    }
    return out;
  }

  /** Kahn's algorithm over hard and soft edges; records cycles when it cannot finish. */
  private int[] sort() {
    int[] indegree = new int[size];
    for (int i = 0; i < size; i++) {
      indegree[i] = (hardStart[i + 1] - hardStart[i]) + (softStart[i + 1] - softStart[i]);
    }
    int[] order = new int[size];
    int head = 0;
    int tail = 0;
    for (int i = 0; i < size; i++) {
      if (indegree[i] == 0) {
        order[tail++] = i;
      }
    }
    while (head < tail) {
      int node = order[head++];
      tail = release(node, hardDependentStart, hardDependents, indegree, order, tail);
      tail = release(node, softDependentStart, softDependents, indegree, order, tail);
    }
    if (tail < size) {
      findCycles(indegree);
      return null;
    }
    return order;
  }

  private static int release(
      int node, int[] start, int[] dependents, int[] indegree, int[] order, int tail) {
    for (int e = start[node]; e < start[node + 1]; e++) {
      int d = dependents[e];
      if (--indegree[d] == 0) {
        order[tail++] = d;
      }
    }
    return tail;
  }

  /**
   * Every node left with a positive in-degree has an unsorted prerequisite; following those
   * prerequisites must revisit a node, which closes a cycle. Cycles are reported once each.
   */
  private void findCycles(int[] indegree) {
    int[] mark = new int[size]; // 0 unseen, walk number while walking
    boolean[] reported = new boolean[size];
    int walk = 0;
    for (int start = 0; start < size; start++) {
      if (indegree[start] == 0 || mark[start] != 0) {
        continue;
      }
      walk++;
      List<Integer> path = new ArrayList<>();
      int node = start;
      while (mark[node] == 0) {
        mark[node] = walk;
        path.add(node);
        node = unsortedPrerequisite(node, indegree);
      }
      if (mark[node] == walk && !reported[node]) {
        int from = path.indexOf(node);
        int[] cycle = new int[path.size() - from + 1];
        for (int i = from; i < path.size(); i++) {
          cycle[i - from] = path.get(i);
          reported[path.get(i)] = true;
        }
        cycle[cycle.length - 1] = node;
        cycles.add(cycle);
      }
    }
  }

  private int unsortedPrerequisite(int node, int[] indegree) {
    for (int e = hardStart[node]; e < hardStart[node + 1]; e++) {
      if (indegree[hard[e]] > 0) {
        return hard[e];
      }
    }
    for (int e = softStart[node]; e < softStart[node + 1]; e++) {
      if (indegree[soft[e]] > 0) {
        return soft[e];
      }
    }
    throw new IllegalStateException("node " + node + " has no unsorted prerequisite");
  }

  /**
   * The number of nodes.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * Whether the graph has no cycle.
   *
   * @return true if acyclic
   */
  public boolean isAcyclic() {
    return topologicalOrder != null;
  }

  /**
   * The cycles found, each as the path {@code a, b, …, a} where each node depends on the next.
   *
   * @return the cycles; empty when acyclic
   */
  public List<int[]> cycles() {
    return cycles;
  }

  /**
   * Nodes with every prerequisite before its dependents; ties in declaration order.
   *
   * @return the order (shared: do not modify)
   * @throws IllegalStateException if the graph has a cycle
   */
  public int[] topologicalOrder() {
    if (topologicalOrder == null) {
      throw new IllegalStateException("the dependency graph has a cycle");
    }
    return topologicalOrder;
  }

  /**
   * Whether every hard prerequisite is declared before its dependent, so that declaration order is
   * a valid order in which to apply hard prerequisites (as it is in most models).
   *
   * @return true if every hard edge points to a lower index
   */
  public boolean hardEdgesPointBackward() {
    return hardEdgesPointBackward;
  }

  /**
   * First index into {@link #hardTargets()} of node i's hard prerequisites; entry {@code size} is
   * the total.
   *
   * @return the offsets (shared: do not modify)
   */
  public int[] hardStart() {
    return hardStart;
  }

  /**
   * Hard prerequisites of every node, concatenated.
   *
   * @return the targets (shared: do not modify)
   */
  public int[] hardTargets() {
    return hard;
  }

  /**
   * Offsets into {@link #softTargets()}.
   *
   * @return the offsets (shared: do not modify)
   */
  public int[] softStart() {
    return softStart;
  }

  /**
   * Soft prerequisites of every node, concatenated.
   *
   * @return the targets (shared: do not modify)
   */
  public int[] softTargets() {
    return soft;
  }

  /**
   * Offsets into {@link #hardDependentTargets()}.
   *
   * @return the offsets (shared: do not modify)
   */
  public int[] hardDependentStart() {
    return hardDependentStart;
  }

  /**
   * Hard dependents of every node, concatenated.
   *
   * @return the dependents (shared: do not modify)
   */
  public int[] hardDependentTargets() {
    return hardDependents;
  }

  /**
   * Offsets into {@link #softDependentTargets()}.
   *
   * @return the offsets (shared: do not modify)
   */
  public int[] softDependentStart() {
    return softDependentStart;
  }

  /**
   * Soft dependents of every node, concatenated.
   *
   * @return the dependents (shared: do not modify)
   */
  public int[] softDependentTargets() {
    return softDependents;
  }

  /**
   * Nodes reachable from {@code node} along the given adjacency, breadth first, excluding the node
   * itself unless a cycle leads back to it.
   *
   * @param node the start
   * @param start offsets of the adjacency
   * @param targets targets of the adjacency
   * @return reached nodes in breadth-first order
   */
  public int[] reachable(int node, int[] start, int[] targets) {
    boolean[] seen = new boolean[size];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    int[] out = new int[16];
    int n = 0;
    queue.add(node);
    while (!queue.isEmpty()) {
      int v = queue.poll();
      for (int e = start[v]; e < start[v + 1]; e++) {
        int w = targets[e];
        if (!seen[w]) {
          seen[w] = true;
          if (n == out.length) {
            out = Arrays.copyOf(out, n * 2);
          }
          out[n++] = w;
          queue.add(w);
        }
      }
    }
    return Arrays.copyOf(out, n);
  }
}
