package io.github.thaw.internal.index;

import io.github.thaw.internal.DependencyGraph;
import io.github.thaw.internal.SharedSecrets;
import io.github.thaw.internal.StatusTimeline;
import io.github.thaw.model.Dimension;
import io.github.thaw.model.Event;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A method resolved against one model, in primitive arrays: groups (non-empty dimensions, or one
 * pool), raw weights, score tables. Immutable once built and shared by every evaluation of the same
 * {@code ProgressIndex}, and by every worker of a forecast's index fan. Building it checks what the
 * resolved weights must satisfy; the index package has already checked what names the model.
 *
 * <p>The public accessors are what the index package reads to describe a result; the engine reads
 * the fields.
 */
public final class Plan {
  final ProcessModel model;
  final DependencyGraph graph;
  final StatusTimeline timeline;
  final int size;
  final boolean gated;

  /** Whether violations of hard prerequisites are reported without capping. */
  final boolean flagged;

  /** The reading rule, as {@link EngineSpec#readingRule()}. */
  final int readingRule;

  final int window;

  /** For {@link EngineSpec#MOST_RELIABLE}: per timeline entry, the best rank of its sources. */
  private final byte[] entryRank;

  final boolean pooled;

  /** As {@link EngineSpec#milestoneAggregation()}. */
  final int milestoneAggregation;

  /** As {@link EngineSpec#dimensionAggregation()}; the milestones' when they are pooled. */
  final int dimensionAggregation;

  /** Groups in model order: the non-empty dimensions, or a single pool. */
  final int groups;

  /** Per group, its dimension (null for the pool). */
  final Dimension[] groupDimension;

  /** Per milestone, its group. */
  final int[] groupOf;

  /** Group g has {@code memberStart[g+1] - memberStart[g]} members. */
  final int[] memberStart;

  /**
   * Group g's members, in declaration order, are cut into blocks of {@link Engine#BLOCK}: blocks
   * {@code blockStart[g] .. blockStart[g+1]-1} are its blocks.
   */
  final int[] blockStart;

  /** Per milestone, its raw weight within the group. */
  final double[] weight;

  /** Per group, the sum of its members' raw weights (positive). */
  final double[] groupWeightSum;

  /** Per group, the raw weight of its dimension (1 for the pool). */
  final double[] dimensionWeight;

  /** Sum of {@link #dimensionWeight} (positive). */
  final double dimensionWeightSum;

  /** Points per status level, the scale, and the 0–100 value of each level. */
  final double[] points;

  final double scale;
  final double[] percent;

  /** {@code ln(score + c)} per level, for geometric means. */
  final double[] logShift;

  /**
   * Per level, what a milestone of weight 1 adds to its group's sum: points or log-shifted score.
   */
  final double[] termTable;

  /**
   * Per sum of {@link Engine} (value, low, high, agreement, implementation), the term a milestone
   * of weight 1 adds at each level, and the 0–100 value of each level. The components use the
   * value's counted statuses on their own scores, {@link EngineSpec#agreementScores()} and {@link
   * EngineSpec#implementationScores()}, rescaled to this method's scale.
   */
  final double[][] sumTerms;

  final double[][] sumPercent;

  /**
   * Per group, whether it is context only: every member is unscored, so the group has weight 0 in
   * the total and no value of its own.
   */
  final boolean[] context;

  /**
   * {@code ln(c)}: the log-shifted score of 0, which a share of a geometric mean is taken above.
   */
  public static final double LOG_SHIFT_ZERO = Math.log(EngineSpec.GEOMETRIC_SHIFT);

  /**
   * The order in which milestones are gated, every hard prerequisite before its dependents: null
   * for declaration order, which is used whenever it allows (as in most models, written
   * prerequisites first) so that gating reads the arrays sequentially; otherwise the graph's
   * topological order.
   */
  final int[] gatingOrder;

