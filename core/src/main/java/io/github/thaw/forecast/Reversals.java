package io.github.thaw.forecast;

/**
 * Random reversals: on every path, a milestone whose own status is AGREED or above falls one level
 * at a constant hazard per month, and climbs again from there with a fresh step clock. COMPLETED
 * falls too (a border opened can close again). {@link Calibration#reversals()} estimates the hazard
 * from the record's status decreases, with a prior that acts as a floor when none was seen; a
 * transitions file can set it ({@code reversals: {hazard: 0.002}}, 0 for none).
 *
 * @param hazard the chance per month that a milestone at AGREED or above falls one level, from 0
 *     (statuses only rise) to {@link #MAX_HAZARD}
 */
public record Reversals(double hazard) {
  /** The largest hazard: a fall a month on average, far beyond any record's. */
  public static final double MAX_HAZARD = 1;

  /** No random reversals: statuses only rise unless a scenario sets them back. */
  public static final Reversals NONE = new Reversals(0);

  /**
   * Checks the hazard.
   *
   * @throws IllegalArgumentException naming the value unless it is a number from 0 to {@link
   *     #MAX_HAZARD}
   */
  public Reversals {
    if (!(hazard >= 0 && hazard <= MAX_HAZARD)) {
      throw new IllegalArgumentException(ForecastMessages.reversals(hazard));
    }
  }

  /**
   * Reversals at a hazard.
   *
   * @param hazard per month
   * @return the reversals
   * @throws IllegalArgumentException as the constructor does
   */
  public static Reversals of(double hazard) {
    return new Reversals(hazard);
  }

  /**
   * Whether paths draw reversals at all.
   *
   * @return true when the hazard is positive
   */
  public boolean isActive() {
    return hazard > 0;
  }
}
