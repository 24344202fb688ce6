package io.github.thaw.index;

/** How milestones are grouped before the total is formed. */
public enum Structure {
  /**
   * Two levels: milestones are aggregated within their dimension, then dimensions into the total.
   */
  BY_DIMENSION,
  /**
   * One level: every milestone enters the total directly, as in the Peace Accords Matrix aggregate.
   * Dimension weights and the dimension-level aggregation are not used. Each dimension still has a
   * value, its milestones aggregated alone; the total is the same as those values weighted by each
   * dimension's total milestone weight (exactly so for arithmetic means).
   */
  POOLED
}
