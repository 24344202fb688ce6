package io.github.thaw.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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
   * @throws IllegalArgumentException if the milestone is not in the model, naming the nearest id
   */
  public MilestoneState of(MilestoneId id) {
    MilestoneState s = milestones.get(id);
    if (s == null) {
      throw unknown(id.value());
    }
    return s;
  }

  /**
   * One milestone's state.
   *
   * @param id the milestone id, such as {@code "border-opening"}
   * @return its state
   * @throws IllegalArgumentException if the milestone is not in the model, naming the nearest id
   */
  public MilestoneState of(String id) {
    if (!MilestoneId.isValid(id)) {
      throw unknown(id);
    }
    return of(MilestoneId.of(id));
  }

  /**
   * One milestone's preferred status.
   *
   * @param id the milestone id, such as {@code "border-opening"}
   * @return its status
   * @throws IllegalArgumentException if the milestone is not in the model, naming the nearest id:
   *     {@code Milestone 'disarmement' is not in the state at 2024-01-01 (did you mean
   *     'disarmament'?)}
   */
  public Status status(String id) {
    return of(id).status();
  }

  private IllegalArgumentException unknown(String id) {
    List<String> known = new ArrayList<>(milestones.size());
    milestones.keySet().forEach(m -> known.add(m.value()));
    return new IllegalArgumentException(ModelMessages.notInState(id, date, known));
  }
}
