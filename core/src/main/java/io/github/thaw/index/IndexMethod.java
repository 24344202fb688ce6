package io.github.thaw.index;

import io.github.thaw.internal.SharedSecrets;
import io.github.thaw.internal.StatusTimeline;
import io.github.thaw.internal.index.Engine;
import io.github.thaw.internal.index.Plan;
import io.github.thaw.model.ProcessModel;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How the normalization-progress index is computed: status scores, weights at two levels,
 * aggregation at two levels, gating by hard dependencies, and whether dimensions are used at all.
 * Immutable; the only ways in are the presets {@link #defaults()} and {@link #pam()} and {@link
 * #builder()}. Every option can be set through the builder, so a method file maps onto it one key
 * at a time. The method is described in {@code docs/methodology.md}.
 *
 * <pre>{@code
 * IndexResult now = IndexMethod.defaults().evaluate(model, LocalDate.of(2025, 9, 12));
 * System.out.println(now.explain());
 *
 * IndexMethod balanced = IndexMethod.builder()
 *     .milestoneAggregation(Aggregation.GEOMETRIC)
 *     .dimensionWeights(Weights.equal())
 *     .build();
 * Trajectory monthly = balanced.prepare(model)
 *     .monthly(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 9, 12));
 * }</pre>
 */
public final class IndexMethod {
  static {
    // The forecast's index fan resolves its method through this, so that the translation into the
    // engine's spec is written once, here; see SharedSecrets for why it is a hatch.
    SharedSecrets.setIndexAccess(
        (method, model) -> MethodResolver.spec((IndexMethod) method, (ProcessModel) model));
  }

  /** The dispute window of the defaults, in days: {@value}. */
  public static final int DEFAULT_DISPUTE_WINDOW_DAYS = StatusTimeline.DEFAULT_DISPUTE_WINDOW_DAYS;

  private static final IndexMethod DEFAULTS = new Builder().build();
  private static final IndexMethod LEGACY =
      new Builder()
          .scores(StatusScores.defaults())
          .structure(Structure.BY_DIMENSION)
          .readingRule(ReadingRule.LATEST)
          .build();
  private static final IndexMethod PAM =
      new Builder()
          .readingRule(ReadingRule.LATEST)
          .scores(StatusScores.defaults())
          .milestoneWeights(Weights.equal())
          .structure(Structure.POOLED)
          .milestoneAggregation(Aggregation.ARITHMETIC)
          .gating(Gating.NONE)
          .build();
  private static final IndexMethod PAM_IMPLEMENTATION =
      LEGACY.toBuilder().scores(StatusScores.implementation()).build();

  private final StatusScores scores;
  private final Weights milestoneWeights;
  private final Weights dimensionWeights;
  private final Aggregation milestoneAggregation;
  private final Aggregation dimensionAggregation;
  private final Gating gating;
  private final Structure structure;
  private final ReadingRule readingRule;
  private final DateRule dateRule;
  private final int disputeWindowDays;
  private final boolean includeUnscored;

  private IndexMethod(Builder b) {
    this.scores = b.scores;
    this.milestoneWeights = b.milestoneWeights;
    this.dimensionWeights = b.dimensionWeights;
    this.milestoneAggregation = b.milestoneAggregation;
    this.dimensionAggregation = b.dimensionAggregation;
    this.gating = b.gating;
    this.structure = b.structure;
    this.readingRule = b.readingRule;
    this.dateRule = b.dateRule;
    this.disputeWindowDays = b.disputeWindowDays;
    this.includeUnscored = b.includeUnscored;
  }

  /**
   * The default method, the Peace Accords Matrix's own aggregate on Thaw's evidence: the
   * implementation coding {@link StatusScores#implementation()} (0, 0, 2/3, 1: an agreement counts
   * nothing until work on it begins), every scored milestone pooled with its model weight (1 unless
   * the model says otherwise, so {@code Σ scores / milestones}, PAM's {@code Σ codes / (3 ×
   * provisions)}), hard prerequisites capping their dependents, and {@link
   * ReadingRule#MOST_RELIABLE} among reports that disagree. The agreement component is reported
   * beside it ({@link IndexResult#agreement()}). Until 0.x's second round the default was {@link
   * #legacy()}; docs/methodology.md gives the reasons and the figures.
   *
   * @return the default method
   */
  public static IndexMethod defaults() {
    return DEFAULTS;
  }

