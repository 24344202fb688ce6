package io.github.thaw.forecast;

/**
 * A common shock: the pace of the whole process on one path. Each path draws one tempo Z from a
 * gamma distribution with mean 1 and variance {@code dispersion}, and every step clock of every
 * milestone on that path runs at speed Z, so the steps of one process move together: a path where
 * talks go well goes well for all milestones. {@link Calibration#tempo(double)} estimates the
 * dispersion from how the record's transitions cluster on the same days; a transitions file can set
 * it ({@code tempo: {dispersion: 0.2}}, 0 for none).
 *
 * @param dispersion the variance of the tempo, from 0 (no common shock) to {@link #MAX_DISPERSION}
 */
public record Tempo(double dispersion) {
  /** The largest dispersion: a coefficient of variation of 10, far beyond any record's. */
  public static final double MAX_DISPERSION = 100;

  /** No common shock. */
  public static final Tempo NONE = new Tempo(0);

  /**
   * Checks the dispersion.
   *
   * @throws IllegalArgumentException naming the value unless it is a number from 0 to {@link
   *     #MAX_DISPERSION}
   */
  public Tempo {
    if (!(dispersion >= 0 && dispersion <= MAX_DISPERSION)) {
      throw new IllegalArgumentException(ForecastMessages.tempo(dispersion));
    }
  }

  /**
   * A tempo with a dispersion.
   *
   * @param dispersion the variance of the per-path tempo
   * @return the tempo
   * @throws IllegalArgumentException as the constructor does
   */
  public static Tempo of(double dispersion) {
    return new Tempo(dispersion);
  }

  /**
   * Whether the tempo varies across paths.
   *
   * @return true when the dispersion is positive
   */
  public boolean isActive() {
    return dispersion > 0;
  }
}
