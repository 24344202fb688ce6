package io.github.thaw.report;

import io.github.thaw.model.Dependency;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.ProcessModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A layered (Sugiyama-style) layout of the dependency graph. A milestone's layer is the length of
 * the longest chain of prerequisites, hard and soft, leading to it, so every edge points to a later
 * layer. An edge that skips layers passes through one placeholder per skipped layer, so it runs
 * between the nodes instead of through them. The order inside each layer then follows the
 * barycenter of each node's neighbours, sweeping down and up a few times and keeping the order with
 * the fewest crossings. Ties keep dimension order, then model order, so the layout is
 * deterministic.
 *
 * <p>Nodes {@code 0..milestones-1} are the milestones in model order; higher numbers are
 * placeholders.
 */
final class GraphLayout {
  private static final int SWEEPS = 8;

  /** Above this many segments, crossings are not counted: the chart is unreadable anyway. */
  private static final int COUNT_LIMIT = 20_000;

  final int milestones;
  final int[] layer;
  final List<List<Integer>> layers;

  /** Each dependency's path: its prerequisite, the placeholders, its dependent. */
  final List<int[]> paths;

  final List<Dependency> dependencies;

  private GraphLayout(
      int milestones,
      int[] layer,
      List<List<Integer>> layers,
      List<int[]> paths,
      List<Dependency> dependencies) {
    this.milestones = milestones;
    this.layer = layer;
    this.layers = layers;
    this.paths = paths;
    this.dependencies = dependencies;
  }

  /** Lays out a model; O(sweeps · segments · log segments) plus crossing counts on small graphs. */
  static GraphLayout of(ProcessModel model) {
    List<Milestone> ms = model.milestones();
    int n = ms.size();
    Map<MilestoneId, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(ms.get(i).id(), i);
    }
    int[] layerOf = new int[n];
    for (MilestoneId id : model.topologicalOrder()) {
      Milestone m = model.milestone(id);
      int l = 0;
      for (MilestoneId p : m.requires()) {
        l = Math.max(l, layerOf[index.get(p)] + 1);
      }
      for (MilestoneId p : m.influencedBy()) {
        l = Math.max(l, layerOf[index.get(p)] + 1);
      }
      layerOf[index.get(id)] = l;
    }
    int depth = 0;
    for (int l : layerOf) {
      depth = Math.max(depth, l + 1);
    }
    List<List<Integer>> layers = new ArrayList<>();
    for (int l = 0; l < depth; l++) {
      layers.add(new ArrayList<>());
    }
    // Within a layer, start from dimension order, then model order.
    Map<String, Integer> dimensionRank = new HashMap<>();
    for (int d = 0; d < model.dimensions().size(); d++) {
      dimensionRank.put(model.dimensions().get(d).id(), d);
    }
    Integer[] byDimension = new Integer[n];
    for (int i = 0; i < n; i++) {
      byDimension[i] = i;
    }
    Arrays.sort(
        byDimension,
        (a, b) -> {
          int c =
              Integer.compare(
                  dimensionRank.getOrDefault(ms.get(a).dimension(), Integer.MAX_VALUE),
                  dimensionRank.getOrDefault(ms.get(b).dimension(), Integer.MAX_VALUE));
          return c != 0 ? c : Integer.compare(a, b);
        });
    for (int i : byDimension) {
      layers.get(layerOf[i]).add(i);
    }

