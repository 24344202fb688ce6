package io.github.thaw.sensitivity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What {@link IndexRobustness} found: the spread of the index over every method an analyst could
 * defend, the spread of its change between two dates, and which choices account for the spread.
 *
 * @param asOf the date of the value
 * @param variants the base samples N of the design; the spreads are over the 2N independent rows
 * @param value the spread of the value at {@code asOf}
 * @param change the spread of the change from {@code change.from()} to {@code change.to()}
 * @param factors each method choice with its first-order and total Sobol' index, in {@link
 *     IndexRobustness#FACTORS} order; all zero when the value does not move
 */
public record RobustnessResult(
    LocalDate asOf, int variants, Spread value, Change change, List<Factor> factors) {

  /**
   * Copies the factor list.
   *
   * @throws NullPointerException if a field is null
   */
  public RobustnessResult {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(change, "change");
    factors = List.copyOf(factors);
  }

  /**
   * Percentiles of a sample (linear interpolation between order statistics, as R's type 7).
   *
   * @param p5 the 5th percentile
   * @param p50 the median
   * @param p95 the 95th percentile
   * @param min the smallest value
   * @param max the largest value
   */
  public record Spread(double p5, double p50, double p95, double min, double max) {}

  /**
   * The change of the index between two dates under each variant.
   *
   * @param from the earlier date
   * @param to the later date
   * @param p5 the 5th percentile of {@code value(to) - value(from)}
   * @param p50 its median
   * @param p95 its 95th percentile
   * @param pRise the share of variants under which the index rose (by more than 1e-9 points)
   */
  public record Change(
      LocalDate from, LocalDate to, double p5, double p50, double p95, double pRise) {}

  /**
   * One method choice and its Sobol' indices for the value at {@code asOf}.
   *
   * @param name the factor's name, as in {@link IndexRobustness#FACTORS}
   * @param firstOrder the share of the value's variance the choice explains alone
   * @param totalOrder the share it explains with its interactions
   */
  public record Factor(String name, double firstOrder, double totalOrder) {}

  /**
   * The result in three lines: value spread, change spread and the factors by total index.
   *
   * @return text for a terminal
   */
  public String describe() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            java.util.Locale.ROOT,
            "Index at %s over %d method variants: P5 %.1f, median %.1f, P95 %.1f (min %.1f, max"
                + " %.1f)%n",
            asOf,
            2 * variants,
            value.p5(),
            value.p50(),
            value.p95(),
            value.min(),
            value.max()));
    out.append(
        String.format(
            java.util.Locale.ROOT,
            "Change from %s to %s: P5 %+.1f, median %+.1f, P95 %+.1f; it rose under %.0f%% of"
                + " variants%n",
            change.from(),
            change.to(),
            change.p5(),
            change.p50(),
            change.p95(),
            100 * change.pRise()));
    out.append("Method choices by total Sobol' index (first-order in brackets):\n");
    factors.stream()
        .sorted((a, b) -> Double.compare(b.totalOrder(), a.totalOrder()))
        .forEach(
            f ->
                out.append(
                    String.format(
                        java.util.Locale.ROOT,
                        "  %-20s %5.2f  (%5.2f)%n",
                        f.name(),
                        f.totalOrder(),
                        f.firstOrder())));
    return out.toString();
  }
}