  /**
   * Resolves a spec against its model.
   *
   * @param model the model the spec was resolved against
   * @param spec the method as numbers
   * @throws IllegalArgumentException if the model has no milestones or nothing scored, or the
   *     weights of a dimension (or of the pool, or of the dimensions) are all zero
   */
  public Plan(ProcessModel model, EngineSpec spec) {
    this.model = Objects.requireNonNull(model, "model");
    Objects.requireNonNull(spec, "spec");
    List<Milestone> milestones = model.milestones();
    size = milestones.size();
    if (size == 0) {
      throw new IllegalArgumentException(InternalIndexMessages.noMilestones(model.name()));
    }
    graph = SharedSecrets.graph(model);
    timeline =
        spec.dateRule() == EngineSpec.END_OF_PERIOD
            ? SharedSecrets.timeline(model)
            : timeline(model, spec.dateRule());
    gated = spec.gating() == EngineSpec.CAP_BY_PREREQUISITES;
    flagged = spec.gating() == EngineSpec.FLAG_ONLY;
    readingRule = spec.readingRule();
    window = spec.disputeWindowDays();
    entryRank = readingRule == EngineSpec.MOST_RELIABLE ? entryRanks(model, timeline) : null;
    pooled = spec.pooled();
    milestoneAggregation = spec.milestoneAggregation();
    dimensionAggregation = pooled ? spec.milestoneAggregation() : spec.dimensionAggregation();

    points = spec.points();
    scale = spec.scale();
    percent = new double[points.length];
    logShift = new double[points.length];
    for (int l = 0; l < points.length; l++) {
      percent[l] = points[l] * 100 / scale;
      logShift[l] = Math.log(points[l] / scale + EngineSpec.GEOMETRIC_SHIFT);
    }
    termTable = milestoneAggregation == EngineSpec.GEOMETRIC ? logShift : points;
    sumTerms = new double[Engine.SUMS][];
    sumPercent = new double[Engine.SUMS][];
    for (int v = 0; v < Engine.VARIANTS; v++) {
      sumTerms[v] = termTable;
      sumPercent[v] = percent;
    }
    component(Engine.AGREEMENT, spec.agreementScores());
    component(Engine.IMPLEMENTATION, spec.implementationScores());

    // Groups: non-empty dimensions in model order. Pooled milestones are grouped the same way so
    // that every dimension has a value; the total weights each by its milestones (PoolTotal).
    groupOf = new int[size];
    List<Dimension> dims = model.dimensions();
    int[] dimGroup = new int[dims.size()];
    int[] dimensionOf = SharedSecrets.dimensionOf(model);
    {
      int[] count = new int[dims.size()];
      for (int m = 0; m < size; m++) {
        count[dimensionOf[m]]++;
      }
      int k = 0;
      for (int d = 0; d < dims.size(); d++) {
        dimGroup[d] = count[d] > 0 ? k++ : -1;
      }
      groups = k;
      groupDimension = new Dimension[k];
      for (int d = 0; d < dims.size(); d++) {
        if (dimGroup[d] >= 0) {
          groupDimension[dimGroup[d]] = dims.get(d);
        }
      }
      for (int m = 0; m < size; m++) {
        groupOf[m] = dimGroup[dimensionOf[m]];
      }
    }
    memberStart = new int[groups + 1];
    for (int m = 0; m < size; m++) {
      memberStart[groupOf[m] + 1]++;
    }
    for (int g = 0; g < groups; g++) {
      memberStart[g + 1] += memberStart[g];
    }
    blockStart = new int[groups + 1];
    for (int g = 0; g < groups; g++) {
      blockStart[g + 1] = blockStart[g] + (groupSize(g) + Engine.BLOCK - 1) / Engine.BLOCK;
    }

    boolean[] unscored = spec.includeUnscored() ? null : unscored(model, dimensionOf);
    weight = withoutUnscored(spec.milestoneWeights(), unscored);
    context = new boolean[groups];
    groupWeightSum = new double[groups];
    for (int m = 0; m < size; m++) {
      groupWeightSum[groupOf[m]] += weight[m];
    }
    if (unscored != null) {
      // A group whose members are all unscored is context: weight 0 in the total, no value. Its
      // weight sum is set to 1 so that its members' shares are 0, not 0/0.
      java.util.Arrays.fill(context, true);
      for (int m = 0; m < size; m++) {
        if (!unscored[m]) {
          context[groupOf[m]] = false;
        }
      }
      for (int g = 0; g < groups; g++) {
        if (context[g]) {
          groupWeightSum[g] = 1;
        }
      }
    }
    if (pooled) {
      PoolTotal.checkAndMarkEmpty(context, groupWeightSum);
    }
    for (int g = 0; g < groups; g++) {
      if (!(groupWeightSum[g] > 0)) {
        throw new IllegalArgumentException(
            InternalIndexMessages.zeroMilestoneWeights(groupDimension[g].id()));
      }
    }

    dimensionWeight = new double[groups];
    if (pooled) {
      System.arraycopy(groupWeightSum, 0, dimensionWeight, 0, groups);
    } else {
      double[] byDim = spec.dimensionWeights();
      for (int d = 0; d < dims.size(); d++) {
        if (dimGroup[d] >= 0) {
          dimensionWeight[dimGroup[d]] = byDim[d];
        }
      }
    }
    boolean anyScored = false;
    for (int g = 0; g < groups; g++) {
      if (context[g]) {
        dimensionWeight[g] = 0;
      } else {
        anyScored = true;
      }
    }
    if (!anyScored) {
      throw new IllegalArgumentException(InternalIndexMessages.noScoredMilestones(model.name()));
    }
    double sum = 0;
    for (double w : dimensionWeight) {
      sum += w;
    }
    if (!(sum > 0)) {
      throw new IllegalArgumentException(InternalIndexMessages.zeroDimensionWeights());
    }
    dimensionWeightSum = sum;

    gatingOrder = gated && !graph.hardEdgesPointBackward() ? graph.topologicalOrder() : null;
  }

