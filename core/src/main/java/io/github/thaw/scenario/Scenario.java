package io.github.thaw.scenario;

import io.github.thaw.model.Location;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.ModelException;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A named what-if: an ordered list of {@link Change}s applied to a copy of a baseline model.
 *
 * <pre>{@code
 * Scenario railway = Scenario.named("railway-reactivated")
 *     .description("The Kars–Gyumri line reopens in mid-2026.")
 *     .setStatus("railway-rehabilitation", Status.COMPLETED, "2026-06-01")
 *     .build();
 * ProcessModel what = railway.applyTo(TurkiyeArmenia.model()); // the baseline is untouched
 * }</pre>
 *
 * <p>Hypothetical events cite a source the scenario adds, {@link #sourceId()}, so a what-if is
 * never mistaken for evidence.
 */
public final class Scenario {
  private final String name;
  private final String description;
  private final List<Change> changes;
  private final List<Location> locations;

  private Scenario(Builder b) {
    this.name = b.name;
    this.description = b.description;
    this.changes = List.copyOf(b.changes);
    this.locations = List.copyOf(b.locations);
  }

  /**
   * Starts a scenario.
   *
   * @param name a short name, shown in comparisons
   * @return an empty builder
   * @throws IllegalArgumentException if the name is blank
   */
  public static Builder named(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("scenario name must not be blank");
    }
    return new Builder(name);
  }

  /**
   * The scenario's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * What the scenario supposes and why.
   *
   * @return the description; may be empty
   */
  public String description() {
    return description;
  }

  /**
   * The changes, in the order they are applied.
   *
   * @return an immutable list
   */
  public List<Change> changes() {
    return changes;
  }

  /**
   * Where each change was declared: a file position for scenarios read from files, else the path
   * {@code changes[i]}.
   *
   * @return an immutable list parallel to {@link #changes()}
   */
  public List<Location> locations() {
    return locations;
  }

  /**
   * The id of the source that the scenario's hypothetical events cite.
   *
   * @return {@code scenario:NAME}
   */
  public String sourceId() {
    return "scenario:" + name;
  }

  /**
   * Applies the changes, in order, to a copy of the baseline.
   *
   * @param baseline the model to start from; never modified
   * @return the scenario's model
   * @throws ModelException listing every change that names an unknown milestone or dimension, would
   *     close a dependency cycle, or drops a dependency that is not there, each located at its
   *     change
   */
  public ProcessModel applyTo(ProcessModel baseline) {
    return new ScenarioApplier(this, baseline).apply();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Scenario s
        && s.name.equals(name)
        && s.description.equals(description)
        && s.changes.equals(changes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, description, changes);
  }

  @Override
  public String toString() {
    return "Scenario[" + name + ": " + changes.size() + " changes]";
  }

  /** Collects a scenario's changes; not thread-safe. */
  public static final class Builder {
    private final String name;
    private String description = "";
    private final List<Change> changes = new ArrayList<>();
    private final List<Location> locations = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    /**
     * Sets the description.
     *
     * @param description what the scenario supposes and why
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description == null ? "" : description;
      return this;
    }

    /**
     * Adds a change declared at a location (used by file readers).
     *
     * @param change the change
     * @param location where it was declared
     * @return this builder
     */
    public Builder change(Change change, Location location) {
      changes.add(Objects.requireNonNull(change, "change"));
      locations.add(Objects.requireNonNull(location, "location"));
      return this;
    }

    /**
     * Adds a change.
     *
     * @param change the change
     * @return this builder
     */
    public Builder change(Change change) {
      return change(change, Location.ofPath("changes[" + changes.size() + "]"));
    }

    /**
     * The milestone reaches a status at a date.
     *
     * @param milestone the milestone id
     * @param status the status
     * @param date {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
     * @return this builder
     */
    public Builder setStatus(String milestone, Status status, String date) {
      return setStatus(milestone, status, PartialDate.parse(date));
    }

    /**
     * The milestone reaches a status at a date.
     *
     * @param milestone the milestone id
     * @param status the status
     * @param date the date, to the precision known
     * @return this builder
     */
    public Builder setStatus(String milestone, Status status, PartialDate date) {
      return change(new Change.SetStatus(MilestoneId.of(milestone), status, date));
    }

    /**
     * Adds a hard dependency.
     *
     * @param milestone the dependent
     * @param requires the prerequisite
     * @return this builder
     */
    public Builder addRequires(String milestone, String requires) {
      return change(new Change.AddRequires(MilestoneId.of(milestone), MilestoneId.of(requires)));
    }

    /**
     * Drops a hard dependency.
     *
     * @param milestone the dependent
     * @param requires the prerequisite
     * @return this builder
     */
    public Builder dropRequires(String milestone, String requires) {
      return change(new Change.DropRequires(MilestoneId.of(milestone), MilestoneId.of(requires)));
    }

    /**
     * Sets a milestone's weight.
     *
     * @param milestone the milestone
     * @param weight finite and non-negative
     * @return this builder
     */
    public Builder setWeight(String milestone, double weight) {
      return change(new Change.SetWeight(MilestoneId.of(milestone), weight));
    }

    /**
     * No status rises from this date on.
     *
     * @param from {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
     * @return this builder
     */
    public Builder freeze(String from) {
      return freeze(PartialDate.parse(from));
    }

    /**
     * No status rises from this date on.
     *
     * @param from the first day frozen, to the precision known
     * @return this builder
     */
    public Builder freeze(PartialDate from) {
      return change(new Change.Freeze(from));
    }

    /**
     * Adds a milestone.
     *
     * @param milestone the milestone
     * @return this builder
     */
    public Builder addMilestone(Milestone milestone) {
      return change(new Change.AddMilestone(milestone));
    }

    /**
     * Builds the scenario.
     *
     * @return the immutable scenario
     */
    public Scenario build() {
      return new Scenario(this);
    }
  }
}
