package io.github.thaw.internal;

import io.github.thaw.index.DateRule;
import io.github.thaw.index.Gating;
import io.github.thaw.index.ReadingRule;
import io.github.thaw.index.StatusScores;
import io.github.thaw.model.ProcessModel;
import java.util.function.Function;

/**
 * The index of one model under many methods that differ only in scores, weights, pooling, inclusion
 * of unscored context, gating and the evidence rules, all with arithmetic means: the robustness
 * analysis asks for thousands of them. The status each milestone counts depends only on gating and
 * the evidence rules (few discrete combinations), so it is read once per combination and date and
 * reused; a variant then costs one weighted pass over primitive arrays. Values are bit for bit
 * those of {@code IndexMethod.evaluate} for the same method: the same additions in the same order.
 * Not thread-safe; make one per thread.
 */
public interface VariantIndex {
  /**
   * The index value of one variant at a day.
   *
   * @param scores the status scores
   * @param milestoneWeights per milestone in declaration order, as the method's explicit weights
   * @param dimensionWeights per dimension in model order, as the method's explicit weights
   * @param pooled milestones pooled (no dimensions) rather than averaged by dimension
   * @param includeUnscored whether unscored context counts
   * @param gating {@link Gating#CAP_BY_PREREQUISITES} or {@link Gating#NONE}
   * @param readingRule the reading rule
   * @param dateRule the date rule
   * @param window the dispute window in days
   * @param day the epoch day
   * @return the value, 0–100
   */
  double value(
      StatusScores scores,
      double[] milestoneWeights,
      double[] dimensionWeights,
      boolean pooled,
      boolean includeUnscored,
      Gating gating,
      ReadingRule readingRule,
      DateRule dateRule,
      int window,
      long day);

  /** Where the index package installs its implementation. */
  final class Access {
    private static final String IMPLEMENTATION = "io.github.thaw.index.VariantEvaluator";
    private static volatile Function<ProcessModel, VariantIndex> factory;

    private Access() {}

    /**
     * Called once by the index package.
     *
     * @param f makes an evaluator for a model
     */
    public static void install(Function<ProcessModel, VariantIndex> f) {
      factory = f;
    }

    /**
     * An evaluator of a model's variants.
     *
     * @param model the model
     * @return a new evaluator, for one thread
     */
    public static VariantIndex of(ProcessModel model) {
      if (factory == null) {
        try {
          Class.forName(IMPLEMENTATION, true, VariantIndex.class.getClassLoader());
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
      }
      return factory.apply(model);
    }
  }
}