  private void component(int sum, double[] scores) {
    double[] pts = new double[points.length];
    double[] pct = new double[points.length];
    double[] log = new double[points.length];
    for (int l = 0; l < points.length; l++) {
      double score = scores[l];
      pts[l] = score * scale;
      pct[l] = score * 100;
      log[l] = Math.log(score + EngineSpec.GEOMETRIC_SHIFT);
    }
    sumTerms[sum] = milestoneAggregation == EngineSpec.GEOMETRIC ? log : pts;
    sumPercent[sum] = pct;
  }

  /** Per milestone, whether it or its dimension says {@code scored: false}; null if none does. */
  private static boolean[] unscored(ProcessModel model, int[] dimensionOf) {
    List<Milestone> milestones = model.milestones();
    List<Dimension> dims = model.dimensions();
    boolean[] out = null;
    for (int m = 0; m < milestones.size(); m++) {
      if (!milestones.get(m).scored() || !dims.get(dimensionOf[m]).scored()) {
        if (out == null) {
          out = new boolean[milestones.size()];
        }
        out[m] = true;
      }
    }
    return out;
  }

  /** The weights with unscored milestones at 0; copies rather than write a shared array. */
  private static double[] withoutUnscored(double[] w, boolean[] unscored) {
    if (unscored == null) {
      return w;
    }
    double[] out = w.clone();
    for (int m = 0; m < out.length; m++) {
      if (unscored[m]) {
        out[m] = 0;
      }
    }
    return out;
  }

