package io.github.thaw.sensitivity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The Sobol' indices of one analysis, in parameter order, with their confidence intervals.
 *
 * <p>The first-order index S<sub>i</sub> is the share of the output variance that parameter i
 * explains on its own; the total index ST<sub>i</sub> adds every interaction parameter i takes part
 * in. A parameter with a total index near 0 can be fixed anywhere in its range without changing the
 * output's variance. Estimates are not clipped to [0, 1]: a small negative first-order index means
 * "zero, within sampling error".
 *
 * <pre>{@code
 * SobolResult r = Sobol.analyze(model, parameters, 4096, 11);
 * double[] st = r.totalOrder();          // in the order of parameters
 * System.out.println(r.table());         // ranked, ready to paste
 * }</pre>
 *
 * <p>Instances are immutable; array accessors return copies.
 */
public final class SobolResult {
  private final List<String> names;
  private final double[] first;
  private final double[] firstLow;
  private final double[] firstHigh;
  private final double[] total;
  private final double[] totalLow;
  private final double[] totalHigh;
  private final double mean;
  private final double variance;
  private final int baseSamples;
  private final long evaluations;
  private final Sampling sampling;
  private final int bootstrap;
  private final double confidence;

  SobolResult(
      List<String> names,
      double[] first,
      double[] firstLow,
      double[] firstHigh,
      double[] total,
      double[] totalLow,
      double[] totalHigh,
      double mean,
      double variance,
      int baseSamples,
      long evaluations,
      Sampling sampling,
      int bootstrap,
      double confidence) {
    this.names = List.copyOf(names);
    this.first = first;
    this.firstLow = firstLow;
    this.firstHigh = firstHigh;
    this.total = total;
    this.totalLow = totalLow;
    this.totalHigh = totalHigh;
    this.mean = mean;
    this.variance = variance;
    this.baseSamples = baseSamples;
    this.evaluations = evaluations;
    this.sampling = sampling;
    this.bootstrap = bootstrap;
    this.confidence = confidence;
  }

  /**
   * The parameters' names, in the order of the analysis.
   *
   * @return an unmodifiable list
   */
  public List<String> names() {
    return names;
  }

  /**
   * The first-order indices S<sub>i</sub> (Saltelli et al. 2010 estimator), in parameter order.
   *
   * @return a copy
   */
  public double[] firstOrder() {
    return first.clone();
  }

  /**
   * The lower ends of the first-order confidence intervals; NaN when the bootstrap was off.
   *
   * @return a copy, in parameter order
   */
  public double[] firstOrderLow() {
    return firstLow.clone();
  }

  /**
   * The upper ends of the first-order confidence intervals; NaN when the bootstrap was off.
   *
   * @return a copy, in parameter order
   */
  public double[] firstOrderHigh() {
    return firstHigh.clone();
  }

  /**
   * The total indices ST<sub>i</sub> (Jansen 1999 estimator), in parameter order.
   *
   * @return a copy
   */
  public double[] totalOrder() {
    return total.clone();
  }

  /**
   * The lower ends of the total-index confidence intervals; NaN when the bootstrap was off.
   *
   * @return a copy, in parameter order
   */
  public double[] totalOrderLow() {
    return totalLow.clone();
  }

  /**
   * The upper ends of the total-index confidence intervals; NaN when the bootstrap was off.
   *
   * @return a copy, in parameter order
   */
  public double[] totalOrderHigh() {
    return totalHigh.clone();
  }

  /**
   * The mean of the model output over the pooled A and B samples.
   *
   * @return the mean of the 2N outputs f(A), f(B)
   */
  public double mean() {
    return mean;
  }

  /**
   * The output variance V that the indices divide by: the variance of the pooled 2N outputs f(A)
   * and f(B), with denominator 2N.
   *
   * @return V, {@code > 0}
   */
  public double variance() {
    return variance;
  }

  /**
   * The number of base samples N, the rows of A and of B.
   *
   * @return N
   */
  public int baseSamples() {
    return baseSamples;
  }

  /**
   * The number of model evaluations, {@code (k + 2) N}.
   *
   * @return the evaluations the analysis made
   */
  public long evaluations() {
    return evaluations;
  }

  /**
   * How the design was sampled.
   *
   * @return the sampling method
   */
  public Sampling sampling() {
    return sampling;
  }

  /**
   * The number of bootstrap resamples behind the intervals; 0 when intervals were turned off.
   *
   * @return the resamples
   */
  public int bootstrap() {
    return bootstrap;
  }

  /**
   * The confidence level of the intervals, for example 0.95.
   *
   * @return the level
   */
  public double confidence() {
    return confidence;
  }

