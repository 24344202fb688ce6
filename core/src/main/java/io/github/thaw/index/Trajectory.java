package io.github.thaw.index;

import java.util.List;
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
