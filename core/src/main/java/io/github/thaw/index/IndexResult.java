package io.github.thaw.index;

import io.github.thaw.internal.SharedSecrets;
import io.github.thaw.internal.StatusTimeline;
import io.github.thaw.internal.index.Engine;
import io.github.thaw.internal.index.Plan;
import io.github.thaw.model.Dimension;
import io.github.thaw.model.Event;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.MilestoneState;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.RandomAccess;
import java.util.stream.Collectors;

/**
 * The index of a model at a date under a method: the 0–100 value with its band, a value per
 * dimension, every milestone's part and the caps imposed by hard prerequisites. Immutable.
 *
 * <p>Per-milestone details are kept in primitive arrays and turned into {@link MilestoneScore} and
 * {@link GatingFinding} records when asked for, so a result for a million milestones stays small.
 *
 * <pre>{@code
 * IndexResult r = IndexMethod.defaults().evaluate(model, LocalDate.of(2025, 9, 12));
 * double v = r.value();                       // 0–100
 * Band b = r.band();                          // low ≤ value ≤ high
 * r.dimensions().forEach((id, x) -> ...);     // per-dimension values, in model order
 * r.findings().forEach(f -> System.out.println(f.describe()));
 * System.out.println(r.explain());
 * }</pre>
 */
public final class IndexResult {
  private static final int LIST_LIMIT = 10;
  private static final int TOP_CONTRIBUTORS = 5;

  private final IndexMethod method;
  private final Plan plan;
  private final Aggregation milestoneAggregation;
  private final Aggregation dimensionAggregation;
  private final boolean gated;
  private final boolean flagged;
  private final LocalDate asOf;
  private final byte[] reading;
  private final byte[] counted;
  private final int[] blocker;
  private final int[] capped;
  private final double[][] groupPercent;
  private final Band band;
  private final double agreement;
  private final double implementation;
  private final double[] topShare;
  private final double[] shareDenominator;
  private final int[] minLevel;
  private final Map<String, Double> dimensions;
  private final Map<String, Band> dimensionBands;

  /**
   * A result over the snapshot of one evaluation, which it keeps as its own: the engine that made
   * it is not used again, and nothing here writes or hands out its arrays.
   */
  IndexResult(IndexMethod method, Plan plan, LocalDate asOf, Engine.Snapshot snapshot) {
    this.method = method;
    this.plan = plan;
    this.milestoneAggregation = method.milestoneAggregation();
    this.dimensionAggregation =
        plan.pooled() ? milestoneAggregation : method.dimensionAggregation();
    this.gated = method.gating() == Gating.CAP_BY_PREREQUISITES;
    this.flagged = method.gating() == Gating.FLAG_ONLY;
    this.asOf = asOf;
    this.reading = snapshot.reading();
    this.counted = snapshot.counted();
    this.blocker = snapshot.blocker();
    this.groupPercent = snapshot.groupPercent();
    this.band = new Band(snapshot.low(), snapshot.value(), snapshot.high());
    this.agreement = snapshot.agreement();
    this.implementation = snapshot.implementation();
    int groups = plan.groups();
    minLevel = new int[groups];
    int[] count = snapshot.valueLevelCount();
    for (int g = 0; g < groups; g++) {
      while (!plan.context(g) && count[g * Engine.LEVELS + minLevel[g]] == 0) {
        minLevel[g]++;
      }
    }
    // A milestone's share of its group is its term over the sum of its group's terms. For
    // arithmetic means that sum is the group's root; the others need one pass.
    if (milestoneAggregation == Aggregation.ARITHMETIC) {
      shareDenominator = snapshot.valueGroupRoot();
    } else {
      shareDenominator = new double[groups];
      for (int m = 0; m < plan.size(); m++) {
        shareDenominator[plan.groupOf(m)] += shareTerm(m);
      }
    }
    topShare = topShares();
    int n = 0;
    if (blocker != null) {
      for (int b : blocker) {
        n += b >= 0 ? 1 : 0;
      }
    }
    capped = new int[n];
    for (int m = 0, k = 0; k < n; m++) {
      if (blocker[m] >= 0) {
        capped[k++] = m;
      }
    }
    Map<String, Double> dims = new LinkedHashMap<>();
    Map<String, Band> bands = new LinkedHashMap<>();
    for (int g = 0; g < groups; g++) {
      if (plan.context(g)) {
        continue;
      }
      String id = plan.groupDimension(g).id();
      dims.put(id, groupPercent[Engine.VALUE][g]);
      bands.put(
          id,
          new Band(
              groupPercent[Engine.LOW][g],
              groupPercent[Engine.VALUE][g],
              groupPercent[Engine.HIGH][g]));
    }
    dimensions = Collections.unmodifiableMap(dims);
    dimensionBands = Collections.unmodifiableMap(bands);
  }

