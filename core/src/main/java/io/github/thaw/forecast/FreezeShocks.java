package io.github.thaw.forecast;

import io.github.thaw.model.Limits;

/**
 * Process-wide freezes that strike at random: talks stall, an election or a crisis intervenes.
 * Freezes start as a Poisson process with {@code ratePerYear}, after the as-of date, and each lasts
 * {@code months}; overlapping freezes merge. While a freeze lasts no step's clock runs, for every
 * milestone at once: work already done on a step is kept and resumes when the freeze ends.
 *
 * @param ratePerYear how many freezes start per year on average, from 0 to {@link
 *     io.github.thaw.model.Limits#MAX_FREEZE_RATE_PER_YEAR}
 * @param months how long each lasts, {@code > 0} and at most {@link
 *     io.github.thaw.model.Limits#MAX_DURATION_MONTHS}
 */
public record FreezeShocks(double ratePerYear, double months) {
  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException naming the value if the rate is negative or not finite, or the
   *     length is not a finite number {@code > 0}
   */
  public FreezeShocks {
    if (!(ratePerYear >= 0 && ratePerYear <= Limits.MAX_FREEZE_RATE_PER_YEAR)) {
      throw new IllegalArgumentException(ForecastMessages.freezeRate(ratePerYear));
    }
    if (!(months > 0 && months <= Limits.MAX_DURATION_MONTHS)) {
      throw new IllegalArgumentException(ForecastMessages.freezeMonths(months));
    }
  }

  /**
   * Freezes with a rate and a length.
   *
   * @param ratePerYear freezes per year on average
   * @param months the length of each
   * @return the shocks
   * @throws IllegalArgumentException as the constructor does
   */
  public static FreezeShocks of(double ratePerYear, double months) {
    return new FreezeShocks(ratePerYear, months);
  }
}
