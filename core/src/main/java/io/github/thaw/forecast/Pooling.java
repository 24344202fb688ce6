package io.github.thaw.forecast;

import java.util.Locale;

/**
 * How far a forecast lets milestones differ from the step rates pooled over all of them ({@link
 * Forecast.Builder#pooling(Pooling)}, {@code pooling:} in a transitions file). Each partial pooling
 * is empirical Bayes: the spread between groups is estimated from the record by the method of
 * moments, and each path draws each group's rate factor from its posterior, so a group read from
 * few transitions stays uncertain.
 */
public enum Pooling {
  /** Every milestone shares each step's rate (full pooling). */
  NONE,
  /**
   * Each dimension's rate of a step is drawn around the step's pooled rate ({@link
   * Calibration#groups()}).
   */
  DIMENSION,
  /**
   * Each milestone has its own pace, a factor on all its step rates drawn from its posterior given
   * its own record ({@link Calibration#frailties()}).
   */
  MILESTONE;

  /**
   * The name as written on the command line, in transitions files and in JSON.
   *
   * @return {@code none}, {@code dimension} or {@code milestone}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
