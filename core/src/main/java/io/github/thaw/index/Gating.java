package io.github.thaw.index;

/**
 * Whether hard dependencies limit how far a milestone counts, or are only checked. Soft
 * dependencies never gate.
 */
public enum Gating {
  /** Every milestone counts at its own reading. */
  NONE,
  /**
   * A milestone counts no further than its least-advanced hard prerequisite, as that prerequisite
   * itself counts, so caps pass down chains of {@code requires}. Every cap is reported as a {@link
   * GatingFinding}.
   */
  CAP_BY_PREREQUISITES,
  /**
   * Every milestone counts at its own reading, as with {@link #NONE}, but each milestone reported
   * further along than one of its hard prerequisites is reported as a {@link GatingFinding}: the
   * violation is flagged for the analyst to judge, the evidence is not rewritten.
   */
  FLAG_ONLY
}
