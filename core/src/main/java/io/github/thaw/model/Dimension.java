package io.github.thaw.model;

import java.util.Objects;

/**
 * A pillar of the process (borders and people, transport, energy, diplomacy…); every milestone
 * belongs to exactly one.
 *
 * @param id a lower-kebab-case id, stable in model files
 * @param name a human-readable name
 * @param weight the dimension's weight in the total index, finite and non-negative (default 1)
 * @param description what the dimension covers; may be empty
 * @param scored whether the dimension enters the index (default true); an unscored dimension is
 *     context, the drivers of a process rather than its progress: its milestones take part in
 *     dependencies, scenarios and forecasts but never move the index
 */
public record Dimension(String id, String name, double weight, String description, boolean scored) {
  /**
   * Validates the fields.
   *
   * @throws IllegalArgumentException if the id is not lower-kebab-case, the name is blank or the
   *     weight is NaN, infinite or negative
   */
  public Dimension {
    Objects.requireNonNull(id, "dimension id");
    if (!MilestoneId.isValid(id)) {
      throw new IllegalArgumentException(
          "dimension id '" + id + "' is not lower-kebab-case (e.g. 'borders')");
    }
    Checks.requireText("name of dimension '" + id + "'", name);
    Checks.check("dimension '" + id + "'", weight);
    description = description == null ? "" : description;
  }

  /**
   * A scored dimension.
   *
   * @param id a lower-kebab-case id
   * @param name a human-readable name
   * @param weight the weight in the total, finite and non-negative
   * @param description what the dimension covers; may be empty
   * @throws IllegalArgumentException as the canonical constructor
   */
  public Dimension(String id, String name, double weight, String description) {
    this(id, name, weight, description, true);
  }

  /**
   * This dimension with {@code scored} set.
   *
   * @param scored whether it enters the index
   * @return a copy, or this dimension if unchanged
   */
  public Dimension withScored(boolean scored) {
    return scored == this.scored ? this : new Dimension(id, name, weight, description, scored);
  }

  /**
   * A dimension of weight 1 and no description.
   *
   * @param id the id
   * @param name the name
   * @return the dimension
   */
  public static Dimension of(String id, String name) {
    return new Dimension(id, name, 1.0, "");
  }

  /**
   * A dimension with a weight and no description.
   *
   * @param id the id
   * @param name the name
   * @param weight its weight in the total index, finite and non-negative
   * @return the dimension
   * @throws IllegalArgumentException if the id is not lower-kebab-case, the name is blank or the
   *     weight is NaN, infinite or negative
   */
  public static Dimension of(String id, String name, double weight) {
    return new Dimension(id, name, weight, "");
  }
}
