package io.github.thaw.forecast;

import java.util.Locale;

/**
 * Where a forecast's calibrated step rates come from on each path. Steps whose duration the analyst
 * set (a transitions file, {@link Transitions.Builder#milestone}) keep it either way.
 */
public enum Rates {
  /**
   * Each path draws every calibrated step's rate from its posterior, {@link
   * Calibration#posterior(Step)}, by inverting one uniform of the path's own stream: the forecast
   * carries the uncertainty of the estimates, which the record of a young process makes wide.
   */
  POSTERIOR,
  /**
   * Every path uses each step's point estimate, {@link RateEstimate#rate()}: a plug-in forecast.
   */
  POINT;

  /**
   * The name as written on the command line and in JSON.
   *
   * @return {@code posterior} or {@code point}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
