package io.github.thaw.index;

/** Whether hard dependencies limit how far a milestone counts. Soft dependencies never gate. */
public enum Gating {
  /** Every milestone counts at its own reading. */
  NONE,
  /**
   * A milestone counts no further than its least-advanced hard prerequisite, as that prerequisite
   * itself counts, so caps pass down chains of {@code requires}. Every cap is reported as a {@link
   * GatingFinding}.
   */
  CAP_BY_PREREQUISITES
}
