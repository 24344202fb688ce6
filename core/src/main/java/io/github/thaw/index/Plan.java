package io.github.thaw.index;

import io.github.thaw.internal.DependencyGraph;
import io.github.thaw.internal.SharedSecrets;
import io.github.thaw.internal.StatusTimeline;
import io.github.thaw.model.Dimension;
import io.github.thaw.model.Event;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.MilestoneId;
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
 * {@link ProgressIndex}. Building it checks everything about the method that needs the model.
 */
final class Plan {
  final ProcessModel model;
  final IndexMethod method;
  final DependencyGraph graph;
  final StatusTimeline timeline;
  final int size;
  final boolean gated;

  /** Whether violations of hard prerequisites are reported without capping. */
  final boolean flagged;

  final ReadingRule readingRule;
  final int window;

  /** For {@link ReadingRule#MOST_RELIABLE}: per timeline entry, the best rank of its sources. */
  private final byte[] entryRank;

  final boolean pooled;
  final Aggregation milestoneAggregation;
  final Aggregation dimensionAggregation;

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
   * value's counted statuses on their own scores, {@link StatusScores#agreement()} and {@link
   * StatusScores#implementation()}, rescaled to this method's scale.
   */
  final double[][] sumTerms;

  final double[][] sumPercent;

  /**
   * Per group, whether it is context only: every member is unscored, so the group has weight 0 in
   * the total and no value of its own.
   */
  final boolean[] context;

  static final double LOG_SHIFT_ZERO = Math.log(Aggregation.GEOMETRIC_SHIFT);

  /**
   * The order in which milestones are gated, every hard prerequisite before its dependents: null
   * for declaration order, which is used whenever it allows (as in most models, written
   * prerequisites first) so that gating reads the arrays sequentially; otherwise the graph's
   * topological order.
   */
  final int[] gatingOrder;

