package io.github.thaw.index;

import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.Status;
import java.util.Objects;

/**
 * One milestone's part in an index result.
 *
 * @param milestone the milestone
 * @param dimension the id of its dimension
 * @param status its preferred reading: the status of the latest report
 * @param low its most conservative live reading
 * @param high its most optimistic live reading
 * @param counted the status it counts at after gating ({@code status} when not capped)
 * @param rawScore the score of {@code status}, in [0, 1]
 * @param countedScore the score of {@code counted}, in [0, 1]
 * @param weightInDimension its weight normalised within its dimension
 * @param weight its weight normalised in the total: {@code weightInDimension} times its dimension's
 *     normalised weight (when pooled, its weight over all scored milestones' weights, a dimension
 *     weighing the sum of its milestones' weights)
 * @param contribution the points of the 0–100 value it accounts for; contributions add up to the
 *     value (see {@code docs/methodology.md} for geometric means and weakest links)
 */
public record MilestoneScore(
    MilestoneId milestone,
    String dimension,
    Status status,
    Status low,
    Status high,
    Status counted,
    double rawScore,
    double countedScore,
    double weightInDimension,
    double weight,
    double contribution) {

  /**
   * Checks for nulls.
   *
   * @throws NullPointerException if an id or status is null
   */
  public MilestoneScore {
    Objects.requireNonNull(milestone, "milestone");
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(low, "low");
    Objects.requireNonNull(high, "high");
    Objects.requireNonNull(counted, "counted");
  }

  /**
   * Whether a hard prerequisite holds this milestone below its own reading.
   *
   * @return true if {@code counted} is below {@code status}
   */
  public boolean isCapped() {
    return counted.compareTo(status) < 0;
  }

  /**
   * Whether live readings disagree.
   *
   * @return true if {@code low} and {@code high} differ
   */
  public boolean isDisputed() {
    return low != high;
  }
}