  /** The model's status timeline with month- and year-precision events dated by another rule. */
  private static StatusTimeline timeline(ProcessModel model, int rule) {
    List<Event> events = model.events();
    int n = events.size();
    int[] milestone = new int[n];
    long[] day = new long[n];
    int[] level = new int[n];
    int[][] cited = new int[n][];
    Map<String, Integer> sourceIndex = new HashMap<>();
    for (Source s : model.sources()) {
      sourceIndex.put(s.id(), sourceIndex.size());
    }
    for (int e = 0; e < n; e++) {
      Event ev = events.get(e);
      milestone[e] =
          ev.milestone().map(id -> SharedSecrets.indexOf(model, id)).orElse(-1).intValue();
      day[e] = day(ev.date(), rule);
      level[e] = ev.status().map(Status::level).orElse(0);
      cited[e] = ev.sources().stream().mapToInt(s -> sourceIndex.get(citedId(s))).toArray();
    }
    return new StatusTimeline(model.milestones().size(), milestone, day, level, cited);
  }

  /** The source id of a citation, {@code ID} or {@code ID#N}. */
  private static String citedId(String citation) {
    int hash = citation.indexOf('#');
    return hash < 0 ? citation : citation.substring(0, hash);
  }

  /** The epoch day an event counts from under a date rule ({@link EngineSpec#dateRule()}). */
  static long day(PartialDate date, int rule) {
    long end = date.effectiveDate().toEpochDay();
    if (rule == EngineSpec.END_OF_PERIOD || date.precision() == PartialDate.Precision.DAY) {
      return end;
    }
    long start =
        java.time.LocalDate.of(
                date.year(), date.precision() == PartialDate.Precision.MONTH ? date.month() : 1, 1)
            .toEpochDay();
    return rule == EngineSpec.START_OF_PERIOD ? start : start + (end - start) / 2;
  }

  private static byte[] entryRanks(ProcessModel model, StatusTimeline t) {
    int[] event = t.event();
    byte[] out = new byte[event.length];
    for (int k = 0; k < event.length; k++) {
      int best = Reliability.UNGRADED;
      for (String c : model.events().get(event[k]).sources()) {
        best = Math.min(best, Reliability.rank(model.source(citedId(c))));
      }
      out[k] = (byte) best;
    }
    return out;
  }

  /**
   * Milestone m's reading at a day under this method's reading rule and dispute window, packed as
   * {@code value | low << 8 | high << 16}: the band is the range of live reports, the value the one
   * the rule picks.
   */
  int read(int m, long day) {
    int packed = timeline.readingAt(m, day, window);
    int low = StatusTimeline.low(packed);
    int high = StatusTimeline.high(packed);
    int value =
        switch (readingRule) {
          case EngineSpec.CONSERVATIVE -> low;
          case EngineSpec.OPTIMISTIC -> high;
          case EngineSpec.MOST_RELIABLE ->
              low == high ? low : mostReliable(m, day, StatusTimeline.value(packed));
          default -> StatusTimeline.value(packed);
        };
    return value | low << 8 | high << 16;
  }

  /** The live report with the best-ranked source, then the latest, then the lowest. */
  private int mostReliable(int m, long day, int latest) {
    boolean[] live = timeline.liveAt(m, day, window);
    int first = timeline.start()[m];
    int bestRank = Integer.MAX_VALUE;
    long bestDay = Long.MIN_VALUE;
    int value = latest;
    for (int i = 0; i < live.length; i++) {
      if (!live[i]) {
        continue;
      }
      int k = first + i;
      int rank = entryRank[k];
      long d = timeline.day()[k];
      int level = timeline.level()[k];
      if (rank < bestRank
          || (rank == bestRank && d > bestDay)
          || (rank == bestRank && d == bestDay && level < value)) {
        bestRank = rank;
        bestDay = d;
        value = level;
      }
    }
    return value;
  }

  /**
   * The number of members of a group.
   *
   * @param g the group
   * @return its milestones, scored or not
   */
  public int groupSize(int g) {
    return memberStart[g + 1] - memberStart[g];
  }

  /** The leaf term of milestone m at a status level: weight times points or log-shifted score. */
  double term(int m, int level) {
    return weight[m] * termTable[level];
  }

  /**
   * The total on 0–100 from the group values, aggregated across dimensions by the method and
   * clamped to the range of the positive-weight groups; the one place both the event-driven engine
   * and the forecast's level evaluator compute it, so they agree to the last bit.
   */
  double total(double[] p) {
    return total(null, p);
  }