  /**
   * The default method before the second round, kept so that earlier results can be reproduced:
   * scores 0, 1/3, 2/3, 1 (an agreement counts a third of completion); milestone and dimension
   * weights from the model; weighted arithmetic means within and across dimensions; hard
   * prerequisites cap their dependents; the latest live report sets the value.
   *
   * @return the legacy method
   */
  public static IndexMethod legacy() {
    return LEGACY;
  }

  /**
   * The Peace Accords Matrix aggregate: every milestone scored 0–3, equal weights, no dimensions,
   * no gating, reported as {@code sum / (3 × milestones) × 100}. The value is computed as {@code
   * sum × 100 / (3 × milestones)}, one rounding of the exact fraction.
   *
   * @return the PAM method
   */
  public static IndexMethod pam() {
    return PAM;
  }

  /**
   * The legacy structure (dimensions, weights, gating, latest report) with the Peace Accords Matrix
   * implementation coding as scores: {@link StatusScores#implementation()}, 0, 0, 2/3, 1.
   * Agreements and announcements count nothing until work on them begins.
   *
   * @return the PAM-implementation method
   */
  public static IndexMethod pamImplementation() {
    return PAM_IMPLEMENTATION;
  }

  /**
   * A builder that starts from {@link #defaults()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this method's options, to derive a variant.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder()
        .scores(scores)
        .milestoneWeights(milestoneWeights)
        .dimensionWeights(dimensionWeights)
        .milestoneAggregation(milestoneAggregation)
        .dimensionAggregation(dimensionAggregation)
        .gating(gating)
        .structure(structure)
        .readingRule(readingRule)
        .dateRule(dateRule)
        .disputeWindowDays(disputeWindowDays)
        .includeUnscored(includeUnscored);
  }

  /**
   * Resolves this method against a model, ready to evaluate at any date or along a trajectory.
   *
   * @param model the model
   * @return the prepared index; O(milestones + dependencies + events · log events)
   * @throws IllegalArgumentException if the model has no milestones, a weight names an element not
   *     in the model, an AHP matrix does not cover exactly one group, or a group's weights are all
   *     zero
   */
  public ProgressIndex prepare(ProcessModel model) {
    return new ProgressIndex(model, this);
  }

  /**
   * The index of a model at a date: {@code prepare(model).at(date)} without preparing for
   * trajectories.
   *
   * @param model the model
   * @param date the date; events whose effective date is on or before it count
   * @return the result; O(milestones + dependencies + events)
   * @throws IllegalArgumentException as {@link #prepare}
   */
  public IndexResult evaluate(ProcessModel model, LocalDate date) {
    Objects.requireNonNull(date, "date");
    Plan plan = new Plan(model, MethodResolver.spec(this, model));
    return new IndexResult(this, plan, date, new Engine(plan, false).evaluate(date.toEpochDay()));
  }

  /**
   * The status scores.
   *
   * @return the scores
   */
  public StatusScores scores() {
    return scores;
  }

  /**
   * The weights of milestones within their dimension.
   *
   * @return the milestone weights
   */
  public Weights milestoneWeights() {
    return milestoneWeights;
  }

  /**
   * The weights of dimensions in the total; unused when {@linkplain Structure#POOLED pooled}.
   *
   * @return the dimension weights
   */
  public Weights dimensionWeights() {
    return dimensionWeights;
  }

  /**
   * How milestones are combined within a dimension (or in the total when pooled).
   *
   * @return the milestone-level aggregation
   */
  public Aggregation milestoneAggregation() {
    return milestoneAggregation;
  }

  /**
   * How dimensions are combined in the total; unused when pooled.
   *
   * @return the dimension-level aggregation
   */
  public Aggregation dimensionAggregation() {
    return dimensionAggregation;
  }

  /**
   * Whether hard prerequisites cap their dependents.
   *
   * @return the gating rule
   */
  public Gating gating() {
    return gating;
  }

  /**
   * Whether milestones are grouped by dimension or pooled.
   *
   * @return the structure
   */
  public Structure structure() {
    return structure;
  }

  /**
   * Which live report a milestone counts at when its sources disagree.
   *
   * @return the reading rule
   */
  public ReadingRule readingRule() {
    return readingRule;
  }