  Plan(ProcessModel model, IndexMethod method) {
    this.model = Objects.requireNonNull(model, "model");
    this.method = Objects.requireNonNull(method, "method");
    List<Milestone> milestones = model.milestones();
    size = milestones.size();
    if (size == 0) {
      throw new IllegalArgumentException(IndexMessages.noMilestones(model.name()));
    }
    graph = SharedSecrets.graph(model);
    timeline =
        method.dateRule() == DateRule.END_OF_PERIOD
            ? SharedSecrets.timeline(model)
            : timeline(model, method.dateRule());
    gated = method.gating() == Gating.CAP_BY_PREREQUISITES;
    flagged = method.gating() == Gating.FLAG_ONLY;
    readingRule = method.readingRule();
    window = method.disputeWindowDays();
    entryRank = readingRule == ReadingRule.MOST_RELIABLE ? entryRanks(model, timeline) : null;
    pooled = method.structure() == Structure.POOLED;
    milestoneAggregation = method.milestoneAggregation();
    dimensionAggregation = pooled ? method.milestoneAggregation() : method.dimensionAggregation();

    StatusScores scores = method.scores();
    points = scores.pointsArray();
    scale = scores.scale();
    percent = new double[points.length];
    logShift = new double[points.length];
    for (int l = 0; l < points.length; l++) {
      percent[l] = points[l] * 100 / scale;
      logShift[l] = Math.log(points[l] / scale + Aggregation.GEOMETRIC_SHIFT);
    }
    termTable = milestoneAggregation == Aggregation.GEOMETRIC ? logShift : points;
    sumTerms = new double[Engine.SUMS][];
    sumPercent = new double[Engine.SUMS][];
    for (int v = 0; v < Engine.VARIANTS; v++) {
      sumTerms[v] = termTable;
      sumPercent[v] = percent;
    }
    component(Engine.AGREEMENT, StatusScores.agreement());
    component(Engine.IMPLEMENTATION, StatusScores.implementation());

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

    boolean[] unscored = method.includeUnscored() ? null : unscored(model, dimensionOf);
    weight = withoutUnscored(milestoneWeights(method.milestoneWeights(), milestones), unscored);
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
            IndexMessages.zeroMilestoneWeights(groupDimension[g].id()));
      }
    }

    dimensionWeight = new double[groups];
    if (pooled) {
      System.arraycopy(groupWeightSum, 0, dimensionWeight, 0, groups);
    } else {
      double[] byDim = dimensionWeights(method.dimensionWeights(), dims);
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
      throw new IllegalArgumentException(IndexMessages.noScoredMilestones(model.name()));
    }
    double sum = 0;
    for (double w : dimensionWeight) {
      sum += w;
    }
    if (!(sum > 0)) {
      throw new IllegalArgumentException(IndexMessages.zeroDimensionWeights());
    }
    dimensionWeightSum = sum;

    gatingOrder = gated && !graph.hardEdgesPointBackward() ? graph.topologicalOrder() : null;
  }

  private void component(int sum, StatusScores on) {
    double[] pts = new double[points.length];
    double[] pct = new double[points.length];
    double[] log = new double[points.length];
    for (int l = 0; l < points.length; l++) {
      double score = on.score(Status.ofLevel(l));
      pts[l] = score * scale;
      pct[l] = score * 100;
      log[l] = Math.log(score + Aggregation.GEOMETRIC_SHIFT);
    }
    sumTerms[sum] = milestoneAggregation == Aggregation.GEOMETRIC ? log : pts;
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
  private static StatusTimeline timeline(ProcessModel model, DateRule rule) {
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

  /** The epoch day an event counts from under a date rule. */
  static long day(PartialDate date, DateRule rule) {
    long end = date.effectiveDate().toEpochDay();
    if (rule == DateRule.END_OF_PERIOD || date.precision() == PartialDate.Precision.DAY) {
      return end;
    }
    long start =
        java.time.LocalDate.of(
                date.year(), date.precision() == PartialDate.Precision.MONTH ? date.month() : 1, 1)
            .toEpochDay();
    return rule == DateRule.START_OF_PERIOD ? start : start + (end - start) / 2;
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
          case LATEST -> StatusTimeline.value(packed);
          case CONSERVATIVE -> low;
          case OPTIMISTIC -> high;
          case MOST_RELIABLE ->
              low == high ? low : mostReliable(m, day, StatusTimeline.value(packed));
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

  private double[] milestoneWeights(Weights spec, List<Milestone> milestones) {
    double[] declared = SharedSecrets.milestoneWeights(model);
    if (spec.base() == Weights.Base.MODEL && spec.explicit().isEmpty() && spec.ahp().isEmpty()) {
      return declared; // shared, never written
    }
    double[] w = new double[size];
    if (spec.base() == Weights.Base.MODEL) {
      System.arraycopy(declared, 0, w, 0, size);
    } else {
      java.util.Arrays.fill(w, 1.0);
    }
    for (Map.Entry<String, Double> e : spec.explicit().entrySet()) {
      w[milestoneIndex(e.getKey())] = e.getValue();
    }
    for (Ahp ahp : spec.ahp()) {
      List<String> labels = ahp.labels();
      int[] idx = new int[labels.size()];
      for (int i = 0; i < idx.length; i++) {
        idx[i] = milestoneIndex(labels.get(i));
      }
      int g = groupOf[idx[0]];
      for (int i = 1; i < idx.length && !pooled; i++) {
        if (groupOf[idx[i]] != g) {
          throw new IllegalArgumentException(
              IndexMessages.ahpMixesDimensions(
                  labels, milestones.get(idx[0]).dimension(), milestones.get(idx[i]).dimension()));
        }
      }
      if (idx.length != (pooled ? size : memberStart[g + 1] - memberStart[g])) {
        java.util.Set<Integer> covered = new java.util.HashSet<>();
        for (int i : idx) {
          covered.add(i);
        }
        for (int m = 0; m < size; m++) {
          if ((pooled || groupOf[m] == g) && !covered.contains(m)) {
            throw new IllegalArgumentException(
                IndexMessages.ahpMissesMilestone(
                    labels,
                    milestones.get(m).id().value(),
                    pooled ? null : groupDimension[g].id()));
          }
        }
      }
      double[] aw = ahp.weights();
      for (int i = 0; i < idx.length; i++) {
        w[idx[i]] = aw[i];
      }
    }
    return w;
  }

  private int milestoneIndex(String id) {
    int i = MilestoneId.isValid(id) ? SharedSecrets.indexOf(model, MilestoneId.of(id)) : -1;
    if (i < 0) {
      throw new IllegalArgumentException(model.unknownMilestone(id));
    }
    return i;
  }

  private double[] dimensionWeights(Weights spec, List<Dimension> dims) {
    double[] w = new double[dims.size()];
    Map<String, Integer> index = new HashMap<>();
    for (int d = 0; d < dims.size(); d++) {
      index.put(dims.get(d).id(), d);
      w[d] = spec.base() == Weights.Base.MODEL ? dims.get(d).weight() : 1.0;
    }
    for (Map.Entry<String, Double> e : spec.explicit().entrySet()) {
      w[index.get(model.dimension(e.getKey()).id())] = e.getValue();
    }
    if (spec.ahp().size() > 1) {
      throw new IllegalArgumentException(IndexMessages.dimensionAhpCount(spec.ahp().size()));
    }
    for (Ahp ahp : spec.ahp()) {
      for (String label : ahp.labels()) {
        model.dimension(label);
      }
      for (Dimension d : dims) {
        if (!ahp.labels().contains(d.id())) {
          throw new IllegalArgumentException(
              IndexMessages.ahpMissesDimension(ahp.labels(), d.id()));
        }
      }
      for (int i = 0; i < ahp.size(); i++) {
        w[index.get(ahp.labels().get(i))] = ahp.weights()[i];
      }
    }
    return w;
  }

  /** The number of members of group g. */
  int groupSize(int g) {
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
      case ARITHMETIC -> {
        double s = 0;
        for (int g = 0; g < p.length; g++) {
          s += w[g] * p[g];
        }
        x = s / dimensionWeightSum;
      }
      case GEOMETRIC -> {
        double s = 0;
        for (int g = 0; g < p.length; g++) {
          s += w[g] * Math.log(p[g] / 100 + Aggregation.GEOMETRIC_SHIFT);
        }
        x = 100 * (Math.exp(s / dimensionWeightSum) - Aggregation.GEOMETRIC_SHIFT);
      }
      default -> x = lo;
    }
    return Math.min(hi, Math.max(lo, x));
  }
}
