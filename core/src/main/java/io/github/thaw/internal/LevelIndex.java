package io.github.thaw.internal;

/**
 * The index of one model under one method, computed from a status level per milestone rather than
 * from the model's events: the entry point the Monte Carlo forecast uses to turn each simulated
 * path into an index value per month. The levels given are the statuses the method counts: already
 * capped by prerequisites when the method gates, the readings themselves when it does not, so an
 * evaluator never gates again.
 *
 * <p>Updates are incremental: {@link #set} costs O(1) and {@link #value()} O(dimensions). An
 * evaluator is single-threaded state; every worker makes its own from the factory in {@link
 * SharedSecrets#levelIndex}. Its value equals {@code IndexMethod.evaluate} for the same counted
 * statuses up to floating-point rounding of the order of 1e-12, because sums are updated rather
 * than rebuilt.
 */
public interface LevelIndex {
  /**
   * Sets every milestone's level and remembers them as the state {@link #restore()} returns to.
   *
   * @param levels per milestone in declaration order, 0–3
   */
  void initialise(int[] levels);

  /** Returns to the levels of the last {@link #initialise} call. O(milestones + dimensions). */
  void restore();

  /**
   * Changes one milestone's level.
   *
   * @param milestone the milestone's index in declaration order
   * @param level its new level, 0–3
   */
  void set(int milestone, int level);

  /**
   * The index value of the current levels.
   *
   * @return a value in [0, 100]
   */
  double value();

  /**
   * When the index is a fixed linear function of the levels (both aggregations arithmetic, as in
   * the default method and PAM), each milestone's contribution at each level: the index is the sum
   * over milestones of {@code shares[4 m + level]}, up to rounding. A caller may then add up
   * changes itself instead of calling {@link #set}.
   *
   * @return the shares (shared: do not modify), or null when the index is not linear
   */
  double[] linearShares();
}
