package io.github.thaw.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A step of the process that can be agreed, worked on and completed, such as the opening of the
 * land border.
 *
 * <p>{@code requires} lists hard prerequisites: the milestone cannot count as further along than
 * any of them. {@code influencedBy} lists soft ones: they change likelihood, never cap.
 *
 * <pre>{@code
 * Milestone border = Milestone.builder("border-opening", "Land border opens", "borders")
 *     .requires("third-country-crossing", "railway-rehabilitation")
 *     .influencedBy("armenia-azerbaijan-peace")
 *     .build();
 * }</pre>
 *
 * @param id the id
 * @param name a human-readable name
 * @param dimension the id of the dimension it belongs to
 * @param description what the milestone means and what counts as each status; may be empty
 * @param weight its weight within the dimension, finite and non-negative (default 1)
 * @param requires hard prerequisites, in declared order
 * @param influencedBy soft prerequisites, in declared order
 * @param scored whether the milestone enters the index (default true); an unscored milestone is
 *     context: it takes part in dependencies, scenarios and forecasts but never moves the index
 */
public record Milestone(
    MilestoneId id,
    String name,
    String dimension,
    String description,
    double weight,
    List<MilestoneId> requires,
    List<MilestoneId> influencedBy,
    boolean scored) {

  /**
   * Validates the fields and copies the lists.
   *
   * @throws IllegalArgumentException if the name or dimension is blank or the weight is NaN,
   *     infinite or negative
   */
  public Milestone {
    Objects.requireNonNull(id, "milestone id");
    Checks.requireText("name of milestone '" + id + "'", name);
    Checks.requireText("dimension of milestone '" + id + "'", dimension);
    description = description == null ? "" : description;
    Checks.check("milestone '" + id + "'", weight);
    requires = List.copyOf(requires);
    influencedBy = List.copyOf(influencedBy);
  }

  /**
   * A scored milestone.
   *
   * @param id the id
   * @param name a human-readable name
   * @param dimension the id of its dimension
   * @param description its description; may be empty
   * @param weight its weight within the dimension
   * @param requires hard prerequisites
   * @param influencedBy soft prerequisites
   * @throws IllegalArgumentException as the canonical constructor
   */
  public Milestone(
      MilestoneId id,
      String name,
      String dimension,
      String description,
      double weight,
      List<MilestoneId> requires,
      List<MilestoneId> influencedBy) {
    this(id, name, dimension, description, weight, requires, influencedBy, true);
  }

  /**
   * Starts a milestone.
   *
   * @param id the id, lower-kebab-case
   * @param name the name
   * @param dimension the dimension id
   * @return a builder with weight 1, no description and no dependencies
   */
  public static Builder builder(String id, String name, String dimension) {
    return new Builder(MilestoneId.of(id), name, dimension);
  }

  /**
   * A builder holding this milestone's fields, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b =
        new Builder(id, name, dimension).description(description).weight(weight).scored(scored);
    b.requires.addAll(requires);
    b.influencedBy.addAll(influencedBy);
    return b;
  }

  /** Builds a {@link Milestone}; not thread-safe. */
  public static final class Builder {
    private final MilestoneId id;
    private String name;
    private String dimension;
    private String description = "";
    private double weight = 1.0;
    private boolean scored = true;
    private final List<MilestoneId> requires = new ArrayList<>();
    private final List<MilestoneId> influencedBy = new ArrayList<>();

    private Builder(MilestoneId id, String name, String dimension) {
      this.id = id;
      this.name = name;
      this.dimension = dimension;
    }

    /**
     * Sets the name.
     *
     * @param name the name
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets the dimension.
     *
     * @param dimension the dimension id
     * @return this builder
     */
    public Builder dimension(String dimension) {
      this.dimension = dimension;
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the description
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets whether the milestone enters the index (default true). An unscored milestone is context:
     * it takes part in dependencies, scenarios and forecasts, never in the index.
     *
     * @param scored false for a context milestone
     * @return this builder
     */
    public Builder scored(boolean scored) {
      this.scored = scored;
      return this;
    }

    /**
     * Sets the weight within the dimension.
     *
     * @param weight finite and non-negative
     * @return this builder
     */
    public Builder weight(double weight) {
      this.weight = weight;
      return this;
    }

    /**
     * Adds hard prerequisites.
     *
     * @param ids milestone ids
     * @return this builder
     */
    public Builder requires(String... ids) {
      for (String s : ids) {
        requires.add(MilestoneId.of(s));
      }
      return this;
    }

    /**
     * Adds hard prerequisites.
     *
     * @param ids milestone ids
     * @return this builder
     */
    public Builder requires(List<MilestoneId> ids) {
      requires.addAll(ids);
      return this;
    }

    /**
     * Removes a hard prerequisite, if present.
     *
     * @param id the prerequisite to drop
     * @return this builder
     */
    public Builder dropRequires(MilestoneId id) {
      requires.remove(id);
      return this;
    }

    /**
     * Removes a hard prerequisite, if present.
     *
     * @param id the id of the prerequisite to drop
     * @return this builder
     * @throws IllegalArgumentException if the id is not lower-kebab-case
     */
    public Builder dropRequires(String id) {
      return dropRequires(MilestoneId.of(id));
    }

    /**
     * Adds soft prerequisites.
     *
     * @param ids milestone ids
     * @return this builder
     */
    public Builder influencedBy(String... ids) {
      for (String s : ids) {
        influencedBy.add(MilestoneId.of(s));
      }
      return this;
    }

    /**
     * Adds soft prerequisites.
     *
     * @param ids milestone ids
     * @return this builder
     */
    public Builder influencedBy(List<MilestoneId> ids) {
      influencedBy.addAll(ids);
      return this;
    }

    /**
     * Builds the milestone.
     *
     * @return the milestone
     * @throws IllegalArgumentException if a field is invalid
     */
    public Milestone build() {
      return new Milestone(
          id, name, dimension, description, weight, requires, influencedBy, scored);
    }
  }
}
