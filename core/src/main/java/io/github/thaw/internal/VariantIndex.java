package io.github.thaw.internal;

/**
 * The index of one model under many methods that differ only in scores, weights, pooling, inclusion
 * of unscored context, gating and the evidence rules, all with arithmetic means: the robustness
 * analysis asks for thousands of them. The status each milestone counts depends only on gating and
 * the evidence rules (few discrete combinations), so it is read once per combination and date and
 * reused; a variant then costs one weighted pass over primitive arrays. Values are bit for bit
 * those of {@code IndexMethod.evaluate} for the same method: the same additions in the same order.
 *
 * <p>This package names no API type, so the method's choices arrive as numbers: scores as points
 * per status level over a scale (as {@code StatusScores.points} and {@code scale}), the reading and
 * date rules as the ordinals of {@code ReadingRule} and {@code DateRule}. Obtained from {@link
 * SharedSecrets#variantIndex}. Not thread-safe; make one per thread.
 */
public interface VariantIndex {
  /**
   * The index value of one variant at a day.
   *
   * @param points the points of each status level, {@code NOT_STARTED} to {@code COMPLETED}
   * @param scale the points of a complete milestone, finite and positive
   * @param milestoneWeights per milestone in declaration order, as the method's explicit weights
   * @param dimensionWeights per dimension in model order, as the method's explicit weights
   * @param pooled milestones pooled (no dimensions) rather than averaged by dimension
   * @param includeUnscored whether unscored context counts
   * @param gated capped by prerequisites ({@code Gating.CAP_BY_PREREQUISITES}) rather than not
   *     gated ({@code Gating.NONE})
   * @param readingRule the ordinal of the {@code ReadingRule}
   * @param dateRule the ordinal of the {@code DateRule}
   * @param window the dispute window in days
   * @param day the epoch day
   * @return the value, 0–100
   */
  double value(
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
      long day);
}
