package io.github.thaw.scenario;

import io.github.thaw.model.Milestone;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.Status;
import java.util.Objects;

/**
 * One intervention of a {@link Scenario}. Changes are applied in order to a copy of the baseline;
 * the baseline is never touched.
 */
public sealed interface Change
    permits Change.SetStatus,
        Change.AddRequires,
        Change.DropRequires,
        Change.SetWeight,
        Change.Freeze,
        Change.AddMilestone {

  /**
   * A short description of the change, used in explanations and error messages.
   *
   * @return for example {@code setStatus railway-rehabilitation COMPLETED at 2026-06-01}
   */
  String describe();

  /**
   * The milestone reaches a status at a date: a hypothetical event citing the scenario.
   *
   * @param milestone the milestone
   * @param status the status it reaches
   * @param date when
   */
  record SetStatus(MilestoneId milestone, Status status, PartialDate date) implements Change {
    /** Checks for nulls. */
    public SetStatus {
      Objects.requireNonNull(milestone, "milestone");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(date, "date");
    }

    @Override
    public String describe() {
      return "setStatus " + milestone + " " + status + " at " + date;
    }
  }

  /**
   * A new hard dependency: {@code milestone} requires {@code requires}.
   *
   * @param milestone the dependent
   * @param requires the new prerequisite
   */
  record AddRequires(MilestoneId milestone, MilestoneId requires) implements Change {
    /** Checks for nulls. */
    public AddRequires {
      Objects.requireNonNull(milestone, "milestone");
      Objects.requireNonNull(requires, "requires");
    }

    @Override
    public String describe() {
      return "addRequires " + milestone + " requires " + requires;
    }
  }

  /**
   * Removes a hard dependency.
   *
   * @param milestone the dependent
   * @param requires the prerequisite to drop
   */
  record DropRequires(MilestoneId milestone, MilestoneId requires) implements Change {
    /** Checks for nulls. */
    public DropRequires {
      Objects.requireNonNull(milestone, "milestone");
      Objects.requireNonNull(requires, "requires");
    }

    @Override
    public String describe() {
      return "dropRequires " + milestone + " no longer requires " + requires;
    }
  }

  /**
   * Sets a milestone's weight within its dimension.
   *
   * @param milestone the milestone
   * @param weight finite and non-negative
   */
  record SetWeight(MilestoneId milestone, double weight) implements Change {
    /**
     * Checks the weight.
     *
     * @throws IllegalArgumentException if the weight is NaN, infinite or negative
     */
    public SetWeight {
      Objects.requireNonNull(milestone, "milestone");
      if (!Double.isFinite(weight) || weight < 0) {
        throw new IllegalArgumentException(
            "weight of milestone '"
                + milestone
                + "' is "
                + weight
                + "; a weight must be a finite number >= 0");
      }
    }

    @Override
    public String describe() {
      return "setWeight " + milestone + " " + weight;
    }
  }

  /**
   * Talks stall: from this date on, no milestone's status rises. Status events after the date that
   * would raise a milestone above its status at the date are capped at that status; falls are kept.
   * It acts on the events present when it is applied, so a later {@link SetStatus} in the same
   * scenario still counts.
   *
   * @param from the first frozen day
   */
  record Freeze(PartialDate from) implements Change {
    /** Checks for null. */
    public Freeze {
      Objects.requireNonNull(from, "from");
    }

    @Override
    public String describe() {
      return "freeze from " + from;
    }
  }

  /**
   * Adds a milestone; its dimension and dependencies must exist.
   *
   * @param milestone the new milestone
   */
  record AddMilestone(Milestone milestone) implements Change {
    /** Checks for null. */
    public AddMilestone {
      Objects.requireNonNull(milestone, "milestone");
    }

    @Override
    public String describe() {
      return "addMilestone " + milestone.id();
    }
  }
}
