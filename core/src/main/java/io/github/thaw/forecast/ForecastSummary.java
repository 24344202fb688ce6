package io.github.thaw.forecast;

import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The result of a forecast run or shard: integer counts over its paths, from which every
 * probability and percentile is read. Immutable. Results of shards of the same forecast and seed
 * {@linkplain #combine combine} into exactly the result of running their paths at once.
 *
 * <pre>{@code
 * ForecastSummary s = forecast.run(11);
 * double p = s.milestone("border-opening").pCompletedByHorizon();
 * for (IndexFanPoint point : s.index()) { ... }               // fan chart data
 *
 * ForecastSummary whole = forecast.runShard(11, 0, 5_000)
 *     .combine(forecast.runShard(11, 5_000, 5_000));        // equals forecast.run(11) at 10,000
 * }</pre>
 */
public final class ForecastSummary {
  private final Frame frame;
  private final long seed;
  private final List<PathRange> ranges;
  private final long samples;
  private final int columns;
  private final long[] completion;
  private final long[] horizon;
  private final long[] heldLast;

  /** Per checkpoint, the index bins reached (ascending) and how many paths reached each. */
  private final int[][] fanBins;

  private final long[][] fanCounts;

  private ForecastSummary(
      Frame frame,
      long seed,
      List<PathRange> ranges,
      long[] completion,
      long[] horizon,
      long[] heldLast,
      int[][] fanBins,
      long[][] fanCounts) {
    this.frame = frame;
    this.seed = seed;
    this.ranges = List.copyOf(ranges);
    this.samples = ranges.stream().mapToLong(PathRange::count).sum();
    this.columns = frame.dates.size() + 1;
    this.completion = completion;
    this.horizon = horizon;
    this.heldLast = heldLast;
    this.fanBins = fanBins;
    this.fanCounts = fanCounts;
  }

  /** The result of one worker's (or several added workers') tally over one range of paths. */
  static ForecastSummary of(Frame frame, long seed, PathRange range, Tally tally) {
    int[][] bins = null;
    long[][] counts = null;
    if (tally.fan != null) {
      int checkpoints = frame.dates.size();
      long[] running = new long[Tally.BINS];
      bins = new int[checkpoints][];
      counts = new long[checkpoints][];
      int[] nonZeroBins = new int[Tally.BINS];
      long[] nonZeroCounts = new long[Tally.BINS];
      for (int k = 0; k < checkpoints; k++) {
        int size = 0;
        int row = k * Tally.BINS;
        for (int b = 0; b < Tally.BINS; b++) {
          long c = running[b] + tally.fan[row + b];
          running[b] = c;
          if (c != 0) {
            nonZeroBins[size] = b;
            nonZeroCounts[size++] = c;
          }
        }
        bins[k] = Arrays.copyOf(nonZeroBins, size);
        counts[k] = Arrays.copyOf(nonZeroCounts, size);
      }
    }
    return new ForecastSummary(
        frame,
        seed,
        List.of(range),
        tally.completion.clone(),
        tally.horizon.clone(),
        tally.heldLast.clone(),
        bins,
        counts);
  }

  /**
   * Adds another result of the same forecast and seed over other paths: the counts add, so the
   * combination equals, to the last bit, the result of running all those paths in one run.
   *
   * @param other a result of an equal forecast with the same seed over paths disjoint from these
   * @return the combined result
   * @throws IllegalArgumentException if the forecasts differ, the seeds differ or the paths overlap
   */
  public ForecastSummary combine(ForecastSummary other) {
    if (!frame.configuration.equals(other.frame.configuration)) {
      throw new IllegalArgumentException(
          ForecastMessages.notCombinable("they come from different forecasts"));
    }
    if (seed != other.seed) {
      throw new IllegalArgumentException(
          ForecastMessages.notCombinable("seeds " + seed + " and " + other.seed + " differ"));
    }
    List<PathRange> all = new ArrayList<>(ranges);
    all.addAll(other.ranges);
    all.sort((a, b) -> Long.compare(a.first(), b.first()));
    List<PathRange> merged = new ArrayList<>();
    for (PathRange r : all) {
      PathRange prev = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (prev != null && r.first() < prev.end()) {
        throw new IllegalArgumentException(
            ForecastMessages.notCombinable(
                "paths "
                    + r.first()
                    + " to "
                    + (r.end() - 1)
                    + " overlap paths "
                    + prev.first()
                    + " to "
                    + (prev.end() - 1)));
      }
      if (prev != null && r.first() == prev.end()) {
        merged.set(merged.size() - 1, new PathRange(prev.first(), prev.count() + r.count()));
      } else {
        merged.add(r);
      }
    }
    int[][] bins = null;
    long[][] counts = null;
    if (fanBins != null) {
      bins = new int[fanBins.length][];
      counts = new long[fanBins.length][];
      for (int k = 0; k < fanBins.length; k++) {
        mergeFan(k, other, bins, counts);
      }
    }
    return new ForecastSummary(
        frame,
        seed,
        merged,
        add(completion, other.completion),
        add(horizon, other.horizon),
        add(heldLast, other.heldLast),
        bins,
        counts);
  }

  private void mergeFan(int k, ForecastSummary other, int[][] bins, long[][] counts) {
    int[] a = fanBins[k];
    int[] b = other.fanBins[k];
    int[] outBins = new int[a.length + b.length];
    long[] outCounts = new long[a.length + b.length];
    int i = 0;
    int j = 0;
    int o = 0;
    while (i < a.length || j < b.length) {
      if (j == b.length || (i < a.length && a[i] < b[j])) {
        outBins[o] = a[i];
        outCounts[o++] = fanCounts[k][i++];
      } else if (i == a.length || b[j] < a[i]) {
        outBins[o] = b[j];
        outCounts[o++] = other.fanCounts[k][j++];
      } else {
        outBins[o] = a[i];
        outCounts[o++] = fanCounts[k][i++] + other.fanCounts[k][j++];
      }
    }
    bins[k] = Arrays.copyOf(outBins, o);
    counts[k] = Arrays.copyOf(outCounts, o);
  }

  private static long[] add(long[] a, long[] b) {
    long[] out = a.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] += b[i];
    }
    return out;
  }

  /**
   * The number of paths.
   *
   * @return the sum of the ranges' counts
   */
  public long samples() {
    return samples;
  }

  /**
   * The seed.
   *
   * @return the seed every path's generator was made from
   */
  public long seed() {
    return seed;
  }

  /**
   * The paths counted, as ranges of path numbers, merged where adjacent.
   *
   * @return an immutable list, ascending
   */
  public List<PathRange> paths() {
    return ranges;
  }

  /**
   * The date the forecast starts from.
   *
   * @return the as-of date
   */
  public LocalDate asOf() {
    return frame.asOf;
  }

  /**
   * The last month forecast.
   *
   * @return the horizon; the forecast runs to its last day
   */
  public YearMonth horizon() {
    return frame.horizon;
  }

  /**
   * The checkpoints: the as-of date, every month end after it, and the horizon's last day.
   *
   * @return an immutable list
   */
  public List<LocalDate> dates() {
    return frame.dates;
  }

  /**
   * Every milestone's forecast, in model order.
   *
   * @return a new immutable list
   */
  public List<MilestoneForecast> milestones() {
    List<MilestoneForecast> out = new ArrayList<>(frame.ids.size());
    for (int m = 0; m < frame.ids.size(); m++) {
      out.add(milestone(m));
    }
    return List.copyOf(out);
  }

  /**
   * One milestone's forecast.
   *
   * @param id the milestone id
   * @return its forecast
   * @throws IllegalArgumentException if the milestone is not in the model, naming the nearest id
   */
  public MilestoneForecast milestone(String id) {
    return milestone(frame.milestone(MilestoneId.of(id)));
  }

  /**
   * The probability that a milestone reaches COMPLETED by the horizon's last day: the number a
   * sensitivity analysis of a forecast typically studies. O(1).
   *
   * @param id the milestone id
   * @return a share of paths in [0, 1]
   * @throws IllegalArgumentException if the milestone is not in the model
   */
  public double pCompletedByHorizon(String id) {
    int m = frame.milestone(MilestoneId.of(id));
    return 1 - (double) completion[m * columns + columns - 1] / samples;
  }

  private MilestoneForecast milestone(int m) {
    int base = m * columns;
    int checkpoints = columns - 1;
    List<Double> by = new ArrayList<>(checkpoints);
    long cumulative = 0;
    for (int k = 0; k < checkpoints; k++) {
      cumulative += completion[base + k];
      by.add((double) cumulative / samples);
    }
    Map<Status, Double> atHorizon = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      atHorizon.put(s, (double) horizon[4 * m + s.level()] / samples);
    }
    Map<MilestoneId, Double> held = new LinkedHashMap<>();
    for (int e = frame.hardStart[m]; e < frame.hardStart[m + 1]; e++) {
      held.merge(frame.ids.get(frame.hard[e]), (double) heldLast[e] / samples, Double::sum);
    }
    return new MilestoneForecast(
        frame.ids.get(m),
        frame.statusAsOf[m],
        by.get(checkpoints - 1),
        by,
        completionDate(base, 10),
        completionDate(base, 50),
        completionDate(base, 90),
        atHorizon,
        held);
  }

  private ForecastDate completionDate(int base, int percent) {
    int k = percentile(completion, base, columns, percent);
    boolean after = k == columns - 1;
    return new ForecastDate(frame.dates.get(after ? columns - 2 : k), after);
  }

  /** The first position whose cumulative count reaches {@code percent}% of the paths. */
  private int percentile(long[] counts, int from, int size, int percent) {
    long cumulative = 0;
    for (int i = 0; i < size; i++) {
      cumulative += counts[from + i];
      if (cumulative * 100 >= percent * samples) {
        return i;
      }
    }
    return size - 1;
  }

  /**
   * The index's P10, P50 and P90 at every checkpoint, under the forecast's method: fan-chart data.
   *
   * @return an immutable list parallel to {@link #dates()}; empty if the forecast was made without
   *     the index fan
   */
  public List<IndexFanPoint> index() {
    if (fanBins == null) {
      return List.of();
    }
    List<IndexFanPoint> out = new ArrayList<>(fanBins.length);
    for (int k = 0; k < fanBins.length; k++) {
      out.add(
          new IndexFanPoint(frame.dates.get(k), fanValue(k, 10), fanValue(k, 50), fanValue(k, 90)));
    }
    return List.copyOf(out);
  }

  /**
   * The CRPS of the index distribution at the horizon's last day against a value, for {@link
   * Backtest}.
   */
  double indexCrpsAtHorizon(double observed) {
    if (fanBins == null) {
      throw new IllegalStateException("the forecast was built without the index fan");
    }
    int k = fanBins.length - 1;
    double[] values = new double[fanBins[k].length];
    double[] weights = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = fanBins[k][i] / 100.0;
      weights[i] = fanCounts[k][i];
    }
    return Scoring.crps(values, weights, observed);
  }

  private double fanValue(int k, int percent) {
    int i = percentile(fanCounts[k], 0, fanCounts[k].length, percent);
    return fanBins[k][i] / 100.0;
  }

  /**
   * The forecast as text: per milestone the status now, the chance of completion by the horizon and
   * the completion months at P10, P50 and P90; the index fan at yearly points; and what holds
   * milestones back last.
   *
   * @return a multi-line table
   */
  public String table() {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "Forecast of '%s' from %s to %s: %,d paths, seed %d%s%n%n",
            frame.modelName,
            frame.asOf,
            frame.horizon,
            samples,
            seed,
            frame.description.isEmpty() ? "" : " (" + frame.description + ")"));
    int width = Math.max(9, frame.ids.stream().mapToInt(id -> id.value().length()).max().orElse(9));
    String row = "%-" + width + "s  %-11s  %7s  %-13s  %-13s  %s";
    s.append(
            String.format(
                Locale.ROOT, row, "milestone", "now", "P(done)", "done by P10", "P50", "P90"))
        .append(System.lineSeparator());
    List<MilestoneForecast> all = milestones();
    for (MilestoneForecast f : all) {
      s.append(
              String.format(
                  Locale.ROOT,
                  row,
                  f.milestone().value(),
                  f.statusAsOf(),
                  String.format(Locale.ROOT, "%.3f", f.pCompletedByHorizon()),
                  month(f.completionP10(), f.statusAsOf()),
                  month(f.completionP50(), f.statusAsOf()),
                  month(f.completionP90(), f.statusAsOf())))
          .append(System.lineSeparator());
    }
    s.append(
        String.format(
            Locale.ROOT,
            "%nP(done): completed by %s; 'now' and dates are statuses as the index counts them.%n",
            frame.dates.get(frame.dates.size() - 1)));
    List<IndexFanPoint> fan = index();
    if (!fan.isEmpty()) {
      s.append(String.format(Locale.ROOT, "%nIndex fan (P10 / P50 / P90):%n"));
      for (int k : yearly()) {
        IndexFanPoint p = fan.get(k);
        s.append(
            String.format(
                Locale.ROOT, "  %s  %6.2f  %6.2f  %6.2f%n", p.date(), p.p10(), p.p50(), p.p90()));
      }
    }
    StringBuilder held = new StringBuilder();
    for (MilestoneForecast f : all) {
      List<String> parts = new ArrayList<>();
      f.heldBackLastBy().entrySet().stream()
          .filter(e -> e.getValue() > 0)
          .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
          .forEach(
              e ->
                  parts.add(
                      String.format(Locale.ROOT, "%s %.1f%%", e.getKey(), 100 * e.getValue())));
      if (!parts.isEmpty()) {
        held.append("  ").append(f.milestone()).append(": ").append(String.join(", ", parts));
        held.append(System.lineSeparator());
      }
    }
    if (held.length() > 0) {
      s.append(
          String.format(
              Locale.ROOT,
              "%nHeld back last by (share of paths in which the prerequisite was the last one a"
                  + " milestone waited for):%n"));
      s.append(held);
    }
    return s.toString();
  }

  private static String month(ForecastDate d, Status now) {
    if (d.afterHorizon()) {
      return "after " + YearMonth.from(d.date());
    }
    return now == Status.COMPLETED ? "done" : YearMonth.from(d.date()).toString();
  }

  /** The first checkpoint, each month end a whole number of years later, and the last. */
  private List<Integer> yearly() {
    List<Integer> out = new ArrayList<>();
    YearMonth start = YearMonth.from(frame.asOf);
    int last = frame.dates.size() - 1;
    for (int k = 0; k <= last; k++) {
      YearMonth m = YearMonth.from(frame.dates.get(k));
      long months = start.until(m, java.time.temporal.ChronoUnit.MONTHS);
      if (k == 0 || k == last || (months > 0 && months % 12 == 0)) {
        out.add(k);
      }
    }
    return out;
  }

  /** Equal when everything counted, the seed, the paths and the forecast are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ForecastSummary s
        && s.seed == seed
        && s.ranges.equals(ranges)
        && s.frame.configuration.equals(frame.configuration)
        && Arrays.equals(s.completion, completion)
        && Arrays.equals(s.horizon, horizon)
        && Arrays.equals(s.heldLast, heldLast)
        && Arrays.deepEquals(s.fanBins, fanBins)
        && Arrays.deepEquals(s.fanCounts, fanCounts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(seed, ranges, Arrays.hashCode(completion), Arrays.hashCode(horizon));
  }

  @Override
  public String toString() {
    return "ForecastSummary['"
        + frame.modelName
        + "' "
        + frame.asOf
        + " to "
        + frame.horizon
        + ", "
        + samples
        + " paths, seed "
        + seed
        + "]";
  }
}
