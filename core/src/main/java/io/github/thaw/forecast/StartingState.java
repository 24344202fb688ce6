package io.github.thaw.forecast;

/**
 * Where each path of a forecast starts when sources disagree about a milestone at the as-of date
 * (its live readings differ, the band of {@code ProcessModel.stateAt}).
 */
public enum StartingState {
  /** Every path starts from each milestone's preferred (latest) reading: the band is dropped. */
  PREFERRED,
  /**
   * Each path starts a disputed milestone at one of its distinct live reading levels, drawn
   * uniformly by one uniform of the path's own stream, so the forecast carries the disagreement.
   */
  LIVE_READINGS
}