  /**
   * From which day an event known only to a month or year counts.
   *
   * @return the date rule
   */
  public DateRule dateRule() {
    return dateRule;
  }

  /**
   * Reports of one milestone at most this many days apart are contemporaneous: when they differ the
   * sources disagree rather than one updating the other.
   *
   * @return the window in days, at least 0
   */
  public int disputeWindowDays() {
    return disputeWindowDays;
  }

  /**
   * Whether milestones and dimensions marked {@code scored: false} enter the index anyway (false by
   * default), to measure what counting context as progress would change.
   *
   * @return true if unscored elements are counted
   */
  public boolean includeUnscored() {
    return includeUnscored;
  }

  /**
   * The method in one paragraph of plain words, as {@link IndexResult#explain()} prints it.
   *
   * @return the description
   */
  public String describe() {
    StringBuilder out = new StringBuilder();
    out.append("status scores ").append(scores).append(" (NOT_STARTED to COMPLETED); ");
    if (structure == Structure.POOLED) {
      out.append("all scored milestones pooled, weights ")
          .append(milestoneWeights)
          .append(", ")
          .append(words(milestoneAggregation))
          .append("; dimension values weighted by their milestones; ");
    } else {
      out.append("milestone weights ")
          .append(milestoneWeights)
          .append(", ")
          .append(words(milestoneAggregation))
          .append(" within each dimension; dimension weights ")
          .append(dimensionWeights)
          .append(", ")
          .append(words(dimensionAggregation))
          .append(" across dimensions; ");
    }
    out.append(
        switch (gating) {
          case CAP_BY_PREREQUISITES ->
              "a milestone counts no further than its least-advanced hard prerequisite";
          case FLAG_ONLY ->
              "milestones reported beyond a hard prerequisite are flagged, not capped";
          case NONE -> "no gating by prerequisites";
        });
    if (readingRule != ReadingRule.LATEST) {
      out.append("; reading rule ").append(readingRule);
    }
    if (dateRule != DateRule.END_OF_PERIOD) {
      out.append("; date rule ").append(dateRule);
    }
    if (disputeWindowDays != DEFAULT_DISPUTE_WINDOW_DAYS) {
      out.append("; dispute window ").append(disputeWindowDays).append(" days");
    }
    if (includeUnscored) {
      out.append("; unscored context counted");
    }
    return out.toString();
  }

  private static String words(Aggregation a) {
    return switch (a) {
      case ARITHMETIC -> "weighted arithmetic mean";
      case GEOMETRIC -> "weighted geometric mean (scores shifted by 1/99)";
      case WEAKEST_LINK -> "weakest link";
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IndexMethod other
        && scores.equals(other.scores)
        && milestoneWeights.equals(other.milestoneWeights)
        && dimensionWeights.equals(other.dimensionWeights)
        && milestoneAggregation == other.milestoneAggregation
        && dimensionAggregation == other.dimensionAggregation
        && gating == other.gating
        && structure == other.structure
        && readingRule == other.readingRule
        && dateRule == other.dateRule
        && disputeWindowDays == other.disputeWindowDays
        && includeUnscored == other.includeUnscored;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        scores,
        milestoneWeights,
        dimensionWeights,
        milestoneAggregation,
        dimensionAggregation,
        gating,
        structure,
        readingRule,
        dateRule,
        disputeWindowDays,
        includeUnscored);
  }

  @Override
  public String toString() {
    return "IndexMethod[" + describe() + "]";
  }