  /**
   * As {@link #total(double[])}; when milestones are pooled and {@code root} (the groups' sums of
   * member terms) is given, the total is formed from the sums, as one pool would form it.
   */
  double total(double[] root, double[] p) {
    if (pooled && root != null) {
      return PoolTotal.total(this, root, p);
    }
    double[] w = dimensionWeight;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int g = 0; g < p.length; g++) {
      if (w[g] > 0) {
        lo = Math.min(lo, p[g]);
        hi = Math.max(hi, p[g]);
      }
    }
    double x;
    switch (dimensionAggregation) {
      case EngineSpec.ARITHMETIC -> {
        double s = 0;
        for (int g = 0; g < p.length; g++) {
          s += w[g] * p[g];
        }
        x = s / dimensionWeightSum;
      }
      case EngineSpec.GEOMETRIC -> {
        double s = 0;
        for (int g = 0; g < p.length; g++) {
          s += w[g] * Math.log(p[g] / 100 + EngineSpec.GEOMETRIC_SHIFT);
        }
        x = 100 * (Math.exp(s / dimensionWeightSum) - EngineSpec.GEOMETRIC_SHIFT);
      }
      default -> x = lo;
    }
    return Math.min(hi, Math.max(lo, x));
  }

  // ---- what the index package reads to describe a result

  /**
   * The model.
   *
   * @return the model this plan was resolved against
   */
  public ProcessModel model() {
    return model;
  }

  /**
   * The status timeline under the spec's date rule.
   *
   * @return the timeline (shared: do not modify its arrays)
   */
  public StatusTimeline timeline() {
    return timeline;
  }

  /**
   * The number of milestones.
   *
   * @return milestones in the model
   */
  public int size() {
    return size;
  }

  /**
   * The number of groups: the non-empty dimensions, in model order.
   *
   * @return the groups
   */
  public int groups() {
    return groups;
  }

  /**
   * A milestone's group.
   *
   * @param m the milestone's index in declaration order
   * @return its group
   */
  public int groupOf(int m) {
    return groupOf[m];
  }

  /**
   * A group's dimension.
   *
   * @param g the group
   * @return its dimension
   */
  public Dimension groupDimension(int g) {
    return groupDimension[g];
  }

  /**
   * Whether a group is context only: no member counts, so it has weight 0 and no value.
   *
   * @param g the group
   * @return whether it is context
   */
  public boolean context(int g) {
    return context[g];
  }

  /**
   * Whether milestones are pooled rather than aggregated by dimension.
   *
   * @return whether pooled
   */
  public boolean pooled() {
    return pooled;
  }

  /**
   * A milestone's raw weight within its group: 0 when it does not count.
   *
   * @param m the milestone's index in declaration order
   * @return its weight
   */
  public double weight(int m) {
    return weight[m];
  }

  /**
   * The sum of a group's members' raw weights.
   *
   * @param g the group
   * @return the sum, positive
   */
  public double groupWeightSum(int g) {
    return groupWeightSum[g];
  }

  /**
   * A group's raw weight in the total: its dimension's weight, or its members' total weight when
   * pooled; 0 for context.
   *
   * @param g the group
   * @return the weight
   */
  public double dimensionWeight(int g) {
    return dimensionWeight[g];
  }

  /**
   * The sum of the groups' raw weights in the total.
   *
   * @return the sum, positive
   */
  public double dimensionWeightSum() {
    return dimensionWeightSum;
  }

  /**
   * The points of a status level.
   *
   * @param level 0–3
   * @return its points
   */
  public double points(int level) {
    return points[level];
  }

  /**
   * The points of a complete milestone.
   *
   * @return the scale
   */
  public double scale() {
    return scale;
  }

  /**
   * A status level's score shifted for geometric means: {@code ln(points / scale + c)}.
   *
   * @param level 0–3
   * @return the log-shifted score
   */
  public double logShift(int level) {
    return logShift[level];
  }
}
