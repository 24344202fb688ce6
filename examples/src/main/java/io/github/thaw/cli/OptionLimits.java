package io.github.thaw.cli;

import io.github.thaw.model.Limits;
import java.time.LocalDate;
import java.time.YearMonth;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The budget of every numeric option, checked before any work starts: a value beyond it is a usage
 * error (exit 2) naming the option, the value and the limit ({@link Limits}, docs/limits.md).
 */
final class OptionLimits {
  private OptionLimits() {}

  /**
   * Checks a count option.
   *
   * @param cli the command, for the usage error
   * @param option the option's name, such as {@code --samples}
   * @param value its value
   * @param min the least value accepted
   * @param max the most value accepted
   * @throws ParameterException outside {@code min … max}
   */
  static void range(CommandLine cli, String option, long value, long min, long max) {
    if (value < min || value > max) {
      throw new ParameterException(
          cli, option + " is " + value + "; it must be from " + min + " to " + max);
    }
  }

  /**
   * Checks a sample count that 0 turns off.
   *
   * @param cli the command
   * @param option the option's name
   * @param value 0, or {@code min … max}
   * @param min the least value other than 0
   * @param max the most value
   * @throws ParameterException otherwise
   */
  static void zeroOrRange(CommandLine cli, String option, long value, long min, long max) {
    if (value != 0 && (value < min || value > max)) {
      throw new ParameterException(
          cli,
          option
              + " is "
              + value
              + "; it must be 0 (leave the section out) or from "
              + min
              + " to "
              + max);
    }
  }

  /**
   * Checks a forecast's horizon against its start.
   *
   * @param cli the command
   * @param start the as-of date
   * @param horizon the horizon given, or null for the default
   * @param defaultYears the default horizon in years after the start
   * @throws ParameterException if the horizon is more than {@link Limits#MAX_HORIZON_YEARS} after
   *     the start or after {@link Limits#MAX_YEAR}
   */
  static void horizon(CommandLine cli, LocalDate start, YearMonth horizon, int defaultYears) {
    YearMonth latest = YearMonth.from(start).plusYears(Limits.MAX_HORIZON_YEARS);
    if (YearMonth.from(start).getYear() > Limits.MAX_YEAR) {
      throw new ParameterException(
          cli, "--as-of " + start + " is after the year " + Limits.MAX_YEAR);
    }
    if (latest.getYear() > Limits.MAX_YEAR) {
      latest = YearMonth.of(Limits.MAX_YEAR, 12);
    }
    if (horizon == null) {
      YearMonth end = YearMonth.from(start.plusYears(defaultYears));
      if (end.isAfter(latest)) {
        throw new ParameterException(
            cli,
            "the default horizon "
                + end
                + " ("
                + defaultYears
                + " years after "
                + start
                + ") is after "
                + latest
                + "; give --horizon YYYY-MM up to "
                + latest);
      }
    } else if (horizon.isAfter(latest)) {
      throw new ParameterException(
          cli,
          "--horizon "
              + horizon
              + " is after "
              + latest
              + " (at most "
              + Limits.MAX_HORIZON_YEARS
              + " years after the as-of date "
              + start
              + ", and no later than "
              + Limits.MAX_YEAR
              + ")");
    }
  }
}
