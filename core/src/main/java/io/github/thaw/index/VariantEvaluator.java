package io.github.thaw.index;

import io.github.thaw.internal.DependencyGraph;
import io.github.thaw.internal.SharedSecrets;
import io.github.thaw.internal.VariantIndex;
import io.github.thaw.model.Dimension;
import io.github.thaw.model.ProcessModel;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link VariantIndex} over {@link Plan}: the counted statuses are read once per (gating, reading
 * rule, date rule, window, day) and cached; the groups of each (pooled, include unscored) shape
 * come from one plan; a variant then repeats {@link Engine}'s value sum (members in declaration
 * order, blocks of {@value Engine#BLOCK} summed left to right, block sums added in the same
 * pairwise tree), its group clamps and {@link Plan#total}, so the value is the same double.
 */
final class VariantEvaluator implements VariantIndex {
  private static final ReadingRule[] READING_RULES = ReadingRule.values();
  private static final DateRule[] DATE_RULES = DateRule.values();

  private final ProcessModel model;
  private final Shape[] shapes = new Shape[4];
  private final Map<Long, Plan> readingPlans = new HashMap<>();
  private final Map<Key, byte[]> levels = new HashMap<>();
  private final DependencyGraph graph;
  private final int[] gatingOrder;

  private record Key(int rule, int window, long day) {}

  /** A grouping of the milestones with scratch space for one evaluation. */
  private static final class Shape {
    final Plan plan;
    final int[] dimensionIndex;
    final double[] tree;
    final int[] fill;
    final double[] groupWeightSum;
    final int[] lowest;
    final int[] highest;
    final double[] percent;

    Shape(Plan plan, List<Dimension> dims) {
      this.plan = plan;
      int groups = plan.groups;
      dimensionIndex = new int[groups];
      for (int g = 0; g < groups; g++) {
        dimensionIndex[g] = plan.pooled ? -1 : dims.indexOf(plan.groupDimension[g]);
      }
      tree = new double[2 * plan.blockStart[groups]];
      fill = new int[groups];
      groupWeightSum = new double[groups];
      lowest = new int[groups];
      highest = new int[groups];
      percent = new double[groups];
    }
  }

  VariantEvaluator(ProcessModel model) {
    this.model = model;
    this.graph = SharedSecrets.graph(model);
    this.gatingOrder = graph.hardEdgesPointBackward() ? null : graph.topologicalOrder();
  }

  @Override
  public double value(
      double[] points,
      double scale,
      double[] milestoneWeights,
      double[] dimensionWeights,
      boolean pooled,
      boolean includeUnscored,
      boolean gated,
      int readingRule,
      int dateRule,
      int window,
      long day) {
    Shape shape = shape(pooled, includeUnscored);
    byte[] level = levels(gated, READING_RULES[readingRule], DATE_RULES[dateRule], window, day);
    Plan plan = shape.plan;
    int groups = plan.groups;
    int[] groupOf = plan.groupOf;
    int[] blockStart = plan.blockStart;
    double[] planWeight = plan.weight;
    double[] tree = shape.tree;
    int[] fill = shape.fill;
    double[] gws = shape.groupWeightSum;
    int[] lowest = shape.lowest;
    int[] highest = shape.highest;
    Arrays.fill(tree, 0.0);
    Arrays.fill(fill, 0);
    Arrays.fill(gws, 0.0);
    Arrays.fill(lowest, Engine.LEVELS);
    Arrays.fill(highest, -1);
    for (int m = 0; m < plan.size; m++) {
      // The plan's weight is 0 exactly where the variant's is: unscored context left out, or a
      // declared weight of 0 (which any multiplier keeps at 0).
      double w = planWeight[m] == 0 ? 0 : milestoneWeights[m];
      int g = groupOf[m];
      gws[g] += w;
      int s = fill[g]++;
      int l = level[m];
      int blocks = blockStart[g + 1] - blockStart[g];
      tree[2 * blockStart[g] + blocks + (s >>> 6)] += w * points[l];
      if (w > 0) {
        lowest[g] = Math.min(lowest[g], l);
        highest[g] = Math.max(highest[g], l);
      }
    }
    double[] p = shape.percent;
    for (int g = 0; g < groups; g++) {
      int base = 2 * blockStart[g];
      for (int j = blockStart[g + 1] - blockStart[g] - 1; j >= 1; j--) {
        tree[base + j] = tree[base + 2 * j] + tree[base + 2 * j + 1];
      }
      if (plan.context[g]) {
        p[g] = 0;
        continue;
      }
      double lo = points[lowest[g]] * 100 / scale;
      double hi = points[highest[g]] * 100 / scale;
      double x = tree[base + 1] * 100 / (scale * gws[g]);
      p[g] = Math.min(hi, Math.max(lo, x));
    }
    if (pooled) {
      // As PoolTotal: the groups' sums over the sum of their weights.
      double root = 0;
      double weight = 0;
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (int g = 0; g < groups; g++) {
        if (!plan.context[g]) {
          root += tree[2 * blockStart[g] + 1];
          weight += gws[g];
          lo = Math.min(lo, p[g]);
          hi = Math.max(hi, p[g]);
        }
      }
      return Math.min(hi, Math.max(lo, root * 100 / (scale * weight)));
    }
    double sum = 0;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    double s = 0;
    for (int g = 0; g < groups; g++) {
      double w = plan.context[g] ? 0 : dimensionWeights[shape.dimensionIndex[g]];
      sum += w;
      if (w > 0) {
        lo = Math.min(lo, p[g]);
        hi = Math.max(hi, p[g]);
      }
      s += w * p[g];
    }
    return Math.min(hi, Math.max(lo, s / sum));
  }

  private Shape shape(boolean pooled, boolean includeUnscored) {
    int k = (pooled ? 2 : 0) + (includeUnscored ? 1 : 0);
    if (shapes[k] == null) {
      IndexMethod method =
          IndexMethod.builder()
              .milestoneWeights(Weights.fromModel())
              .dimensionWeights(Weights.fromModel())
              .aggregation(Aggregation.ARITHMETIC)
              .structure(pooled ? Structure.POOLED : Structure.BY_DIMENSION)
              .includeUnscored(includeUnscored)
              .gating(Gating.NONE)
              .build();
      shapes[k] = new Shape(new Plan(model, method), model.dimensions());
    }
    return shapes[k];
  }

  /** The value level each milestone counts: its reading, capped by its hard prerequisites. */
  private byte[] levels(
      boolean gated, ReadingRule readingRule, DateRule dateRule, int window, long day) {
    int rule = (readingRule.ordinal() * DateRule.values().length + dateRule.ordinal()) * 2;
    Key key = new Key(rule + (gated ? 1 : 0), window, day);
    byte[] out = levels.get(key);
    if (out != null) {
      return out;
    }
    if (gated) {
      byte[] read = levels(false, readingRule, dateRule, window, day);
      out = new byte[read.length];
      int[] start = graph.hardStart();
      int[] targets = graph.hardTargets();
      for (int i = 0; i < out.length; i++) {
        int m = gatingOrder == null ? i : gatingOrder[i];
        int v = read[m];
        for (int e = start[m]; e < start[m + 1]; e++) {
          v = Math.min(v, out[targets[e]]);
        }
        out[m] = (byte) v;
      }
    } else {
      Plan plan =
          readingPlans.computeIfAbsent(
              ((long) rule << 32) | window,
              r ->
                  new Plan(
                      model,
                      IndexMethod.builder()
                          .milestoneWeights(Weights.fromModel())
                          .aggregation(Aggregation.ARITHMETIC)
                          .structure(Structure.POOLED)
                          .includeUnscored(true)
                          .gating(Gating.NONE)
                          .readingRule(readingRule)
                          .dateRule(dateRule)
                          .disputeWindowDays(window)
                          .build()));
      out = new byte[plan.size];
      for (int m = 0; m < out.length; m++) {
        out[m] = (byte) (plan.read(m, day) & 3);
      }
    }
    levels.put(key, out);
    return out;
  }
}
