package io.github.thaw.internal.index;

import java.util.Arrays;

/**
 * The index of one model under one method, computed from a status level per milestone rather than
 * from the model's events: the entry point the Monte Carlo forecast uses to turn each simulated
 * path into an index value per month. The levels given are the statuses the method counts: already
 * capped by prerequisites when the method gates, the readings themselves when it does not, so an
 * evaluator never gates again.
 *
 * <p>Per group it keeps the sum of member terms (weight × points, or weight × ln(score + c) for
 * geometric means) and the count of positively weighted members at each level, from which group
 * values and the total follow with the same formulas and clamps as {@link Engine}. Only the value
 * variant is kept: a forecast has one status per milestone, not a band. Updates are incremental:
 * {@link #set} costs O(1) and {@link #value()} O(dimensions). Its value equals the index evaluated
 * from events for the same counted statuses up to floating-point rounding of the order of 1e-12,
 * because sums are updated rather than rebuilt.
 *
 * <p>When both levels aggregate arithmetically (the default method and PAM), the index is linear in
 * the members' points, so the evaluator keeps the total itself and a change costs one addition: a
 * forecast asks for the value at every month of every path.
 *
 * <p>An evaluator is single-threaded state; every worker makes its own over the shared {@link
 * Plan}.
 */
public final class LevelEvaluator {
  private static final int LEVELS = Engine.LEVELS;

  private final Plan plan;
  private final int[] level;
  private final double[] groupRoot;
  private final int[] levelCount;
  private final double[] groupPercent;
  private final boolean[] dirty;
  private int[] level0;
  private double[] groupRoot0;
  private int[] levelCount0;

  /** Per milestone and level, its share of the total when the index is linear; else null. */
  private final double[] linear;

  private double linearTotal;
  private double linearTotal0;

  /**
   * An evaluator over a plan, all levels 0 until {@link #initialise}.
   *
   * @param plan the plan, shared between workers
   */
  public LevelEvaluator(Plan plan) {
    this.plan = plan;
    level = new int[plan.size];
    groupRoot = new double[plan.groups];
    levelCount = new int[plan.groups * LEVELS];
    groupPercent = new double[plan.groups];
    dirty = new boolean[plan.groups];
    boolean arithmetic =
        plan.milestoneAggregation == EngineSpec.ARITHMETIC
            && (plan.pooled || plan.dimensionAggregation == EngineSpec.ARITHMETIC);
    linear = arithmetic ? shares(plan) : null;
  }

  /** Each milestone's contribution at each level to a linear total. */
  private static double[] shares(Plan plan) {
    double[] out = new double[plan.size * LEVELS];
    for (int m = 0; m < plan.size; m++) {
      int g = plan.groupOf[m];
      // Pooled: every milestone's share of the one pool, as the pool would weigh it.
      double perPoint =
          plan.pooled
              ? 100 / (plan.scale * plan.dimensionWeightSum)
              : plan.dimensionWeight[g]
                  / plan.dimensionWeightSum
                  * 100
                  / (plan.scale * plan.groupWeightSum[g]);
      for (int l = 0; l < LEVELS; l++) {
        out[m * LEVELS + l] = perPoint * plan.term(m, l);
      }
    }
    return out;
  }

  /**
   * Sets every milestone's level and remembers them as the state {@link #restore()} returns to.
   *
   * @param levels per milestone in declaration order, 0–3
   * @throws IllegalArgumentException if there is not one level per milestone
   */
  public void initialise(int[] levels) {
    if (levels.length != plan.size) {
      throw new IllegalArgumentException(
          "expected " + plan.size + " levels, one per milestone, got " + levels.length);
    }
    System.arraycopy(levels, 0, level, 0, plan.size);
    Arrays.fill(groupRoot, 0);
    Arrays.fill(levelCount, 0);
    // Sums in declaration order within each group, which is the order of the group's members.
    for (int m = 0; m < plan.size; m++) {
      int g = plan.groupOf[m];
      groupRoot[g] += plan.term(m, level[m]);
      if (plan.weight[m] > 0) {
        levelCount[g * LEVELS + level[m]]++;
      }
    }
    for (int g = 0; g < plan.groups; g++) {
      groupPercent[g] = groupPercent(g);
    }
    level0 = level.clone();
    groupRoot0 = groupRoot.clone();
    levelCount0 = levelCount.clone();
    // The exact value to start from; linear updates then add to it.
    linearTotal = total();
    linearTotal0 = linearTotal;
  }

  /** Returns to the levels of the last {@link #initialise} call. O(milestones + dimensions). */
  public void restore() {
    System.arraycopy(level0, 0, level, 0, level.length);
    if (linear != null) {
      linearTotal = linearTotal0;
      return;
    }
    System.arraycopy(groupRoot0, 0, groupRoot, 0, groupRoot.length);
    System.arraycopy(levelCount0, 0, levelCount, 0, levelCount.length);
    for (int g = 0; g < plan.groups; g++) {
      groupPercent[g] = groupPercent(g);
      dirty[g] = false;
    }
  }

  /**
   * Changes one milestone's level.
   *
   * @param m the milestone's index in declaration order
   * @param newLevel its new level, 0–3
   */
  public void set(int m, int newLevel) {
    int old = level[m];
    if (old == newLevel) {
      return;
    }
    level[m] = newLevel;
    if (linear != null) {
      linearTotal += linear[m * LEVELS + newLevel] - linear[m * LEVELS + old];
      return;
    }
    int g = plan.groupOf[m];
    groupRoot[g] += plan.term(m, newLevel) - plan.term(m, old);
    if (plan.weight[m] > 0) {
      levelCount[g * LEVELS + old]--;
      levelCount[g * LEVELS + newLevel]++;
    }
    dirty[g] = true;
  }

  /**
   * The index value of the current levels.
   *
   * @return a value in [0, 100]
   */
  public double value() {
    if (linear != null) {
      return Math.min(100, Math.max(0, linearTotal));
    }
    for (int g = 0; g < plan.groups; g++) {
      if (dirty[g]) {
        groupPercent[g] = groupPercent(g);
        dirty[g] = false;
      }
    }
    return total();
  }

  /**
   * When the index is a fixed linear function of the levels (both aggregations arithmetic, as in
   * the default method and PAM), each milestone's contribution at each level: the index is the sum
   * over milestones of {@code shares[4 m + level]}, up to rounding. A caller may then add up
   * changes itself instead of calling {@link #set}.
   *
   * @return the shares (shared: do not modify), or null when the index is not linear
   */
  public double[] linearShares() {
    return linear;
  }

  /** Group g's value on 0–100, clamped to its members' range; as in {@link Engine}. */
  private double groupPercent(int g) {
    if (plan.context[g]) {
      return 0;
    }
    int o = g * LEVELS;
    int min = 0;
    while (levelCount[o + min] == 0) {
      min++;
    }
    int max = LEVELS - 1;
    while (levelCount[o + max] == 0) {
      max--;
    }
    double lo = plan.percent[min];
    double hi = plan.percent[max];
    double x =
        switch (plan.milestoneAggregation) {
          case EngineSpec.ARITHMETIC -> groupRoot[g] * 100 / (plan.scale * plan.groupWeightSum[g]);
          case EngineSpec.GEOMETRIC ->
              100 * (Math.exp(groupRoot[g] / plan.groupWeightSum[g]) - EngineSpec.GEOMETRIC_SHIFT);
          default -> lo;
        };
    return Math.min(hi, Math.max(lo, x));
  }

  /** The total from the group values; see {@link Plan#total}. */
  private double total() {
    return plan.total(groupRoot, groupPercent);
  }
}
