package io.github.thaw.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the evidence says of one milestone at a date.
 *
 * <p>{@code status} is the preferred reading: the status of the latest event (the most conservative
 * when several share that date). {@code low} and {@code high} bound the live readings: an earlier
 * claim stays live until an event more than the dispute window later ({@link
 * ProcessModel#DEFAULT_DISPUTE_WINDOW_DAYS}) reports a status at least as advanced, or its own
 * source reports again. When sources disagree, {@code low < high}.
 *
 * @param milestone the milestone
 * @param status the preferred reading
 * @param low the most conservative live reading
 * @param high the most optimistic live reading
 * @param latest the latest event counted, if any
 * @param readings the live events, oldest first
 */
public record MilestoneState(
    MilestoneId milestone,
    Status status,
    Status low,
    Status high,
    Optional<Event> latest,
    List<Event> readings) {

  /**
   * Checks the band.
   *
   * @throws IllegalArgumentException unless low ≤ status ≤ high
   */
  public MilestoneState {
    Objects.requireNonNull(milestone, "milestone");
    if (low.compareTo(status) > 0 || status.compareTo(high) > 0) {
      throw new IllegalArgumentException(
          "state of '"
              + milestone
              + "' needs low <= status <= high, got "
              + low
              + ", "
              + status
              + ", "
              + high);
    }
    readings = List.copyOf(readings);
  }

  /**
   * Whether live readings disagree.
   *
   * @return true if low and high differ
   */
  public boolean isDisputed() {
    return low != high;
  }
}