  /**
   * The parameters ranked by total index, largest first (ties by first-order index, then in
   * parameter order).
   *
   * @return a new list, one entry per parameter, with ranks from 1
   */
  public List<Entry> ranked() {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      order.add(i);
    }
    order.sort(
        Comparator.<Integer>comparingDouble(i -> -total[i])
            .thenComparingDouble(i -> -first[i])
            .thenComparingInt(i -> i));
    List<Entry> entries = new ArrayList<>(order.size());
    for (int i : order) {
      entries.add(
          new Entry(
              entries.size() + 1,
              names.get(i),
              total[i],
              totalLow[i],
              totalHigh[i],
              first[i],
              firstLow[i],
              firstHigh[i]));
    }
    return List.copyOf(entries);
  }

  /**
   * The ranked indices as a plain-text table with a short header, for reports and terminals.
   *
   * <pre>
   * Sobol' indices of 3 parameters, ranked by total index
   * scrambled Sobol' sampling, N = 4096 (20480 model evaluations); output mean 2.25, variance 1.21528
   * 95% intervals: percentile bootstrap over 100 resamples of the rows
   * first-order indices sum to 0.9941: interactions explain about 0.0059 of the variance
   *
   * rank  parameter   total  95% interval       first  95% interval
   *    1  large      0.8457  [0.8217, 0.8738]  0.8399  [0.8149, 0.8772]
   *    2  small      0.1598  [0.1521, 0.1669]  0.1542  [0.1382, 0.1681]
   *    3  none       0.0000  [0.0000, 0.0000]  0.0000  [0.0000, 0.0000]
   * </pre>
   *
   * @return the table, lines separated by {@code \n}
   */
  public String table() {
    boolean intervals = bootstrap > 0;
    String level = format("%.4g", confidence * 100).replaceAll("\\.?0+$", "") + "%";
    StringBuilder s = new StringBuilder();
    s.append(format("Sobol' indices of %d parameters, ranked by total index%n", names.size()));
    s.append(
        format(
            "%s sampling, N = %d (%d model evaluations); output mean %s, variance %s%n",
            sampling == Sampling.SCRAMBLED_SOBOL ? "scrambled Sobol'" : "random",
            baseSamples,
            evaluations,
            compact(mean),
            compact(variance)));
    s.append(
        intervals
            ? format(
                "%s intervals: percentile bootstrap over %d resamples of the rows%n",
                level, bootstrap)
            : format("no intervals (bootstrap off)%n"));
    double sum = 0;
    for (double f : first) {
      sum += f;
    }
    s.append(
        sum < 1
            ? format(
                "first-order indices sum to %.4f: interactions explain about %.4f of the variance%n%n",
                sum, 1 - sum)
            : format("first-order indices sum to %.4f: no sign of interactions%n%n", sum));

    List<String[]> rows = new ArrayList<>();
    rows.add(
        intervals
            ? new String[] {
              "rank", "parameter", "total", level + " interval", "first", level + " interval"
            }
            : new String[] {"rank", "parameter", "total", "first"});
    for (Entry e : ranked()) {
      rows.add(
          intervals
              ? new String[] {
                Integer.toString(e.rank()),
                e.name(),
                number(e.totalOrder()),
                interval(e.totalOrderLow(), e.totalOrderHigh()),
                number(e.firstOrder()),
                interval(e.firstOrderLow(), e.firstOrderHigh())
              }
              : new String[] {
                Integer.toString(e.rank()), e.name(), number(e.totalOrder()), number(e.firstOrder())
              });
    }
    int columns = rows.get(0).length;
    int[] width = new int[columns];
    for (String[] row : rows) {
      for (int c = 0; c < columns; c++) {
        width[c] = Math.max(width[c], row[c].length());
      }
    }
    // Rank and estimates are right-aligned so that decimal points line up; text and intervals
    // (whose brackets already line up) are left-aligned.
    boolean[] right =
        intervals
            ? new boolean[] {true, false, true, false, true, false}
            : new boolean[] {true, false, true, true};
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        String pad = " ".repeat(width[c] - row[c].length());
        line.append(c == 0 ? "" : "  ").append(right[c] ? pad + row[c] : row[c] + pad);
      }
      s.append(line.toString().stripTrailing()).append('\n');
    }
    return s.toString();
  }

  /**
   * The same as {@link #table()}.
   *
   * @return the ranked table with its header
   */
  @Override
  public String toString() {
    return table();
  }

  private static String number(double x) {
    String text = format("%.4f", x);
    // A tiny negative estimate is zero within sampling error; "-0.0000" would only distract.
    return text.equals("-0.0000") ? "0.0000" : text;
  }

  /** Six significant digits without trailing zeros: 2.25, 13.8446, 1.5e+07. */
  private static String compact(double x) {
    String text = format("%.6g", x);
    int e = text.indexOf('e');
    String digits = e < 0 ? text : text.substring(0, e);
    if (digits.contains(".")) {
      digits = digits.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return e < 0 ? digits : digits + text.substring(e);
  }

  private static String interval(double low, double high) {
    return "[" + number(low) + ", " + number(high) + "]";
  }

  private static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }

  /**
   * One parameter's indices in a ranked table.
   *
   * @param rank 1 for the parameter with the largest total index
   * @param name the parameter's name
   * @param totalOrder the total index ST
   * @param totalOrderLow the lower end of its interval, NaN when the bootstrap was off
   * @param totalOrderHigh the upper end of its interval, NaN when the bootstrap was off
   * @param firstOrder the first-order index S
   * @param firstOrderLow the lower end of its interval, NaN when the bootstrap was off
   * @param firstOrderHigh the upper end of its interval, NaN when the bootstrap was off
   */
  public record Entry(
      int rank,
      String name,
      double totalOrder,
      double totalOrderLow,
      double totalOrderHigh,
      double firstOrder,
      double firstOrderLow,
      double firstOrderHigh) {}
}