  /**
   * Collects a method's options; starts from the defaults. Not thread-safe.
   *
   * <pre>{@code
   * IndexMethod m = IndexMethod.builder()
   *     .scores(0, 0.25, 0.5, 1)
   *     .milestoneWeights(Weights.fromModel().with("border-opening", 3))
   *     .dimensionWeights(Weights.equal())
   *     .aggregation(Aggregation.GEOMETRIC)
   *     .gating(Gating.NONE)
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private StatusScores scores = StatusScores.implementation();
    private Weights milestoneWeights = Weights.fromModel();
    private Weights dimensionWeights = Weights.fromModel();
    private Aggregation milestoneAggregation = Aggregation.ARITHMETIC;
    private Aggregation dimensionAggregation = Aggregation.ARITHMETIC;
    private Gating gating = Gating.CAP_BY_PREREQUISITES;
    private Structure structure = Structure.POOLED;
    private ReadingRule readingRule = ReadingRule.MOST_RELIABLE;
    private DateRule dateRule = DateRule.END_OF_PERIOD;
    private int disputeWindowDays = DEFAULT_DISPUTE_WINDOW_DAYS;
    private boolean includeUnscored;

    private Builder() {}

    /**
     * Sets which live report a milestone counts at when its sources disagree.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder readingRule(ReadingRule rule) {
      this.readingRule = Objects.requireNonNull(rule, "reading rule");
      return this;
    }

    /**
     * Sets from which day an event known only to a month or year counts.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder dateRule(DateRule rule) {
      this.dateRule = Objects.requireNonNull(rule, "date rule");
      return this;
    }

    /**
     * Sets the dispute window.
     *
     * @param days reports at most this many days apart are contemporaneous; 0 or more
     * @return this builder
     * @throws IllegalArgumentException if days is negative, naming the value
     */
    public Builder disputeWindowDays(int days) {
      if (days < 0) {
        throw new IllegalArgumentException(IndexMessages.negativeWindow(days));
      }
      this.disputeWindowDays = days;
      return this;
    }

    /**
     * Sets whether milestones and dimensions marked {@code scored: false} are counted anyway.
     *
     * @param include true to count them
     * @return this builder
     */
    public Builder includeUnscored(boolean include) {
      this.includeUnscored = include;
      return this;
    }

    /**
     * Sets the status scores.
     *
     * @param scores the scores
     * @return this builder
     */
    public Builder scores(StatusScores scores) {
      this.scores = Objects.requireNonNull(scores, "scores");
      return this;
    }

    /**
     * Sets custom status scores, as {@link StatusScores#of}.
     *
     * @param scores four scores in [0, 1], non-decreasing, from NOT_STARTED to COMPLETED
     * @return this builder
     * @throws IllegalArgumentException as {@link StatusScores#of}
     */
    public Builder scores(double... scores) {
      return scores(StatusScores.of(scores));
    }

    /**
     * Sets how milestones are weighted within their dimension.
     *
     * @param weights the milestone weights
     * @return this builder
     */
    public Builder milestoneWeights(Weights weights) {
      this.milestoneWeights = Objects.requireNonNull(weights, "milestone weights");
      return this;
    }

    /**
     * Sets how dimensions are weighted in the total.
     *
     * @param weights the dimension weights
     * @return this builder
     */
    public Builder dimensionWeights(Weights weights) {
      this.dimensionWeights = Objects.requireNonNull(weights, "dimension weights");
      return this;
    }

    /**
     * Sets the aggregation of milestones within a dimension.
     *
     * @param aggregation the aggregation
     * @return this builder
     */
    public Builder milestoneAggregation(Aggregation aggregation) {
      this.milestoneAggregation = Objects.requireNonNull(aggregation, "milestone aggregation");
      return this;
    }

    /**
     * Sets the aggregation of dimensions in the total.
     *
     * @param aggregation the aggregation
     * @return this builder
     */
    public Builder dimensionAggregation(Aggregation aggregation) {
      this.dimensionAggregation = Objects.requireNonNull(aggregation, "dimension aggregation");
      return this;
    }

    /**
     * Sets the same aggregation at both levels.
     *
     * @param aggregation the aggregation
     * @return this builder
     */
    public Builder aggregation(Aggregation aggregation) {
      return milestoneAggregation(aggregation).dimensionAggregation(aggregation);
    }

    /**
     * Sets the gating rule.
     *
     * @param gating the rule
     * @return this builder
     */
    public Builder gating(Gating gating) {
      this.gating = Objects.requireNonNull(gating, "gating");
      return this;
    }

    /**
     * Sets whether milestones are grouped by dimension or pooled.
     *
     * @param structure the structure
     * @return this builder
     */
    public Builder structure(Structure structure) {
      this.structure = Objects.requireNonNull(structure, "structure");
      return this;
    }

    /**
     * Builds the method. Checks that need a model (ids, groups, all-zero weights) happen when it is
     * evaluated.
     *
     * @return the method
     */
    public IndexMethod build() {
      return new IndexMethod(this);
    }
  }
}
