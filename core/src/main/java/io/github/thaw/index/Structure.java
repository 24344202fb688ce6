package io.github.thaw.index;

/** How milestones are grouped before the total is formed. */
public enum Structure {
  /**
   * Two levels: milestones are aggregated within their dimension, then dimensions into the total.
   */
  BY_DIMENSION,
  /**
   * One level: every milestone enters the total directly and dimensions are ignored, as in the
   * Peace Accords Matrix aggregate. Dimension weights and the dimension-level aggregation are not
   * used, and the result has no per-dimension values.
   */
  POOLED
}
