package io.github.thaw.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to a day ({@code 2022-07-01}), a month ({@code 2024-07}) or a year ({@code 1993}).
 *
 * <p>An event known only to a month or a year counts from the end of its period: {@link
 * #effectiveDate()} is the last day of the month or year. That way a month-precision report never
 * moves the index before the day it could have been known.
 *
 * @param year the year, 1 to 9999
 * @param month the month 1–12, or 0 when the precision is {@link Precision#YEAR}
 * @param day the day of the month, or 0 when the precision is coarser than {@link Precision#DAY}
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {
  private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  /** How precisely a date is known. */
  public enum Precision {
    /** Known to the year. */
    YEAR,
    /** Known to the month. */
    MONTH,
    /** Known to the day. */
    DAY
  }

  /**
   * Validates the date.
   *
   * @throws IllegalArgumentException if the fields do not form a real date, naming it
   */
  public PartialDate {
    String reason = reasonInvalid(year, month, day);
    if (reason != null) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "%04d-%02d-%02d is not a date: %s", year, month, day, reason));
    }
  }

  private static String reasonInvalid(int year, int month, int day) {
    if (year < 1 || year > 9999) {
      return "year " + year + " is outside 0001..9999";
    }
    if (month < 0 || month > 12) {
      return "month " + month + " is outside 01..12";
    }
    if (month == 0 && day != 0) {
      return "a day needs a month";
    }
    if (day < 0 || day > YearMonth.of(year, Math.max(month, 1)).lengthOfMonth()) {
      YearMonth ym = YearMonth.of(year, month);
      return String.format(Locale.ROOT, "%s has %d days", ym, ym.lengthOfMonth());
    }
    return null;
  }

  /**
   * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
   *
   * @param text the date as written in a model file
   * @return the date with the precision the text gives
   * @throws IllegalArgumentException naming the text if it is not one of the three forms or not a
   *     real date
   */
  public static PartialDate parse(String text) {
    Objects.requireNonNull(text, "date");
    Matcher m = FORM.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "date '" + text + "' is not of the form YYYY, YYYY-MM or YYYY-MM-DD");
    }
    int y = Integer.parseInt(m.group(1));
    int mo = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    int d = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    String reason = reasonInvalid(y, mo, d);
    if (reason == null && m.group(2) != null && mo == 0) {
      reason = "month 00 is outside 01..12";
    } else if (reason == null && m.group(3) != null && d == 0) {
      reason = "day 00 is not a day of the month";
    }
    if (reason != null) {
      throw new IllegalArgumentException("date '" + text + "' is not a date: " + reason);
    }
    return new PartialDate(y, mo, d);
  }

  /**
   * A date known to the day.
   *
   * @param date the day
   * @return the date with {@link Precision#DAY}
   */
  public static PartialDate of(LocalDate date) {
    return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * A date known to the month.
   *
   * @param year the year
   * @param month the month, 1–12
   * @return the date with {@link Precision#MONTH}
   */
  public static PartialDate ofMonth(int year, int month) {
    return new PartialDate(year, month, 0);
  }

  /**
   * A date known to the year.
   *
   * @param year the year
   * @return the date with {@link Precision#YEAR}
   */
  public static PartialDate ofYear(int year) {
    return new PartialDate(year, 0, 0);
  }

  /**
   * How precisely this date is known.
   *
   * @return the precision
   */
  public Precision precision() {
    if (month == 0) {
      return Precision.YEAR;
    }
    return day == 0 ? Precision.MONTH : Precision.DAY;
  }

  /**
   * The day from which an event of this date counts: the day itself, or the last day of the month
   * or year.
   *
   * @return the effective day
   */
  public LocalDate effectiveDate() {
    return switch (precision()) {
      case DAY -> LocalDate.of(year, month, day);
      case MONTH -> YearMonth.of(year, month).atEndOfMonth();
      case YEAR -> LocalDate.of(year, 12, 31);
    };
  }

  /**
   * The first day of the period this date covers.
   *
   * @return the first day
   */
  public LocalDate startDate() {
    return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
  }

  /** Orders by effective date, then the more precise first. */
  @Override
  public int compareTo(PartialDate other) {
    int c = effectiveDate().compareTo(other.effectiveDate());
    return c != 0 ? c : other.precision().compareTo(precision());
  }

  /** The date as written in model files: {@code 1993}, {@code 2024-07} or {@code 2022-07-01}. */
  @Override
  public String toString() {
    return switch (precision()) {
      case DAY -> String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", year, month);
      case YEAR -> String.format(Locale.ROOT, "%04d", year);
    };
  }
}