    List<Dependency> deps = model.dependencies();
    List<int[]> paths = new ArrayList<>(deps.size());
    List<Integer> layerList = new ArrayList<>();
    for (int l : layerOf) {
      layerList.add(l);
    }
    int next = n;
    for (Dependency d : deps) {
      int from = index.get(d.prerequisite());
      int to = index.get(d.dependent());
      int span = layerOf[to] - layerOf[from];
      int[] path = new int[span + 1];
      path[0] = from;
      path[span] = to;
      for (int k = 1; k < span; k++) {
        path[k] = next++;
        layerList.add(layerOf[from] + k);
        layers.get(layerOf[from] + k).add(path[k]);
      }
      paths.add(path);
    }
    int[] layer = layerList.stream().mapToInt(Integer::intValue).toArray();
    order(layers, paths, next);
    return new GraphLayout(n, layer, layers, paths, deps);
  }

  /** Barycenter sweeps, keeping the best order seen. */
  private static void order(List<List<Integer>> layers, List<int[]> paths, int nodes) {
    List<List<Integer>> up = new ArrayList<>();
    List<List<Integer>> down = new ArrayList<>();
    for (int v = 0; v < nodes; v++) {
      up.add(new ArrayList<>());
      down.add(new ArrayList<>());
    }
    int segments = 0;
    for (int[] p : paths) {
      for (int k = 0; k + 1 < p.length; k++) {
        down.get(p[k]).add(p[k + 1]);
        up.get(p[k + 1]).add(p[k]);
        segments++;
      }
    }
    boolean count = segments <= COUNT_LIMIT;
    double[] pos = new double[nodes];
    positions(layers, pos);
    List<List<Integer>> best = copy(layers);
    // Without counting, every sweep runs and the last order is kept.
    long bestCrossings = count ? crossings(layers, down, pos) : Long.MAX_VALUE;
    for (int sweep = 0; sweep < SWEEPS && bestCrossings > 0; sweep++) {
      boolean downward = sweep % 2 == 0;
      for (int s = 1; s < layers.size(); s++) {
        int l = downward ? s : layers.size() - 1 - s;
        List<List<Integer>> neighbours = downward ? up : down;
        reorder(layers.get(l), neighbours, pos);
      }
      if (count) {
        long c = crossings(layers, down, pos);
        if (c < bestCrossings) {
          bestCrossings = c;
          best = copy(layers);
        }
      } else {
        best = copy(layers);
      }
    }
    for (int l = 0; l < layers.size(); l++) {
      layers.set(l, best.get(l));
    }
  }

  private static void reorder(List<Integer> layer, List<List<Integer>> neighbours, double[] pos) {
    int size = layer.size();
    double[] key = new double[size];
    Integer[] order = new Integer[size];
    for (int i = 0; i < size; i++) {
      int v = layer.get(i);
      List<Integer> ns = neighbours.get(v);
      double sum = 0;
      for (int u : ns) {
        sum += pos[u];
      }
      key[i] = ns.isEmpty() ? i : sum / ns.size();
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(key[a], key[b]));
    List<Integer> sorted = new ArrayList<>(size);
    for (int i : order) {
      sorted.add(layer.get(i));
    }
    for (int i = 0; i < size; i++) {
      layer.set(i, sorted.get(i));
      pos[sorted.get(i)] = i;
    }
  }

  private static void positions(List<List<Integer>> layers, double[] pos) {
    for (List<Integer> layer : layers) {
      for (int i = 0; i < layer.size(); i++) {
        pos[layer.get(i)] = i;
      }
    }
  }

  /** Pairs of segments between the same two layers whose ends are in opposite orders. */
  private static long crossings(
      List<List<Integer>> layers, List<List<Integer>> down, double[] pos) {
    long total = 0;
    for (int l = 0; l + 1 < layers.size(); l++) {
      List<double[]> segs = new ArrayList<>();
      for (int v : layers.get(l)) {
        for (int w : down.get(v)) {
          segs.add(new double[] {pos[v], pos[w]});
        }
      }
      for (int i = 0; i < segs.size(); i++) {
        for (int j = i + 1; j < segs.size(); j++) {
          double a = segs.get(i)[0] - segs.get(j)[0];
          double b = segs.get(i)[1] - segs.get(j)[1];
          if (a * b < 0) {
            total++;
          }
        }
      }
    }
    return total;
  }

  private static List<List<Integer>> copy(List<List<Integer>> layers) {
    List<List<Integer>> out = new ArrayList<>();
    for (List<Integer> l : layers) {
      out.add(new ArrayList<>(l));
    }
    return out;
  }

  /** Whether a node is a placeholder on a long edge. */
  boolean isPlaceholder(int node) {
    return node >= milestones;
  }

  /** The number of layers. */
  int depth() {
    return layers.size();
  }
}
