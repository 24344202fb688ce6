package io.github.thaw.forecast;

import io.github.thaw.model.Limits;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Every message of the forecast package in one place, so wording stays the same and tests pin it.
 */
final class ForecastMessages {
  private ForecastMessages() {}

  static String notFinite(String family, String what, double value) {
    return family + " duration: " + what + " must be a finite number of months, got " + value;
  }

  static String negative(String family, String what, double value) {
    return family
        + " duration: "
        + what
        + " is "
        + value
        + " months; a duration cannot be negative";
  }

  static String threePoint(String family, double min, double mode, double max) {
    return family
        + " duration needs min <= mode <= max with min < max, got min="
        + min
        + ", mode="
        + mode
        + ", max="
        + max;
  }

  static String lognormal(double median, double p90) {
    return "lognormal duration needs 0 < median < p90, got median=" + median + ", p90=" + p90;
  }

  static String rate(double rate) {
    return "exponential duration needs a finite rate > 0 per month, got "
        + rate
        + " (use never for a step that does not happen)";
  }

  static String factor(String what, double factor) {
    return what + " must be a finite number > 0, got " + factor;
  }

  static String probability(double u) {
    return "probability " + u + " is outside [0, 1]";
  }

  static String freezeRate(double rate) {
    return "freeze rate must be a number from 0 to "
        + Limits.MAX_FREEZE_RATE_PER_YEAR
        + " per year, got "
        + rate;
  }

  static String tempo(double dispersion) {
    return "tempo dispersion must be a number from 0 (no common shock) to "
        + Tempo.MAX_DISPERSION
        + ", got "
        + dispersion;
  }

  static String pacePriorScale(double value) {
    return "pace prior scale must be a number above 0 and at most "
        + (long) Calibration.MAX_FRAILTY_VARIANCE
        + ", got "
        + value;
  }

  static String pacePriorShared(double value) {
    return "pace prior shared must be a probability from 0 to 1, got " + value;
  }

  static String prior(String what, double value) {
    return "step prior "
        + what
        + " must be a number above 0 and at most "
        + (long) StepPrior.MAX
        + ", got "
        + value;
  }

  static String reversals(double hazard) {
    return "reversal hazard must be a number from 0 (no random reversals) to "
        + Reversals.MAX_HAZARD
        + " per month, got "
        + hazard;
  }

  static String freezeMonths(double months) {
    return "freeze length must be a number > 0 of months, at most "
        + Limits.MAX_DURATION_MONTHS
        + ", got "
        + months;
  }

  static String tooLong(String family, String what, double value) {
    return family
        + " duration: "
        + what
        + " is "
        + value
        + " months; at most "
        + Limits.MAX_DURATION_MONTHS
        + " are allowed (use never for a step that does not happen)";
  }

  static String horizonBeforeAsOf(YearMonth horizon, LocalDate asOf) {
    return "horizon " + horizon + " ends before the as-of date " + asOf + "; choose a later month";
  }

  static String samples(long samples) {
    return samples < 1
        ? "samples must be >= 1, got " + samples
        : "samples must be at most " + Limits.MAX_FORECAST_SAMPLES + ", got " + samples;
  }

  static String threads(int threads) {
    return threads < 1
        ? "threads must be >= 1, got " + threads
        : "threads must be at most " + Limits.MAX_THREADS + ", got " + threads;
  }

  static String horizonTooFar(YearMonth horizon, LocalDate asOf) {
    return "horizon "
        + horizon
        + " is more than "
        + Limits.MAX_HORIZON_YEARS
        + " years after the as-of date "
        + asOf
        + " or after the year "
        + Limits.MAX_YEAR
        + "; choose an earlier month";
  }

  static String tooManyCells(int milestones, int checkpoints, long cells) {
    return "a forecast of "
        + milestones
        + " milestones over "
        + checkpoints
        + " monthly checkpoints counts "
        + cells
        + " milestone-months, more than the "
        + Limits.MAX_FORECAST_CELLS
        + " allowed; choose a nearer horizon";
  }

  static String shard(long first, long count) {
    return "a shard needs first path >= 0 and count >= 1 with first + count <= 2^62, got first="
        + first
        + ", count="
        + count;
  }

  static String noAsOf(String model) {
    return "model '" + model + "' has no asOf date and no event; give the forecast an as-of date";
  }

  static String unknownMilestone(String message) {
    return "transitions for " + message;
  }

  static String notCombinable(String what) {
    return "cannot combine forecast results: " + what;
  }

  static String nothingToCalibrate(String model, LocalDate from, LocalDate asOf) {
    return "model '"
        + model
        + "' has no milestone waiting for a step between "
        + from
        + " and "
        + asOf
        + ", so there is nothing to calibrate from; give the transitions yourself";
  }

  static String calibrationWindow(LocalDate from, LocalDate asOf) {
    return "calibration window starts " + from + ", after its end " + asOf;
  }

  static String backtestMonths(String what, int months) {
    return "backtest " + what + " must be at least 1 month, got " + months;
  }

  static String backtestNoEvents(String model) {
    return "model '"
        + model
        + "' has no events, so nothing was ever known about it: there is nothing to backtest";
  }

  static String backtestFromAfterTo(LocalDate from, LocalDate to) {
    return "backtest starts " + from + ", after its end " + to + "; choose an earlier start";
  }

  static String backtestBeforeKnowledge(LocalDate origin, String model, LocalDate first) {
    return "origin "
        + origin
        + " is before anything in model '"
        + model
        + "' was known: its first source was published "
        + first
        + ", and a backtest forecasts only from what had been published; start at "
        + YearMonth.from(first).atEndOfMonth()
        + " or later";
  }

  static String backtestAfterReference(
      LocalDate origin, int lead, LocalDate target, LocalDate reference, LocalDate lastOrigin) {
    return "origin "
        + origin
        + " plus "
        + lead
        + " months is "
        + target
        + ", after the model's reference date "
        + reference
        + ", so what happened then is not known yet; end the origins by "
        + lastOrigin;
  }

  static String backtestLeadTooLong(
      int lead, String model, LocalDate firstKnown, LocalDate reference, long longest) {
    return "a lead of "
        + lead
        + " months leaves no origin: model '"
        + model
        + "' was first published "
        + firstKnown
        + " and its reference date is "
        + reference
        + (longest >= 1
            ? "; choose a lead of at most " + longest + " months"
            : ", too close together for any lead of a whole month");
  }

  static String backtestNoOrigins(LocalDate from, LocalDate to, int every) {
    return "no origin between "
        + from
        + " and "
        + to
        + ": origins are month ends, from the end of "
        + YearMonth.from(from)
        + " every "
        + every
        + " months; choose a later end";
  }

  static String backtestTooManyOrigins(long origins, int max) {
    return "backtest has " + origins + " origins, more than " + max + "; choose a longer step";
  }

  static String backtestNothingToScore() {
    return "no milestone was left to advance at any origin: every one was already completed, so"
        + " there is nothing to score";
  }

  static String backtestAtOrigin(LocalDate origin, String message) {
    return "at origin " + origin + ": " + message;
  }
}
