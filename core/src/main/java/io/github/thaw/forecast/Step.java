package io.github.thaw.forecast;

import io.github.thaw.model.Status;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * One step up the status scale. A milestone moves one step at a time; each step of each milestone
 * takes a time drawn from its {@link StepDuration}.
 */
public enum Step {
  /** From {@link Status#NOT_STARTED} to {@link Status#AGREED}. */
  NOT_STARTED_TO_AGREED(Status.NOT_STARTED, Status.AGREED),
  /** From {@link Status#AGREED} to {@link Status#IN_PROGRESS}. */
  AGREED_TO_IN_PROGRESS(Status.AGREED, Status.IN_PROGRESS),
  /** From {@link Status#IN_PROGRESS} to {@link Status#COMPLETED}. */
  IN_PROGRESS_TO_COMPLETED(Status.IN_PROGRESS, Status.COMPLETED);

  private final Status from;
  private final Status to;

  Step(Status from, Status to) {
    this.from = from;
    this.to = to;
  }

  /**
   * The status the step starts from.
   *
   * @return the lower status
   */
  public Status from() {
    return from;
  }

  /**
   * The status the step reaches.
   *
   * @return the higher status
   */
  public Status to() {
    return to;
  }

  /**
   * The step that leaves a status.
   *
   * @param from any status but {@link Status#COMPLETED}
   * @return the step up from it
   * @throws IllegalArgumentException for {@link Status#COMPLETED}, the top of the scale
   */
  public static Step from(Status from) {
    if (from == Status.COMPLETED) {
      throw new IllegalArgumentException("COMPLETED is the top of the scale; no step leaves it");
    }
    return values()[from.level()];
  }

  /**
   * The step as written in transitions files: {@code NOT_STARTED->AGREED}.
   *
   * @return the label
   */
  public String label() {
    return from.name() + "->" + to.name();
  }

  /**
   * Parses a label as written in transitions files.
   *
   * @param label for example {@code AGREED->IN_PROGRESS}
   * @return the step
   * @throws IllegalArgumentException naming the label and the three steps if it is not one of them
   */
  public static Step parse(String label) {
    for (Step s : values()) {
      if (s.label().equals(label)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "step '" + label + "' is not one of " + labels() + " (one status up at a time)");
  }

  /**
   * The three labels, lowest first, for messages.
   *
   * @return {@code NOT_STARTED->AGREED, AGREED->IN_PROGRESS, IN_PROGRESS->COMPLETED}
   */
  public static String labels() {
    return Arrays.stream(values()).map(Step::label).collect(Collectors.joining(", "));
  }
}
