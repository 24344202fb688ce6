package io.github.thaw.forecast;

import io.github.thaw.model.Limits;
import io.github.thaw.model.Location;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.Problem;
import io.github.thaw.model.ProcessModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How milestones move up the status scale in a forecast: a {@link StepDuration} for each step, with
 * defaults per step and overrides per milestone; the factor by which a completed soft prerequisite
 * scales a dependent's remaining time; and optional random {@link FreezeShocks}. Immutable; derive
 * a variant with {@link #toBuilder()} or {@link #with}.
 *
 * <pre>{@code
 * Transitions t = Transitions.builder(StepDuration.exponential(0.05))   // every step by default
 *     .step(Step.AGREED_TO_IN_PROGRESS, StepDuration.pert(3, 9, 24))
 *     .milestone("railway-rehabilitation", Step.IN_PROGRESS_TO_COMPLETED,
 *         StepDuration.lognormal(12, 30))
 *     .milestone("border-opening", Step.NOT_STARTED_TO_AGREED, StepDuration.never())
 *     .softFactor(0.8)
 *     .freezes(FreezeShocks.of(0.3, 6))
 *     .build();
 * }</pre>
 *
 * <p>A duration is looked up milestone first, then step default. {@link Calibration#transitions()}
 * gives transitions estimated from the record, a good base to override.
 */
public final class Transitions {
  /** The default soft factor: a completed soft prerequisite cuts the remaining time by a fifth. */
  public static final double DEFAULT_SOFT_FACTOR = 0.8;

  private final Map<Step, StepDuration> steps;
  private final Map<MilestoneId, Map<Step, StepDuration>> milestones;
  private final Map<MilestoneId, Location> locations;
  private final double softFactor;
  private final Optional<FreezeShocks> freezes;
  private final Optional<Tempo> tempo;
  private final Optional<Reversals> reversals;
  private final Optional<Pooling> pooling;
  private final Optional<StepPrior> prior;
  private final Optional<PacePrior> pacePrior;

  private Transitions(Builder b) {
    this.steps = Collections.unmodifiableMap(new EnumMap<>(b.steps));
    Map<MilestoneId, Map<Step, StepDuration>> m = new LinkedHashMap<>();
    b.milestones.forEach((id, s) -> m.put(id, Collections.unmodifiableMap(new EnumMap<>(s))));
    this.milestones = Collections.unmodifiableMap(m);
    this.locations = Collections.unmodifiableMap(new LinkedHashMap<>(b.locations));
    this.softFactor = b.softFactor;
    this.freezes = Optional.ofNullable(b.freezes);
    this.tempo = Optional.ofNullable(b.tempo);
    this.reversals = Optional.ofNullable(b.reversals);
    this.pooling = Optional.ofNullable(b.pooling);
    this.prior = Optional.ofNullable(b.prior);
    this.pacePrior = Optional.ofNullable(b.pacePrior);
  }

  /**
   * Transitions where every step of every milestone takes the same distribution, with the default
   * soft factor and no freezes.
   *
   * @param everyStep the duration of every step
   * @return the transitions
   */
  public static Transitions everyStep(StepDuration everyStep) {
    return builder(everyStep).build();
  }

  /**
   * Starts transitions from a duration for every step.
   *
   * @param everyStep the duration of every step until set otherwise
   * @return a builder with the default soft factor and no freezes
   */
  public static Builder builder(StepDuration everyStep) {
    return new Builder(everyStep);
  }

  /**
   * A builder holding these transitions, to derive a variant.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(steps.get(Step.NOT_STARTED_TO_AGREED));
    b.steps.putAll(steps);
    milestones.forEach((id, s) -> b.milestones.put(id, new EnumMap<>(s)));
    b.locations.putAll(locations);
    b.softFactor = softFactor;
    b.freezes = freezes.orElse(null);
    b.tempo = tempo.orElse(null);
    b.reversals = reversals.orElse(null);
    b.pooling = pooling.orElse(null);
    b.prior = prior.orElse(null);
    b.pacePrior = pacePrior.orElse(null);
    return b;
  }

  /**
   * A copy with one milestone's step set: {@code toBuilder().milestone(...).build()}.
   *
   * @param milestone the milestone id
   * @param step the step
   * @param duration its duration
   * @return the new transitions; this one is unchanged
   */
  public Transitions with(String milestone, Step step, StepDuration duration) {
    return toBuilder().milestone(milestone, step, duration).build();
  }

  /**
   * The duration of one milestone's step: its own if set, else the step's default.
   *
   * @param milestone the milestone
   * @param step the step
   * @return the duration
   */
  public StepDuration duration(MilestoneId milestone, Step step) {
    Map<Step, StepDuration> own = milestones.get(milestone);
    StepDuration d = own == null ? null : own.get(step);
    return d != null ? d : steps.get(step);
  }

  /**
   * The duration of one milestone's step.
   *
   * @param milestone the milestone id
   * @param step the step
   * @return the duration
   * @throws IllegalArgumentException if the id is not lower-kebab-case
   */
  public StepDuration duration(String milestone, Step step) {
    return duration(MilestoneId.of(milestone), step);
  }

  /**
   * The default of each step, for milestones that do not set their own.
   *
   * @return an immutable map with every step
   */
  public Map<Step, StepDuration> steps() {
    return steps;
  }

  /**
   * The steps set per milestone, in the order they were first set.
   *
   * @return an immutable map
   */
  public Map<MilestoneId, Map<Step, StepDuration>> milestones() {
    return milestones;
  }

  /**
   * The factor by which each completed soft prerequisite ({@code influencedBy}) multiplies the time
   * a dependent's steps still need: 0.8 means that once it completes, the dependent works a quarter
   * faster (1/0.8). 1 turns soft dependencies off.
   *
   * @return the factor, finite and {@code > 0}
   */
  public double softFactor() {
    return softFactor;
  }

  /**
   * The random freezes, if any.
   *
   * @return the shocks, or empty
   */
  public Optional<FreezeShocks> freezes() {
    return freezes;
  }

  /**
   * The per-path tempo, the common shock, if these transitions set it; empty leaves it to the
   * forecast, which estimates it from the record when it calibrates ({@link Calibration#tempo}).
   *
   * @return the tempo, or empty
   */
  public Optional<Tempo> tempo() {
    return tempo;
  }

  /**
   * The random reversals, if these transitions set them; empty leaves them to the forecast, which
   * estimates their hazard from the record when it calibrates its transitions on it ({@link
   * Calibration#reversals()}).
   *
   * @return the reversals, or empty
   */
  public Optional<Reversals> reversals() {
    return reversals;
  }

  /**
   * The prior of every step's rate, if these transitions set it; empty leaves it to the forecast,
   * which takes the record's own ({@link Calibration#prior(Pooling)}) when it draws rates from
   * their posterior.
   *
   * @return the prior, or empty
   */
  public Optional<StepPrior> prior() {
    return prior;
  }

  /**
   * The prior of the variance of the milestones' own paces under pooling by milestone, if these
   * transitions set it; empty leaves it to the calibration ({@link PacePrior#DEFAULT}).
   *
   * @return the prior, or empty
   */
  public Optional<PacePrior> pacePrior() {
    return pacePrior;
  }

  /**
   * How the forecast pools calibrated step rates, if these transitions set it; empty leaves it to
   * the forecast ({@link Forecast#DEFAULT_POOLING}).
   *
   * @return the pooling, or empty
   */
  public Optional<Pooling> pooling() {
    return pooling;
  }

  /**
   * Checks that every milestone set here is in a model.
   *
   * @param model the model
   * @return a problem per unknown milestone, at its file location when read from a file, with the
   *     nearest id as a hint
   */
  List<Problem> problemsWith(ProcessModel model) {
    List<Problem> out = new ArrayList<>();
    for (MilestoneId id : milestones.keySet()) {
      if (!model.contains(id)) {
        Location where =
            locations.getOrDefault(id, Location.ofPath("transitions.milestones." + id.value()));
        // The "did you mean" passes over every id: only for the problems that will be listed.
        String message =
            out.size() < Limits.MAX_PROBLEMS
                ? model.unknownMilestone(id.value())
                : "Milestone '" + id.value() + "' is not in model '" + model.name() + "'";
        out.add(new Problem(where, ForecastMessages.unknownMilestone(message)));
      }
    }
    return out;
  }

  /**
   * Equal when every duration, the soft factor, the freezes and every other setting are equal;
   * locations do not count.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Transitions t
        && t.steps.equals(steps)
        && t.milestones.equals(milestones)
        && Double.compare(t.softFactor, softFactor) == 0
        && t.freezes.equals(freezes)
        && t.tempo.equals(tempo)
        && t.reversals.equals(reversals)
        && t.pooling.equals(pooling)
        && t.prior.equals(prior)
        && t.pacePrior.equals(pacePrior);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        steps, milestones, softFactor, freezes, tempo, reversals, pooling, prior, pacePrior);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Transitions[");
    steps.forEach((k, v) -> s.append(k.label()).append(' ').append(v).append(", "));
    s.append(milestones.size()).append(" milestones set, softFactor ").append(softFactor);
    freezes.ifPresent(f -> s.append(", ").append(f));
    tempo.ifPresent(z -> s.append(", ").append(z));
    reversals.ifPresent(z -> s.append(", ").append(z));
    pooling.ifPresent(z -> s.append(", pooling ").append(z.label()));
    prior.ifPresent(z -> s.append(", ").append(z));
    pacePrior.ifPresent(z -> s.append(", ").append(z));
    return s.append(']').toString();
  }

  /** Collects transitions; not thread-safe. */
  public static final class Builder {
    private final Map<Step, StepDuration> steps = new EnumMap<>(Step.class);
    private final Map<MilestoneId, Map<Step, StepDuration>> milestones = new LinkedHashMap<>();
    private final Map<MilestoneId, Location> locations = new LinkedHashMap<>();
    private double softFactor = DEFAULT_SOFT_FACTOR;
    private FreezeShocks freezes;
    private Tempo tempo;
    private Reversals reversals;
    private Pooling pooling;
    private StepPrior prior;
    private PacePrior pacePrior;

    private Builder(StepDuration everyStep) {
      Objects.requireNonNull(everyStep, "duration of every step");
      for (Step s : Step.values()) {
        steps.put(s, everyStep);
      }
    }

    /**
     * Sets every step's default.
     *
     * @param duration the duration of every step of milestones that do not set their own
     * @return this builder
     */
    public Builder everyStep(StepDuration duration) {
      Objects.requireNonNull(duration, "duration");
      for (Step s : Step.values()) {
        steps.put(s, duration);
      }
      return this;
    }

    /**
     * Sets one step's default.
     *
     * @param step the step
     * @param duration its duration for milestones that do not set their own
     * @return this builder
     */
    public Builder step(Step step, StepDuration duration) {
      steps.put(Objects.requireNonNull(step, "step"), Objects.requireNonNull(duration, "duration"));
      return this;
    }

    /**
     * Sets one milestone's step.
     *
     * @param milestone the milestone
     * @param step the step
     * @param duration its duration
     * @return this builder
     */
    public Builder milestone(MilestoneId milestone, Step step, StepDuration duration) {
      Objects.requireNonNull(milestone, "milestone");
      milestones
          .computeIfAbsent(milestone, k -> new EnumMap<>(Step.class))
          .put(Objects.requireNonNull(step, "step"), Objects.requireNonNull(duration, "duration"));
      return this;
    }

    /**
     * Sets one milestone's step.
     *
     * @param milestone the milestone id
     * @param step the step
     * @param duration its duration
     * @return this builder
     * @throws IllegalArgumentException if the id is not lower-kebab-case
     */
    public Builder milestone(String milestone, Step step, StepDuration duration) {
      return milestone(MilestoneId.of(milestone), step, duration);
    }

    /**
     * Records where a milestone's transitions were declared, so that a forecast can locate the
     * error if the milestone is not in its model. Transitions files do this.
     *
     * @param milestone the milestone
     * @param location its location
     * @return this builder
     */
    public Builder declaredAt(MilestoneId milestone, Location location) {
      locations.put(
          Objects.requireNonNull(milestone, "milestone"),
          Objects.requireNonNull(location, "location"));
      return this;
    }

    /**
     * Sets the soft factor (see {@link Transitions#softFactor()}).
     *
     * @param factor a finite number {@code > 0}; 1 turns soft dependencies off
     * @return this builder
     * @throws IllegalArgumentException if the factor is not a finite number {@code > 0}
     */
    public Builder softFactor(double factor) {
      if (!(factor > 0 && Double.isFinite(factor))) {
        throw new IllegalArgumentException(ForecastMessages.factor("soft factor", factor));
      }
      this.softFactor = factor;
      return this;
    }

    /**
     * Sets random freezes.
     *
     * @param shocks the freezes, or null for none
     * @return this builder
     */
    public Builder freezes(FreezeShocks shocks) {
      this.freezes = shocks;
      return this;
    }

    /**
     * Sets the per-path tempo, the common shock of every step clock ({@link Tempo}).
     *
     * @param tempo the tempo ({@link Tempo#NONE} for none), or null to leave it to the forecast's
     *     calibration
     * @return this builder
     */
    public Builder tempo(Tempo tempo) {
      this.tempo = tempo;
      return this;
    }

    /**
     * Sets the random reversals ({@link Reversals}).
     *
     * @param reversals the reversals ({@link Reversals#NONE} for none), or null to leave them to
     *     the forecast's calibration
     * @return this builder
     */
    public Builder reversals(Reversals reversals) {
      this.reversals = reversals;
      return this;
    }

    /**
     * Sets how the forecast pools calibrated step rates ({@link Pooling}).
     *
     * @param pooling the pooling, or null to leave it to the forecast's default
     * @return this builder
     */
    public Builder pooling(Pooling pooling) {
      this.pooling = pooling;
      return this;
    }

    /**
     * Sets the prior of every step's rate under posterior rates ({@link StepPrior}).
     *
     * @param prior the prior, or null to leave it to the forecast's calibration (the record's own,
     *     {@link Calibration#prior(Pooling)})
     * @return this builder
     */
    public Builder prior(StepPrior prior) {
      this.prior = prior;
      return this;
    }

    /**
     * Sets the prior of the variance of the milestones' own paces ({@link PacePrior}).
     *
     * @param pacePrior the prior, or null to leave it to the calibration ({@link
     *     PacePrior#DEFAULT})
     * @return this builder
     */
    public Builder pacePrior(PacePrior pacePrior) {
      this.pacePrior = pacePrior;
      return this;
    }

    /**
     * Builds the transitions.
     *
     * @return the transitions
     */
    public Transitions build() {
      return new Transitions(this);
    }
  }
}
