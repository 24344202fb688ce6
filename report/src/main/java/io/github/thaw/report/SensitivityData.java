package io.github.thaw.report;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a sensitivity chart shows: for each uncertain input, its first-order and total Sobol indices
 * with their confidence intervals. A plain value, so that any variance-based analysis can feed the
 * chart and the report.
 *
 * <pre>{@code
 * SensitivityData s = new SensitivityData("index at 2027-12-31", names,
 *     first, firstLow, firstHigh, total, totalLow, totalHigh);
 * SvgChart chart = Charts.sensitivity(model, asOf, s);
 * }</pre>
 *
 * <p>Estimates are not clipped: a slightly negative index means zero within sampling error. An
 * interval end may be {@code NaN} when no interval was computed; the chart then draws no error bar.
 * Arrays are copied in and out, so the value is immutable; equality compares contents.
 *
 * @param output what the indices apportion the variance of, such as {@code "index at 2027-12-31"}
 * @param names the inputs' names, at least one, distinct
 * @param first the first-order indices, in {@code names} order
 * @param firstLow the lower ends of their confidence intervals, or NaN
 * @param firstHigh the upper ends, or NaN
 * @param total the total indices, in {@code names} order
 * @param totalLow the lower ends of their confidence intervals, or NaN
 * @param totalHigh the upper ends, or NaN
 */
public record SensitivityData(
    String output,
    List<String> names,
    double[] first,
    double[] firstLow,
    double[] firstHigh,
    double[] total,
    double[] totalLow,
    double[] totalHigh) {

  /**
   * Checks and copies the data.
   *
   * @throws IllegalArgumentException if there are no names, names repeat, an array's length differs
   *     from the number of names, or an estimate is not finite
   * @throws NullPointerException if a field or a name is null
   */
  public SensitivityData {
    Objects.requireNonNull(output, "output");
    names = List.copyOf(names);
    int n = names.size();
    if (n == 0) {
      throw new IllegalArgumentException("sensitivity data needs at least one input");
    }
    if (names.stream().distinct().count() != n) {
      throw new IllegalArgumentException("sensitivity input names must be distinct, got " + names);
    }
    first = copy("first", first, n, false);
    firstLow = copy("firstLow", firstLow, n, true);
    firstHigh = copy("firstHigh", firstHigh, n, true);
    total = copy("total", total, n, false);
    totalLow = copy("totalLow", totalLow, n, true);
    totalHigh = copy("totalHigh", totalHigh, n, true);
  }

  /**
   * The data of a Sobol' analysis, in parameter order, with its intervals.
   *
   * @param output what was analysed, for the chart's title
   * @param result the analysis
   * @return the data
   */
  public static SensitivityData of(String output, io.github.thaw.sensitivity.SobolResult result) {
    return new SensitivityData(
        output,
        result.names(),
        result.firstOrder(),
        result.firstOrderLow(),
        result.firstOrderHigh(),
        result.totalOrder(),
        result.totalOrderLow(),
        result.totalOrderHigh());
  }

  /**
   * Sensitivity data without confidence intervals.
   *
   * @param output what the indices apportion the variance of
   * @param names the inputs' names
   * @param first the first-order indices
   * @param total the total indices
   * @return the data, with every interval end NaN
   * @throws IllegalArgumentException as the canonical constructor
   */
  public static SensitivityData withoutIntervals(
      String output, List<String> names, double[] first, double[] total) {
    double[] none = new double[names.size()];
    Arrays.fill(none, Double.NaN);
    return new SensitivityData(output, names, first, none, none, total, none, none);
  }

  private static double[] copy(String what, double[] values, int n, boolean nanAllowed) {
    Objects.requireNonNull(values, what);
    if (values.length != n) {
      throw new IllegalArgumentException(
          what + " has " + values.length + " values for " + n + " inputs");
    }
    for (double v : values) {
      if (Double.isInfinite(v) || (Double.isNaN(v) && !nanAllowed)) {
        throw new IllegalArgumentException(what + " value " + v + " is not finite");
      }
    }
    return values.clone();
  }

  /**
   * The number of inputs.
   *
   * @return the size
   */
  public int size() {
    return names.size();
  }

  /**
   * The inputs' positions from the largest total index down; ties keep {@code names} order.
   *
   * @return a new array of indices into {@code names}
   */
  public int[] ranking() {
    return java.util.stream.IntStream.range(0, names.size())
        .boxed()
        .sorted((a, b) -> Double.compare(total[b], total[a]))
        .mapToInt(Integer::intValue)
        .toArray();
  }

  /**
   * The first-order indices.
   *
   * @return a copy
   */
  @Override
  public double[] first() {
    return first.clone();
  }

  /**
   * The lower ends of the first-order intervals.
   *
   * @return a copy
   */
  @Override
  public double[] firstLow() {
    return firstLow.clone();
  }

  /**
   * The upper ends of the first-order intervals.
   *
   * @return a copy
   */
  @Override
  public double[] firstHigh() {
    return firstHigh.clone();
  }

  /**
   * The total indices.
   *
   * @return a copy
   */
  @Override
  public double[] total() {
    return total.clone();
  }

  /**
   * The lower ends of the total-index intervals.
   *
   * @return a copy
   */
  @Override
  public double[] totalLow() {
    return totalLow.clone();
  }

  /**
   * The upper ends of the total-index intervals.
   *
   * @return a copy
   */
  @Override
  public double[] totalHigh() {
    return totalHigh.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SensitivityData other
        && output.equals(other.output)
        && names.equals(other.names)
        && Arrays.equals(first, other.first)
        && Arrays.equals(firstLow, other.firstLow)
        && Arrays.equals(firstHigh, other.firstHigh)
        && Arrays.equals(total, other.total)
        && Arrays.equals(totalLow, other.totalLow)
        && Arrays.equals(totalHigh, other.totalHigh);
  }

  @Override
  public int hashCode() {
    int h = Objects.hash(output, names);
    for (double[] a : new double[][] {first, firstLow, firstHigh, total, totalLow, totalHigh}) {
      h = 31 * h + Arrays.hashCode(a);
    }
    return h;
  }

  /** {@code SensitivityData[index at 2027-12-31, 4 inputs]}. */
  @Override
  public String toString() {
    return "SensitivityData[" + output + ", " + names.size() + " inputs]";
  }
}
