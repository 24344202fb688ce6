package io.github.thaw.index;

import io.github.thaw.model.Event;
import io.github.thaw.model.ProcessModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The index at a series of dates, oldest first, each point with the events that moved it and by how
 * much. Immutable; made by {@link ProgressIndex}.
 *
 * @param method the method used
 * @param points the points, by date
 */
public record Trajectory(IndexMethod method, List<TrajectoryPoint> points) {
  /**
   * Copies the points.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the dates do not strictly increase
   */
  public Trajectory {
    Objects.requireNonNull(method, "method");
    points = List.copyOf(points);
    for (int i = 1; i < points.size(); i++) {
      if (!points.get(i).date().isAfter(points.get(i - 1).date())) {
        throw new IllegalArgumentException(
            "trajectory dates must increase, got "
                + points.get(i - 1).date()
                + " then "
                + points.get(i).date());
      }
    }
  }

  /**
   * The number of points.
   *
   * @return the size
   */
  public int size() {
    return points.size();
  }

  /**
   * One point.
   *
   * @param index 0 for the oldest
   * @return the point
   * @throws IndexOutOfBoundsException if there is no such point
   */
  public TrajectoryPoint get(int index) {
    return points.get(index);
  }

  /**
   * The real-time view: each point's value as it could have been computed on its own date, from
   * what had been published by then ({@link io.github.thaw.model.ProcessModel#knownAt}). The
   * points' own values are the revised view, with everything known now. An event reported late
   * moves the revised line on the day it took effect and the real-time line on the day it became
   * known; the gap between the two is how much the record was revised.
   *
   * @param model the model this trajectory was computed from
   * @return one value per point, 0–100, in point order; O(points × (events + index evaluation))
   * @throws NullPointerException if model is null
   */
  public double[] realTime(ProcessModel model) {
    Objects.requireNonNull(model, "model");
    double[] out = new double[points.size()];
    for (int i = 0; i < out.length; i++) {
      java.time.LocalDate date = points.get(i).date();
      out[i] = method.evaluate(model.knownAt(date), date).value();
    }
    return out;
  }

  /**
   * A readable table, one row per point: the date, the value, the band, the change since the
   * previous point and the status events that moved it (milestone, status, cited sources).
   *
   * <pre>
   * date         value  band             delta  moved by
   * 2022-01-01    12.5  [12.5, 12.5]     +12.5  envoys COMPLETED [s1]
   * 2022-02-02    37.5  [37.5, 37.5]     +25.0  flights COMPLETED [s2]
   * </pre>
   *
   * @return the table, each line ended by the platform's line separator; O(points + events)
   */
  public String table() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%-10s  %6s  %-14s  %6s  %s%n",
            "date",
            "value",
            "band",
            "delta",
            "moved by"));
    for (TrajectoryPoint p : points) {
      List<String> moved = new ArrayList<>(p.events().size());
      for (Event e : p.events()) {
        moved.add(
            e.milestone().map(m -> m.value() + " " + e.status().orElseThrow()).orElse("context")
                + " "
                + e.sources());
      }
      out.append(
          String.format(
              Locale.ROOT,
              "%-10s  %6.1f  %-14s  %+6.1f  %s%n",
              p.date(),
              p.value(),
              String.format(Locale.ROOT, "[%.1f, %.1f]", p.low(), p.high()),
              p.delta(),
              String.join("; ", moved)));
    }
    return out.toString();
  }

  /** One line per point: {@code 2022-07-01 41.7 (band 41.7–50.0) +8.3 2 events}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Trajectory of ").append(points.size()).append(" points");
    for (TrajectoryPoint p : points) {
      out.append("\n  ")
          .append(p.date())
          .append("  ")
          .append(p.band())
          .append("  ")
          .append(p.delta() >= 0 ? "+" : "")
          .append(IndexMessages.oneDecimal(p.delta()))
          .append("  ")
          .append(p.events().size())
          .append(p.events().size() == 1 ? " event" : " events");
    }
    return out.toString();
  }
}
