package io.github.thaw.internal.index;

import io.github.thaw.internal.DependencyGraph;
import io.github.thaw.internal.SharedSecrets;
import io.github.thaw.internal.StatusTimeline;
import io.github.thaw.model.Dimension;
import io.github.thaw.model.ProcessModel;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The index of one model under many methods that differ only in scores, weights, pooling, inclusion
 * of unscored context, gating and the evidence rules, all with arithmetic means: the robustness
 * analysis asks for thousands of them. The status each milestone counts depends only on gating and
 * the evidence rules (few discrete combinations), so it is read once per (gating, reading rule,
 * date rule, window, day) and cached; the groups of each (pooled, include unscored) shape come from
 * one plan; a variant then costs one weighted pass over primitive arrays, repeating {@link
 * Engine}'s value sum (members in declaration order, blocks of {@value Engine#BLOCK} summed left to
 * right, block sums added in the same pairwise tree), its group clamps and {@link Plan#total}, so
 * the value is bit for bit the index evaluated from events for the same method: the same additions
 * in the same order.
 *
 * <p>The method's choices arrive as numbers: scores as points per status level over a scale, the
 * reading and date rules coded as in {@link EngineSpec}. Not thread-safe; make one per thread.
 */
public final class VariantEvaluator {
  /** Date rules, for the key of the level cache. */
  private static final int DATE_RULES = EngineSpec.MIDPOINT + 1;

  /** The scores of a plan whose grouping and readings are used, never its sums. */
  private static final double[] UNREAD_POINTS = {0, 1, 2, 3};

  private final ProcessModel model;
  private final double[] modelDimensionWeights;
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

  /**
   * An evaluator of a model's variants.
   *
   * @param model the model
   */
  public VariantEvaluator(ProcessModel model) {
    this.model = model;
    this.modelDimensionWeights =
        model.dimensions().stream().mapToDouble(Dimension::weight).toArray();
    this.graph = SharedSecrets.graph(model);
    this.gatingOrder = graph.hardEdgesPointBackward() ? null : graph.topologicalOrder();
  }

  /**
   * The index value of one variant at a day.
   *
   * @param points the points of each status level, {@code NOT_STARTED} to {@code COMPLETED}
   * @param scale the points of a complete milestone, finite and positive
   * @param milestoneWeights per milestone in declaration order, as the method's explicit weights
   * @param dimensionWeights per dimension in model order, as the method's explicit weights
   * @param pooled milestones pooled (no dimensions) rather than averaged by dimension
   * @param includeUnscored whether unscored context counts
   * @param gated capped by prerequisites rather than not gated
   * @param readingRule the reading rule, as {@link EngineSpec#readingRule()}
   * @param dateRule the date rule, as {@link EngineSpec#dateRule()}
   * @param window the dispute window in days
   * @param day the epoch day
   * @return the value, 0–100
   * @throws IllegalArgumentException as {@link Plan#Plan} for a model that cannot be indexed
   */
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
    byte[] level = levels(gated, readingRule, dateRule, window, day);
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
      EngineSpec spec =
          spec(
              pooled,
              includeUnscored,
              EngineSpec.LATEST,
              EngineSpec.END_OF_PERIOD,
              StatusTimeline.DEFAULT_DISPUTE_WINDOW_DAYS);
      shapes[k] = new Shape(new Plan(model, spec), model.dimensions());
    }
    return shapes[k];
  }

  /**
   * A spec on the model's own weights, arithmetic means and no gating, which fixes what a plan's
   * grouping and readings depend on; its scores are never read.
   */
  private EngineSpec spec(
      boolean pooled, boolean includeUnscored, int readingRule, int dateRule, int window) {
    return new EngineSpec(
        UNREAD_POINTS,
        3,
        UNREAD_POINTS,
        UNREAD_POINTS,
        SharedSecrets.milestoneWeights(model),
        pooled ? null : modelDimensionWeights,
        pooled,
        EngineSpec.ARITHMETIC,
        EngineSpec.ARITHMETIC,
        includeUnscored,
        EngineSpec.NO_GATING,
        readingRule,
        dateRule,
        window);
  }

  /** The value level each milestone counts: its reading, capped by its hard prerequisites. */
  private byte[] levels(boolean gated, int readingRule, int dateRule, int window, long day) {
    int rule = (readingRule * DATE_RULES + dateRule) * 2;
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
              r -> new Plan(model, spec(true, true, readingRule, dateRule, window)));
      out = new byte[plan.size];
      for (int m = 0; m < out.length; m++) {
        out[m] = (byte) (plan.read(m, day) & 3);
      }
    }
    levels.put(key, out);
    return out;
  }
}
