package io.github.thaw.internal.index;

/**
 * The total of pooled milestones ({@link EngineSpec#pooled()}) from per-dimension groups. Pooled
 * milestones are still grouped by dimension, so that each dimension has its value (the mean of its
 * scored milestones, on the same scores and gating); the total is formed from the groups' sums of
 * member terms as one pool would form it: {@code Σ sums × 100 / (scale × Σ weights)} for arithmetic
 * means, which is the dimension values weighted by each dimension's total milestone weight. With
 * whole-number points and weights every sum is exact, so the value is the same double as one
 * pool's; otherwise it differs only by the order of the additions.
 */
final class PoolTotal {
  private PoolTotal() {}

  /**
   * Checks that the pooled milestones have weight at all, and marks a dimension whose milestones
   * all weigh 0 as having no value (weight sum 1, so that its members' shares are 0, not 0/0).
   *
   * @throws IllegalArgumentException if every scored milestone weighs 0
   */
  static void checkAndMarkEmpty(boolean[] context, double[] groupWeightSum) {
    double sum = 0;
    boolean anyScored = false;
    for (int g = 0; g < context.length; g++) {
      if (!context[g]) {
        anyScored = true;
        sum += groupWeightSum[g];
      }
    }
    if (anyScored && !(sum > 0)) {
      throw new IllegalArgumentException(InternalIndexMessages.zeroMilestoneWeights(null));
    }
    for (int g = 0; g < context.length; g++) {
      if (!context[g] && !(groupWeightSum[g] > 0)) {
        context[g] = true;
        groupWeightSum[g] = 1;
      }
    }
  }

  /**
   * The pooled total on 0–100 from the groups' sums of member terms, clamped to the range of the
   * dimension values (rounding never leaves it).
   *
   * @param plan a pooled plan
   * @param root per group, the sum of its members' terms (weight × points, or weight × ln(score +
   *     c)); unused for weakest links
   * @param p per group, its value on 0–100
   */
  static double total(Plan plan, double[] root, double[] p) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    double s = 0;
    for (int g = 0; g < p.length; g++) {
      if (plan.dimensionWeight[g] > 0) {
        lo = Math.min(lo, p[g]);
        hi = Math.max(hi, p[g]);
        s += root[g];
      }
    }
    double x =
        switch (plan.milestoneAggregation) {
          case EngineSpec.ARITHMETIC -> s * 100 / (plan.scale * plan.dimensionWeightSum);
          case EngineSpec.GEOMETRIC ->
              100 * (Math.exp(s / plan.dimensionWeightSum) - EngineSpec.GEOMETRIC_SHIFT);
          default -> lo;
        };
    return Math.min(hi, Math.max(lo, x));
  }
}