  /** Milestone m's share of its group's value, before division by the group's denominator. */
  private double shareTerm(int m) {
    int level = counted[m] & 3;
    double w = plan.weight(m);
    return switch (milestoneAggregation) {
      case ARITHMETIC -> w * plan.points(level);
      case GEOMETRIC -> w * (plan.logShift(level) - Plan.LOG_SHIFT_ZERO);
      case WEAKEST_LINK -> w > 0 && level == minLevel[plan.groupOf(m)] ? w : 0;
    };
  }

  private double[] topShares() {
    int groups = plan.groups();
    double[] share = new double[groups];
    double[] p = groupPercent[Engine.VALUE];
    double lo = Double.POSITIVE_INFINITY;
    for (int g = 0; g < groups; g++) {
      if (plan.dimensionWeight(g) > 0) {
        lo = Math.min(lo, p[g]);
      }
    }
    double sum = 0;
    for (int g = 0; g < groups; g++) {
      share[g] =
          switch (dimensionAggregation) {
            case ARITHMETIC -> plan.dimensionWeight(g) * p[g];
            case GEOMETRIC ->
                plan.dimensionWeight(g)
                    * (Math.log(p[g] / 100 + Aggregation.GEOMETRIC_SHIFT) - Plan.LOG_SHIFT_ZERO);
            case WEAKEST_LINK ->
                plan.dimensionWeight(g) > 0 && p[g] == lo ? plan.dimensionWeight(g) : 0;
          };
      sum += share[g];
    }
    for (int g = 0; g < groups; g++) {
      share[g] = sum > 0 ? share[g] / sum : 0;
    }
    return share;
  }

  /**
   * The date the index is computed at.
   *
   * @return the date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * The index with every milestone at its preferred reading, the latest report.
   *
   * @return the value, 0–100
   */
  public double value() {
    return band.value();
  }

  /**
   * The agreement component: the index on the same weights, aggregation and counted (gated)
   * statuses as the value, with a milestone scoring 1 once it is {@code AGREED} or beyond and 0
   * before ({@link StatusScores#agreement()}). With arithmetic means it is the weighted share of
   * scored milestones that have at least been agreed.
   *
   * @return the agreement component, 0–100
   */
  public double agreement() {
    return agreement;
  }

  /**
   * The implementation component: as {@link #agreement()}, on the Peace Accords Matrix
   * implementation scores 0, 0, 2/3, 1 ({@link StatusScores#implementation()}). An agreement counts
   * nothing here until work on it begins.
   *
   * @return the implementation component, 0–100
   */
  public double implementation() {
    return implementation;
  }

  /**
   * The index with every milestone at its most conservative live reading.
   *
   * @return the low end of the band, 0–100
   */
  public double low() {
    return band.low();
  }

  /**
   * The index with every milestone at its most optimistic live reading.
   *
   * @return the high end of the band, 0–100
   */
  public double high() {
    return band.high();
  }

  /**
   * The value with its band.
   *
   * @return low, value and high
   */
  public Band band() {
    return band;
  }

  /**
   * The value of each dimension that has scored milestones, 0–100, in model order. When milestones
   * are {@linkplain Structure#POOLED pooled} a dimension's value is its milestones aggregated
   * alone, and the value is these weighted by each dimension's total milestone weight.
   *
   * @return an immutable map from dimension id to value
   */
  public Map<String, Double> dimensions() {
    return dimensions;
  }

  /**
   * The band of each dimension, in model order.
   *
   * @return an immutable map from dimension id to band
   */
  public Map<String, Band> dimensionBands() {
    return dimensionBands;
  }

  /**
   * Every milestone's part, in model order. The list is a view: each record is made when read.
   *
   * @return an immutable list of one score per milestone
   */
  public List<MilestoneScore> milestones() {
    return new Scores();
  }

