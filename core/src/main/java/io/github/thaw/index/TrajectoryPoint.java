package io.github.thaw.index;

import io.github.thaw.model.Event;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The index at one date of a trajectory, and what moved it since the previous point.
 *
 * @param date the date
 * @param low the low end of the band, 0–100
 * @param value the value, 0–100
 * @param high the high end of the band, 0–100
 * @param delta {@code value} minus the previous point's value; for the first point, minus the value
 *     before any event (every milestone {@code NOT_STARTED})
 * @param dimensions the value of each dimension, in model order ({@link IndexResult#dimensions()})
 * @param events the status events that took effect after the previous point and on or before this
 *     date, by effective date (for the first point: every status event up to its date)
 * @param agreement the agreement component, 0–100 ({@link IndexResult#agreement()})
 * @param implementation the implementation component, 0–100 ({@link IndexResult#implementation()})
 */
public record TrajectoryPoint(
    LocalDate date,
    double low,
    double value,
    double high,
    double delta,
    Map<String, Double> dimensions,
    List<Event> events,
    double agreement,
    double implementation) {

  /**
   * A point without components (both 0), as before components existed.
   *
   * @param date the date
   * @param low the low end of the band
   * @param value the value
   * @param high the high end of the band
   * @param delta the change since the previous point
   * @param dimensions the dimension values
   * @param events the events since the previous point
   */
  public TrajectoryPoint(
      LocalDate date,
      double low,
      double value,
      double high,
      double delta,
      Map<String, Double> dimensions,
      List<Event> events) {
    this(date, low, value, high, delta, dimensions, events, 0, 0);
  }

  /**
   * Copies the collections, keeping their order.
   *
   * @throws NullPointerException if a field is null
   */
  public TrajectoryPoint {
    Objects.requireNonNull(date, "date");
    dimensions = Collections.unmodifiableMap(new LinkedHashMap<>(dimensions));
    events = List.copyOf(events);
  }

  /**
   * The value with its band.
   *
   * @return low, value and high
   */
  public Band band() {
    return new Band(low, value, high);
  }

  /**
   * Whether any event took effect since the previous point.
   *
   * @return true if {@code events} is not empty
   */
  public boolean hasEvents() {
    return !events.isEmpty();
  }
}
