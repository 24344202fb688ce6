package io.github.thaw.report;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a forecast fan chart shows: the index's 10th, 50th and 90th percentiles at a series of
 * future dates, and for chosen milestones the probability of being {@code COMPLETED} by each date.
 * A plain value, so that any forecast can feed the chart and the report.
 *
 * <pre>{@code
 * FanChartData fan = new FanChartData(dates, p10, p50, p90,
 *     Map.of("border-opening", pBorderOpen));  // probabilities in [0, 1]
 * SvgChart chart = Charts.forecast(model, asOf, fan);
 * }</pre>
 *
 * <p>Arrays are copied in and out, so the value is immutable; equality compares contents.
 *
 * @param dates the dates, strictly increasing, at least one
 * @param p10 the index's 10th percentile at each date, 0–100
 * @param p50 the median at each date, 0–100
 * @param p90 the 90th percentile at each date, 0–100
 * @param completionCurves milestone id (or any label) to the probability, 0–1, that it is completed
 *     by each date; kept in the order given; may be empty
 */
public record FanChartData(
    List<LocalDate> dates,
    double[] p10,
    double[] p50,
    double[] p90,
    Map<String, double[]> completionCurves) {

  /**
   * The fan of a forecast: the index's P10, median and P90 at each checkpoint, with the
   * P(COMPLETED) curves of the chosen milestones.
   *
   * @param summary the forecast, run with the index fan on
   * @param milestones ids of the milestones whose completion curves to draw
   * @return the data
   * @throws IllegalArgumentException if the forecast has no index fan or a milestone is not in it
   */
  public static FanChartData of(
      io.github.thaw.forecast.ForecastSummary summary, List<String> milestones) {
    List<io.github.thaw.forecast.IndexFanPoint> fan = summary.index();
    if (fan.isEmpty()) {
      throw new IllegalArgumentException("the forecast was run without the index fan");
    }
    List<LocalDate> dates = new java.util.ArrayList<>();
    double[] p10 = new double[fan.size()];
    double[] p50 = new double[fan.size()];
    double[] p90 = new double[fan.size()];
    for (int i = 0; i < fan.size(); i++) {
      dates.add(fan.get(i).date());
      p10[i] = fan.get(i).p10();
      p50[i] = fan.get(i).p50();
      p90[i] = fan.get(i).p90();
    }
    Map<String, double[]> curves = new java.util.LinkedHashMap<>();
    for (String id : milestones) {
      List<Double> p = summary.milestone(id).pCompletedBy();
      double[] c = new double[dates.size()];
      for (int i = 0; i < c.length; i++) {
        c[i] = p.get(Math.min(i, p.size() - 1));
      }
      curves.put(id, c);
    }
    return new FanChartData(dates, p10, p50, p90, curves);
  }

  /**
   * Checks and copies the data.
   *
   * @throws IllegalArgumentException if there are no dates, dates do not strictly increase, an
   *     array's length differs from the number of dates, a percentile is outside 0–100 or out of
   *     order ({@code p10 ≤ p50 ≤ p90}), or a probability is outside 0–1
   * @throws NullPointerException if a field, a date or a curve is null
   */
  public FanChartData {
    dates = List.copyOf(dates);
    int n = dates.size();
    if (n == 0) {
      throw new IllegalArgumentException("a fan chart needs at least one date");
    }
    for (int i = 1; i < n; i++) {
      if (!dates.get(i).isAfter(dates.get(i - 1))) {
        throw new IllegalArgumentException(
            "fan chart dates must increase, got " + dates.get(i - 1) + " then " + dates.get(i));
      }
    }
    p10 = copy("p10", p10, n, 100);
    p50 = copy("p50", p50, n, 100);
    p90 = copy("p90", p90, n, 100);
    for (int i = 0; i < n; i++) {
      if (!(p10[i] <= p50[i] && p50[i] <= p90[i])) {
        throw new IllegalArgumentException(
            "fan chart percentiles at "
                + dates.get(i)
                + " must satisfy p10 <= p50 <= p90, got "
                + p10[i]
                + ", "
                + p50[i]
                + ", "
                + p90[i]);
      }
    }
    Map<String, double[]> curves = new LinkedHashMap<>();
    for (Map.Entry<String, double[]> e : completionCurves.entrySet()) {
      String name = Objects.requireNonNull(e.getKey(), "curve name");
      curves.put(name, copy("P(COMPLETED) of '" + name + "'", e.getValue(), n, 1));
    }
    completionCurves = Collections.unmodifiableMap(curves);
  }

  private static double[] copy(String what, double[] values, int n, double max) {
    Objects.requireNonNull(values, what);
    if (values.length != n) {
      throw new IllegalArgumentException(
          what + " has " + values.length + " values for " + n + " dates");
    }
    for (double v : values) {
      if (!(v >= 0 && v <= max)) {
        throw new IllegalArgumentException(what + " value " + v + " is outside 0–" + (int) max);
      }
    }
    return values.clone();
  }

  /**
   * The 10th percentiles.
   *
   * @return a copy
   */
  @Override
  public double[] p10() {
    return p10.clone();
  }

  /**
   * The medians.
   *
   * @return a copy
   */
  @Override
  public double[] p50() {
    return p50.clone();
  }

  /**
   * The 90th percentiles.
   *
   * @return a copy
   */
  @Override
  public double[] p90() {
    return p90.clone();
  }

  /**
   * The completion curves, in the order given.
   *
   * @return an unmodifiable map whose arrays are copies
   */
  @Override
  public Map<String, double[]> completionCurves() {
    Map<String, double[]> out = new LinkedHashMap<>();
    completionCurves.forEach((k, v) -> out.put(k, v.clone()));
    return Collections.unmodifiableMap(out);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof FanChartData other)
        || !dates.equals(other.dates)
        || !Arrays.equals(p10, other.p10)
        || !Arrays.equals(p50, other.p50)
        || !Arrays.equals(p90, other.p90)
        || !completionCurves.keySet().equals(other.completionCurves.keySet())) {
      return false;
    }
    for (Map.Entry<String, double[]> e : completionCurves.entrySet()) {
      if (!Arrays.equals(e.getValue(), other.completionCurves.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = Objects.hash(dates, completionCurves.keySet());
    h = 31 * h + Arrays.hashCode(p10);
    h = 31 * h + Arrays.hashCode(p50);
    return 31 * h + Arrays.hashCode(p90);
  }

  /** {@code FanChartData[12 dates 2025-10-31..2026-09-30, 2 curves]}. */
  @Override
  public String toString() {
    return "FanChartData["
        + dates.size()
        + " dates "
        + dates.get(0)
        + ".."
        + dates.get(dates.size() - 1)
        + ", "
        + completionCurves.size()
        + (completionCurves.size() == 1 ? " curve]" : " curves]");
  }
}
