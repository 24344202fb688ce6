package io.github.thaw.internal.index;

/**
 * What the engine needs of an index method, resolved against one model, as numbers: the index
 * package writes the one translation from an {@code IndexMethod} ({@code MethodResolver}), so the
 * engine names no API type. Choices are coded by the ordinals of the API's enums ({@code
 * Aggregation}, {@code Gating}, {@code ReadingRule}, {@code DateRule}); the constants below name
 * them and {@code MethodResolverTest} keeps the two in step. Arrays are shared, never written.
 *
 * @param points the points of each status level, {@code NOT_STARTED} to {@code COMPLETED}
 * @param scale the points of a complete milestone, finite and positive
 * @param agreementScores the agreement component's score of each level, 0–1
 * @param implementationScores the implementation component's score of each level, 0–1
 * @param milestoneWeights per milestone in declaration order, explicit and AHP weights applied
 * @param dimensionWeights per dimension in model order; null when milestones are pooled (or the
 *     model has none), since pooled milestones are not weighted by dimension
 * @param pooled milestones pooled rather than aggregated by dimension
 * @param milestoneAggregation how milestones combine: {@link #ARITHMETIC}, {@link #GEOMETRIC} or
 *     {@link #WEAKEST_LINK}
 * @param dimensionAggregation how dimensions combine, as {@code milestoneAggregation}
 * @param includeUnscored whether unscored context counts
 * @param gating {@link #NO_GATING}, {@link #CAP_BY_PREREQUISITES} or {@link #FLAG_ONLY}
 * @param readingRule {@link #LATEST}, {@link #CONSERVATIVE}, {@link #OPTIMISTIC} or {@link
 *     #MOST_RELIABLE}
 * @param dateRule {@link #END_OF_PERIOD}, {@link #START_OF_PERIOD} or {@link #MIDPOINT}
 * @param disputeWindowDays the dispute window in days
 */
public record EngineSpec(
    double[] points,
    double scale,
    double[] agreementScores,
    double[] implementationScores,
    double[] milestoneWeights,
    double[] dimensionWeights,
    boolean pooled,
    int milestoneAggregation,
    int dimensionAggregation,
    boolean includeUnscored,
    int gating,
    int readingRule,
    int dateRule,
    int disputeWindowDays) {

  /** The weighted arithmetic mean. */
  public static final int ARITHMETIC = 0;

  /** The weighted geometric mean of scores shifted by {@link #GEOMETRIC_SHIFT}. */
  public static final int GEOMETRIC = 1;

  /** The minimum over elements of positive weight. */
  public static final int WEAKEST_LINK = 2;

  /** Every milestone counts at its own reading. */
  public static final int NO_GATING = 0;

  /** A milestone counts no further than its least-advanced hard prerequisite. */
  public static final int CAP_BY_PREREQUISITES = 1;

  /** Violations of hard prerequisites are reported, not capped. */
  public static final int FLAG_ONLY = 2;

  /** The latest live report. */
  public static final int LATEST = 0;

  /** The least advanced live report. */
  public static final int CONSERVATIVE = 1;

  /** The most advanced live report. */
  public static final int OPTIMISTIC = 2;

  /** The live report with the best-graded source, then the latest, then the lowest. */
  public static final int MOST_RELIABLE = 3;

  /** A month or year report counts from the last day of its period. */
  public static final int END_OF_PERIOD = 0;

  /** A month or year report counts from the first day of its period. */
  public static final int START_OF_PERIOD = 1;

  /** A month or year report counts from the middle day of its period (rounded down). */
  public static final int MIDPOINT = 2;

  /**
   * The shift {@code c = 1/99} of geometric means, {@code exp(Σ w·ln(s + c) / Σ w) − c}; the API's
   * {@code Aggregation.GEOMETRIC_SHIFT} is this constant.
   */
  public static final double GEOMETRIC_SHIFT = 1.0 / 99.0;
}
