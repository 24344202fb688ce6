package io.github.thaw.internal;

import io.github.thaw.index.IndexMethod;
import io.github.thaw.model.ProcessModel;
import java.util.function.Supplier;

/**
 * Lets other Thaw packages compute the index from status levels ({@link LevelIndex}) without making
 * that a public API. The index package installs the access when its evaluator class initialises;
 * {@link #levelIndex} triggers that.
 */
public final class IndexInternals {
  private static final String EVALUATOR = "io.github.thaw.index.LevelEvaluator";
  private static volatile Access access;

  private IndexInternals() {}

  /** What the index package exposes to the library's own packages. */
  public interface Access {
    /**
     * Resolves a method against a model, ready to make evaluators.
     *
     * @param method the method
     * @param model the model
     * @return a factory of independent evaluators
     */
    Supplier<LevelIndex> levelIndex(IndexMethod method, ProcessModel model);
  }

  /**
   * Called once by the index package.
   *
   * @param a the access
   */
  public static void install(Access a) {
    access = a;
  }

  /**
   * Resolves a method against a model for level-based evaluation.
   *
   * @param method the method
   * @param model the model
   * @return a factory of evaluators, each for one thread
   * @throws IllegalArgumentException as {@link IndexMethod#prepare} does for a method that does not
   *     fit the model
   */
  public static Supplier<LevelIndex> levelIndex(IndexMethod method, ProcessModel model) {
    if (access == null) {
      try {
        Class.forName(EVALUATOR, true, IndexInternals.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    return access.levelIndex(method, model);
  }
}
