package io.github.thaw.model;

import java.util.Objects;

/**
 * An edge of the dependency graph: {@code dependent} depends on {@code prerequisite}.
 *
 * @param dependent the milestone that depends
 * @param prerequisite the milestone depended on
 * @param kind hard ({@link Kind#REQUIRES}) or soft ({@link Kind#INFLUENCED_BY})
 */
public record Dependency(MilestoneId dependent, MilestoneId prerequisite, Kind kind) {
  /** Hard or soft. */
  public enum Kind {
    /** Hard: the dependent cannot count as further along than its prerequisite. */
    REQUIRES,
    /** Soft: changes likelihood, never caps. */
    INFLUENCED_BY
  }

  /**
   * Checks for nulls.
   *
   * @throws NullPointerException if any field is null
   */
  public Dependency {
    Objects.requireNonNull(dependent, "dependent");
    Objects.requireNonNull(prerequisite, "prerequisite");
    Objects.requireNonNull(kind, "kind");
  }

  @Override
  public String toString() {
    return dependent + (kind == Kind.REQUIRES ? " requires " : " is influenced by ") + prerequisite;
  }
}
