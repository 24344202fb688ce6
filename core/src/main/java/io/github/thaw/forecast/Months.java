package io.github.thaw.forecast;

import java.time.LocalDate;

/** Time in forecasts and calibration: months of the Gregorian average length, from a date. */
final class Months {
  /** 365.2425 / 12 days: the average Gregorian month. */
  static final double DAYS = 365.2425 / 12;

  private Months() {}

  /** Months from {@code origin} to {@code date}; negative before it. */
  static double between(LocalDate origin, LocalDate date) {
    return (date.toEpochDay() - origin.toEpochDay()) / DAYS;
  }
}
