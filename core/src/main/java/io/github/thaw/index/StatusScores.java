package io.github.thaw.index;

import io.github.thaw.model.Status;
import java.util.Arrays;
import java.util.Objects;

/**
 * The score of each status on [0, 1]: {@code NOT_STARTED} 0, {@code AGREED} 1/3, {@code
 * IN_PROGRESS} 2/3 and {@code COMPLETED} 1 by default.
 *
 * <p>Scores are held as points over a scale ({@code score = points / scale}), so that the default
 * scale, the Peace Accords Matrix coding 0–3 over 3, is summed in whole numbers and divided once.
 * That is what lets {@link IndexMethod#pam()} reproduce PAM's aggregate to the last digit.
 *
 * <pre>{@code
 * StatusScores thirds = StatusScores.defaults();            // 0, 1/3, 2/3, 1
 * StatusScores strict = StatusScores.of(0, 0.1, 0.4, 1);    // agreements count for little
 * StatusScores tenths = StatusScores.ofPoints(10, 0, 2, 5, 10);
 * }</pre>
 */
public final class StatusScores {
  private static final int LEVELS = Status.values().length;
  private static final StatusScores DEFAULTS = new StatusScores(3, new double[] {0, 1, 2, 3});
  private static final StatusScores AGREEMENT = new StatusScores(1, new double[] {0, 1, 1, 1});
  private static final StatusScores IMPLEMENTATION = new StatusScores(3, new double[] {0, 0, 2, 3});

  private final double scale;
  private final double[] points;

  private StatusScores(double scale, double[] points) {
    this.scale = scale;
    this.points = points;
  }

  /**
   * The default scores 0, 1/3, 2/3, 1: the Peace Accords Matrix coding 0–3 divided by 3.
   *
   * @return the default scores
   */
  public static StatusScores defaults() {
    return DEFAULTS;
  }

  /**
   * The agreement scores 0, 1, 1, 1: a milestone counts in full once it is agreed or announced, so
   * an index on these scores is the weighted share of milestones at {@code AGREED} or beyond.
   *
   * @return the agreement scores
   */
  public static StatusScores agreement() {
    return AGREEMENT;
  }

  /**
   * The implementation scores 0, 0, 2/3, 1: the Peace Accords Matrix reading of implementation on
   * Thaw's scale. PAM codes a provision 0 (not implemented), 1 (minimal), 2 (intermediate) or 3
   * (full) and only after it is in a signed accord; an {@code AGREED} milestone is exactly that
   * signed, not yet implemented provision, so it scores 0, {@code IN_PROGRESS} is PAM's
   * intermediate 2 of 3, and {@code COMPLETED} is full implementation.
   *
   * @return the implementation scores
   */
  public static StatusScores implementation() {
    return IMPLEMENTATION;
  }

  /**
   * Custom scores, one per status from {@code NOT_STARTED} to {@code COMPLETED}.
   *
   * @param scores four scores in [0, 1], non-decreasing
   * @return the scores
   * @throws IllegalArgumentException if there are not four scores, or one is NaN or outside [0, 1],
   *     or one is below the score of the status before it; the message names the bad value
   */
  public static StatusScores of(double... scores) {
    return ofPoints(1.0, scores);
  }

  /**
   * Scores given as points over a scale, such as PAM's 0–3 over 3. Whole points are summed exactly,
   * which keeps aggregates free of rounding until the final division.
   *
   * @param scale the points of a complete milestone's maximum, finite and positive
   * @param points four points in [0, scale], non-decreasing
   * @return the scores
   * @throws IllegalArgumentException if the scale is not finite and positive, there are not four
   *     points, or one is NaN, outside [0, scale] or below the one before it
   */
  public static StatusScores ofPoints(double scale, double... points) {
    Objects.requireNonNull(points, "points");
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException(IndexMessages.badScale(scale));
    }
    if (points.length != LEVELS) {
      throw new IllegalArgumentException(IndexMessages.scoreCount(points.length));
    }
    double[] copy = points.clone();
    for (int l = 0; l < LEVELS; l++) {
      double p = copy[l];
      if (Double.isNaN(p) || p < 0 || p > scale) {
        throw new IllegalArgumentException(
            IndexMessages.scoreOutOfRange(Status.ofLevel(l), p, scale));
      }
      if (l > 0 && p < copy[l - 1]) {
        throw new IllegalArgumentException(
            IndexMessages.scoreDecreasing(
                Status.ofLevel(l), p, Status.ofLevel(l - 1), copy[l - 1], scale));
      }
    }
    return new StatusScores(scale, copy);
  }

  /**
   * The score of a status.
   *
   * @param status the status
   * @return its score in [0, 1]
   */
  public double score(Status status) {
    return points[status.level()] / scale;
  }

  /**
   * The points of a status on this scale.
   *
   * @param status the status
   * @return its points in [0, {@link #scale()}]
   */
  public double points(Status status) {
    return points[status.level()];
  }

  /**
   * The points that make a score of 1.
   *
   * @return the scale; 1 for scores given by {@link #of}
   */
  public double scale() {
    return scale;
  }

  double[] pointsArray() {
    return points;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StatusScores other
        && scale == other.scale
        && Arrays.equals(points, other.points);
  }

  @Override
  public int hashCode() {
    return 31 * Double.hashCode(scale) + Arrays.hashCode(points);
  }

  /** The scores as {@code 0, 1/3, 2/3, 1} (points over the scale) or {@code 0, 0.1, 0.4, 1}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (int l = 0; l < LEVELS; l++) {
      if (l > 0) {
        out.append(", ");
      }
      double p = points[l];
      if (scale == 1.0) {
        out.append(IndexMessages.number(p));
      } else if (p == 0 || p == scale) {
        out.append(p == 0 ? "0" : "1");
      } else {
        out.append(IndexMessages.number(p)).append('/').append(IndexMessages.number(scale));
      }
    }
    return out.toString();
  }
}