  /**
   * One milestone's part.
   *
   * @param id the milestone id
   * @return its score
   * @throws IllegalArgumentException if the milestone is not in the model, naming the nearest id
   */
  public MilestoneScore milestone(String id) {
    return milestone(MilestoneId.of(id));
  }

  /**
   * One milestone's part.
   *
   * @param id the milestone id
   * @return its score
   * @throws IllegalArgumentException if the milestone is not in the model, naming the nearest id
   */
  public MilestoneScore milestone(MilestoneId id) {
    int m = SharedSecrets.indexOf(plan.model(), id);
    if (m < 0) {
      throw new IllegalArgumentException(plan.model().unknownMilestone(id.value()));
    }
    return score(m);
  }

  /**
   * The milestones that account for most of the value, largest contribution first (model order on a
   * tie); milestones contributing nothing are left out.
   *
   * @param limit how many at most
   * @return a new list; O(milestones · log limit)
   */
  public List<MilestoneScore> topContributors(int limit) {
    if (limit <= 0) {
      return List.of();
    }
    // Contributions equal to 1e-9 points count as a tie, so rounding noise never reorders them.
    PriorityQueue<double[]> heap =
        new PriorityQueue<>(
            (a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(b[1], a[1]));
    for (int m = 0; m < plan.size(); m++) {
      double c = contribution(m);
      if (c > 0) {
        heap.add(new double[] {Math.rint(c * 1e9), m});
        if (heap.size() > limit) {
          heap.poll();
        }
      }
    }
    List<MilestoneScore> out = new ArrayList<>();
    while (!heap.isEmpty()) {
      out.add(score((int) heap.poll()[1]));
    }
    Collections.reverse(out);
    return out;
  }

  /**
   * Every cap imposed by a hard prerequisite, in model order of the capped milestone; empty when
   * gating is off. The list is a view: each finding is made when read.
   *
   * @return an immutable list
   */
  public List<GatingFinding> findings() {
    return new Findings();
  }

  /**
   * The milestones whose sources disagree at this date, with their live readings, in model order.
   *
   * @return a new list of states with {@code low < high}
   */
  public List<MilestoneState> disputed() {
    List<MilestoneState> out = new ArrayList<>();
    for (int m = 0; m < plan.size(); m++) {
      if (Engine.level(reading[m], Engine.LOW) != Engine.level(reading[m], Engine.HIGH)) {
        out.add(plan.model().stateAt(plan.model().milestones().get(m).id(), asOf));
      }
    }
    return out;
  }

  /**
   * The method used.
   *
   * @return the method
   */
  public IndexMethod method() {
    return method;
  }

  /**
   * The model evaluated.
   *
   * @return the model
   */
  public ProcessModel model() {
    return plan.model();
  }

  private MilestoneScore score(int m) {
    Milestone milestone = plan.model().milestones().get(m);
    int r = reading[m];
    int c = counted[m];
    int g = plan.groupOf(m);
    double inGroup = plan.weight(m) / plan.groupWeightSum(g);
    double inTotal =
        plan.pooled()
            ? plan.weight(m) / plan.dimensionWeightSum()
            : inGroup * plan.dimensionWeight(g) / plan.dimensionWeightSum();
    return new MilestoneScore(
        milestone.id(),
        milestone.dimension(),
        Status.ofLevel(Engine.level(r, Engine.VALUE)),
        Status.ofLevel(Engine.level(r, Engine.LOW)),
        Status.ofLevel(Engine.level(r, Engine.HIGH)),
        Status.ofLevel(Engine.level(c, Engine.VALUE)),
        plan.points(Engine.level(r, Engine.VALUE)) / plan.scale(),
        plan.points(Engine.level(c, Engine.VALUE)) / plan.scale(),
        inGroup,
        inTotal,
        contribution(m));
  }

  /**
   * Milestone m's points of the value: the value times its dimension's share times its share within
   * the dimension. With arithmetic means at both levels that is {@code 100 × weight in total ×
   * score}, computed directly so that equal weights and scores give equal contributions.
   */
  private double contribution(int m) {
    int g = plan.groupOf(m);
    if (plan.pooled() && milestoneAggregation == Aggregation.ARITHMETIC) {
      return plan.weight(m)
          * plan.points(counted[m] & 3)
          * 100
          / (plan.scale() * plan.dimensionWeightSum());
    }
    if (milestoneAggregation == Aggregation.ARITHMETIC
        && dimensionAggregation == Aggregation.ARITHMETIC) {
      double inGroup =
          plan.weight(m)
              * plan.points(counted[m] & 3)
              * 100
              / (plan.scale() * plan.groupWeightSum(g));
      return inGroup * plan.dimensionWeight(g) / plan.dimensionWeightSum();
    }
    double d = shareDenominator[g];
    return d > 0 ? band.value() * topShare[g] * (shareTerm(m) / d) : 0;
  }

  private GatingFinding finding(int m) {
    int p = blocker[m];
    List<MilestoneId> chain = new ArrayList<>();
    chain.add(id(p));
    int q = p;
    while (gated && blocker[q] >= 0) {
      q = blocker[q];
      chain.add(id(q));
    }
    return new GatingFinding(
        id(m),
        Status.ofLevel(Engine.level(reading[m], Engine.VALUE)),
        latestEvent(m),
        id(p),
        Status.ofLevel(Engine.level(counted[p], Engine.VALUE)),
        latestEvent(p),
        chain,
        latestEvent(q),
        gated);
  }

  private MilestoneId id(int m) {
    return plan.model().milestones().get(m).id();
  }

  /** The latest report that gives milestone m its preferred reading. */
  private Optional<Event> latestEvent(int m) {
    StatusTimeline t = plan.timeline();
    long day = asOf.toEpochDay();
    int first = t.start()[m];
    int end = t.endAt(m, day);
    if (end == first) {
      return Optional.empty();
    }
    int value = Engine.level(reading[m], Engine.VALUE);
    int pick = end - 1;
    // The reading may come from an earlier day than the latest report (the conservative, optimistic
    // and most-reliable rules read every live report), so look back past the last day.
    for (int k = end - 1; k >= first; k--) {
      if (t.level()[k] == value) {
        pick = k;
        break;
      }
    }
    return Optional.of(plan.model().events().get(t.event()[pick]));
  }

  /**
   * A plain-language account of the result that an analyst can paste into a report: the value and
   * its band, the method, each dimension, the largest contributions, every cap in words and every
   * milestone whose sources disagree, with those sources. Long lists stop after ten items.
   *
   * @return several lines of text
   */
  public String explain() {
    StringBuilder out = new StringBuilder();
    ProcessModel model = plan.model();
    out.append("Normalization-progress index of '")
        .append(model.name())
        .append("' as of ")
        .append(asOf)
        .append(": ")
        .append(IndexMessages.oneDecimal(value()))
        .append(" out of 100");
    if (band.isDisputed()) {
      out.append(", within a band of ")
          .append(IndexMessages.oneDecimal(low()))
          .append(" to ")
          .append(IndexMessages.oneDecimal(high()))
          .append(" because sources disagree");
    }
    out.append(".\n");
    out.append("Components: agreement ")
        .append(IndexMessages.oneDecimal(agreement))
        .append(" (share agreed or further), implementation ")
        .append(IndexMessages.oneDecimal(implementation))
        .append(" (Peace Accords Matrix implementation coding 0, 0, 2/3, 1).\n");
    out.append("Method: ").append(method.describe()).append(".\n");
    out.append(
            switch (method.readingRule()) {
              case LATEST ->
                  "Each milestone counts at its latest report (the most conservative one when"
                      + " reports share a date)";
              case CONSERVATIVE -> "Each milestone counts at its least advanced live report";
              case OPTIMISTIC -> "Each milestone counts at its most advanced live report";
              case MOST_RELIABLE ->
                  "Each milestone counts at the live report with the best-graded source, the"
                      + " latest among equals";
            })
        .append("; the band re-evaluates the index with every milestone at its most")
        .append(" conservative, then its most optimistic, live reading.\n");

    out.append('\n');
    if (plan.pooled()) {
      out.append(ResultWords.heading(plan, method));
    } else {
      out.append("By dimension:\n");
    }
    for (int g = 0; g < plan.groups(); g++) {
      Dimension d = plan.groupDimension(g);
      out.append("  - ").append(d.name()).append(" (").append(d.id()).append("): ");
      if (plan.context(g)) {
        out.append(
            ResultWords.scored(plan, method, g)
                ? "milestone weights 0, not counted, "
                : "context, not scored, ");
      } else {
        out.append(dimensionBands.get(d.id()))
            .append(", weight ")
            .append(
                plan.pooled()
                    ? ResultWords.share(plan, g)
                    : percentText(plan.dimensionWeight(g) / plan.dimensionWeightSum()))
            .append(", ");
      }
      out.append(plan.groupSize(g)).append(plan.groupSize(g) == 1 ? " milestone" : " milestones");
      out.append('\n');
    }

    List<MilestoneScore> top = topContributors(TOP_CONTRIBUTORS);
    out.append("\nLargest contributions (points of the value):\n");
    if (top.isEmpty()) {
      out.append("  none: no milestone has advanced yet.\n");
    }
    for (MilestoneScore s : top) {
      out.append("  - ")
          .append(s.milestone())
          .append(" (")
          .append(plan.model().milestone(s.milestone()).name())
          .append("): counts as ")
          .append(s.counted())
          .append(", ")
          .append(IndexMessages.oneDecimal(s.contribution()))
          .append(" points\n");
    }

    out.append('\n');
    if (flagged) {
      if (capped.length == 0) {
        out.append("No milestone is reported beyond a hard prerequisite.\n");
      } else {
        listFindings(out, "Reported beyond a hard prerequisite, flagged but not capped (");
      }
    } else if (!gated) {
      out.append("Gating is off: hard prerequisites do not cap their dependents.\n");
    } else if (capped.length == 0) {
      out.append("No milestone is held back by a hard prerequisite.\n");
    } else {
      listFindings(out, "Held back by hard prerequisites (");
    }

    List<MilestoneState> disputed = disputed();
    if (disputed.isEmpty()) {
      out.append("No sources disagree about any milestone at this date.\n");
    } else {
      out.append("Sources disagree (")
          .append(disputed.size())
          .append(disputed.size() == 1 ? " milestone" : " milestones")
          .append("):\n");
      for (int i = 0; i < Math.min(LIST_LIMIT, disputed.size()); i++) {
        MilestoneState s = disputed.get(i);
        out.append("  - ")
            .append(s.milestone())
            .append(": counted at ")
            .append(milestone(s.milestone()).status())
            .append(" (")
            .append(method.readingRule().phrase())
            .append("); live readings range from ")
            .append(s.low())
            .append(" to ")
            .append(s.high())
            .append(": ")
            .append(
                s.readings().stream()
                    .map(
                        e ->
                            e.status().orElseThrow()
                                + " ("
                                + e.date()
                                + ", "
                                + String.join(", ", e.sources())
                                + ")")
                    .collect(Collectors.joining("; ")))
            .append('\n');
      }
      more(out, disputed.size());
    }
    return out.toString();
  }

  /** The gating findings under a heading that counts the capped milestones. */
  private void listFindings(StringBuilder out, String heading) {
    out.append(heading)
        .append(capped.length)
        .append(capped.length == 1 ? " milestone" : " milestones")
        .append("):\n");
    List<GatingFinding> findings = findings();
    for (int i = 0; i < Math.min(LIST_LIMIT, findings.size()); i++) {
      out.append("  - ").append(findings.get(i).describe()).append('\n');
    }
    more(out, findings.size());
  }

  private static void more(StringBuilder out, int total) {
    if (total > LIST_LIMIT) {
      out.append("  … and ").append(total - LIST_LIMIT).append(" more\n");
    }
  }

  private static String percentText(double share) {
    return IndexMessages.oneDecimal(share * 100) + "%";
  }

  /** {@code IndexResult[2025-09-12: 58.3 (band 58.3–66.7), 2 dimensions, 1 cap]}. */
  @Override
  public String toString() {
    return "IndexResult["
        + asOf
        + ": "
        + band
        + ", "
        + dimensions.size()
        + " dimensions, "
        + capped.length
        + (capped.length == 1 ? " cap" : " caps")
        + "]";
  }

  private final class Scores extends AbstractList<MilestoneScore> implements RandomAccess {
    @Override
    public MilestoneScore get(int index) {
      java.util.Objects.checkIndex(index, plan.size());
      return score(index);
    }

    @Override
    public int size() {
      return plan.size();
    }
  }

  private final class Findings extends AbstractList<GatingFinding> implements RandomAccess {
    @Override
    public GatingFinding get(int index) {
      return finding(capped[index]);
    }

    @Override
    public int size() {
      return capped.length;
    }
  }
}
