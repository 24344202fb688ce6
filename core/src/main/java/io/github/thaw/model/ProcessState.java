package io.github.thaw.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every milestone's state at one date, in the model's declaration order.
 *
 * @param date the date
 * @param milestones each milestone's state
 */
public record ProcessState(LocalDate date, Map<MilestoneId, MilestoneState> milestones) {
  /** Copies the map, keeping its order. */
  public ProcessState {
    milestones = Collections.unmodifiableMap(new LinkedHashMap<>(milestones));
  }

  /**
   * One milestone's state.
   *
   * @param id the milestone
   * @return its state
   * @throws IllegalArgumentException if the milestone is not in the model
   */
  public MilestoneState of(MilestoneId id) {
    MilestoneState s = milestones.get(id);
    if (s == null) {
      throw new IllegalArgumentException("Milestone '" + id + "' is not in this state");
    }
    return s;
  }

  /**
   * One milestone's preferred status.
   *
   * @param id the milestone id
   * @return its status
   * @throws IllegalArgumentException if the milestone is not in the model
   */
  public Status status(String id) {
    return of(MilestoneId.of(id)).status();
  }
}
