package io.github.thaw.forecast;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date read off a forecast's monthly checkpoints, or "after the horizon": completion-date
 * percentiles need both, since a milestone may not complete within the horizon on many paths.
 *
 * @param date the checkpoint (the as-of date or a month end) by which it happened; for {@code
 *     afterHorizon}, the horizon's last day
 * @param afterHorizon whether it happens only after the horizon, if ever
 */
public record ForecastDate(LocalDate date, boolean afterHorizon) {
  /** Checks for null. */
  public ForecastDate {
    Objects.requireNonNull(date, "date");
  }

  /** {@code 2027-03-31}, or {@code after 2030-09-30}. */
  @Override
  public String toString() {
    return afterHorizon ? "after " + date : date.toString();
  }
}
