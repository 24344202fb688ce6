package io.github.thaw.forecast;

import io.github.thaw.index.Gating;
import io.github.thaw.index.IndexMethod;
import io.github.thaw.internal.DependencyGraph;
import io.github.thaw.internal.SharedSecrets;
import io.github.thaw.internal.StatusTimeline;
import io.github.thaw.internal.index.LevelEvaluator;
import io.github.thaw.internal.index.Plan;
import io.github.thaw.model.Event;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.scenario.Change;
import io.github.thaw.scenario.Scenario;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A forecast resolved into primitive arrays, shared read-only by every worker: the graph, the state
 * at the as-of date, each step's duration, the scenario's scheduled events and freeze, and the
 * monthly checkpoints. Times are months from the as-of date.
 */
final class ForecastPlan {
  static final double INF = Double.POSITIVE_INFINITY;

  final ProcessModel model;
  final int n;
  final int[] order;
  final int[] hardStart;
  final int[] hard;
  final int[] softStart;
  final int[] soft;

  /** Level of each milestone's preferred reading at the as-of date, and capped by prerequisites. */
  final int[] raw0;

  final int[] counted0;

  /** Milestones whose live readings disagree, when paths start from a live reading; else empty. */
  final int[] disputed;

  /** The distinct live levels of each disputed milestone, ascending. */
  final int[][] startLevels;

  /**
   * Per disputed milestone, the cumulative share of each of its live levels by source grade ({@link
   * StartingState#gradeWeight}), the last 1; null where every level weighs the same, so that the
   * draw stays the uniform one.
   */
  final double[][] startCumulative;

  /** The highest level any path starts milestone m at. */
  final int[] startHigh;

  /** Duration of milestone m's step s at {@code 3m + s}; never-steps flagged alongside. */
  final Quantile[] duration;

  final boolean[] never;

  /** The step whose rate milestone m's step s draws per path, at {@code 3m + s}, or -1. */
  final int[] drawnStep;

  /**
   * Partial pooling: the quantiles of each rate factor a path draws (one uniform each, after the
   * tempo's), divided by {@link #factorRate} to give the factor.
   */
  final GammaTable[] factorTable;

  final double[] factorRate;

  /** The milestone steps ({@code 3m + s}) some factor covers, and which factor. */
  final int[] factorStep;

  final int[] factorOf;

  /** Per step, the posterior its rate is drawn from (null if no milestone draws it). */
  final GammaTable[] posterior;

  /** Per step, the calibrated point rate the durations were set at. */
  final double[] pointRate;

  /** Whether any step draws its rate per path. */
  final boolean drawRates;

  /** The quantiles of the per-path tempo, or null without a common shock. */
  final GammaTable tempo;

  /** speed[k]: how fast a step's clock runs with k completed soft prerequisites, 1/f^k. */
  final double[] speed;

  final boolean softActive;

  /** Scheduled events of milestone m at {@code evStart[m] .. evStart[m+1]-1}, by time. */
  final int[] evStart;

  final double[] evTime;
  final int[] evLevel;

  /**
   * Whether an event may set the status (a reversal) rather than raise it to at least its level on
   * some path: below the highest starting level. A path decides by its own starting level.
   */
  final boolean[] evSet;

  /**
   * Milestones that a reversal can reach (through themselves or a prerequisite): every milestone
   * when random reversals are on.
   */
  final boolean[] general;

  /** The hazard per month at which a milestone at level 1 or above falls one level; 0 for none. */
  final double reversalHazard;

  final double shockRatePerMonth;
  final double shockMonths;

  /** When a scenario freeze starts, or +∞. */
  final double frozenFrom;

  final LocalDate asOf;
  final YearMonth horizon;
  final LocalDate[] dates;
  final double[] time;
  final double end;
  private final int[] guide;

  /** Makes the index evaluators, or null without the index fan. */
  final Supplier<LevelEvaluator> fan;

  /** Whether the index is fed capped statuses (a gating method) or raw readings. */
  final boolean fanCounted;

  ForecastPlan(
      ProcessModel model,
      Scenario scenario,
      LocalDate asOf,
      YearMonth horizon,
      Transitions transitions,
      IndexMethod method,
      List<RatePosterior> posteriors,
      List<Double> pointRates,
      boolean liveStart,
      Tempo tempo,
      List<PathFactor> factors,
      Reversals reversals) {
    this.model = model;
    this.asOf = asOf;
    this.horizon = horizon;
    List<Milestone> milestones = model.milestones();
    n = milestones.size();
    DependencyGraph graph = SharedSecrets.graph(model);
    order = graph.topologicalOrder();
    hardStart = graph.hardStart();
    hard = graph.hardTargets();
    softStart = graph.softStart();
    soft = graph.softTargets();

    StatusTimeline timeline = SharedSecrets.timeline(model);
    long day = asOf.toEpochDay();
    raw0 = new int[n];
    counted0 = new int[n];
    startHigh = new int[n];
    List<Integer> disputes = new ArrayList<>();
    List<int[]> levels = new ArrayList<>();
    List<double[]> cumulative = new ArrayList<>();
    byte[] entryLevel = timeline.level();
    for (int m = 0; m < n; m++) {
      int packed = timeline.readingAt(m, day);
      raw0[m] = StatusTimeline.value(packed);
      startHigh[m] = raw0[m];
      if (liveStart && StatusTimeline.low(packed) != StatusTimeline.high(packed)) {
        boolean[] live = timeline.liveAt(m, day, ProcessModel.DEFAULT_DISPUTE_WINDOW_DAYS);
        boolean[] seen = new boolean[4];
        double[] weight = new double[4];
        int first = timeline.start()[m];
        for (int k = 0; k < live.length; k++) {
          if (live[k]) {
            int l = entryLevel[first + k];
            seen[l] = true;
            // a reading weighs as its best-graded source
            weight[l] = Math.max(weight[l], entryWeight(model, timeline.event()[first + k]));
          }
        }
        int[] distinct = new int[4];
        int size = 0;
        for (int l = 0; l < 4; l++) {
          if (seen[l]) {
            distinct[size++] = l;
          }
        }
        if (size > 1) {
          disputes.add(m);
          levels.add(Arrays.copyOf(distinct, size));
          cumulative.add(cumulative(weight, distinct, size));
          startHigh[m] = Math.max(raw0[m], distinct[size - 1]);
        }
      }
    }
    disputed = disputes.stream().mapToInt(Integer::intValue).toArray();
    startLevels = levels.toArray(new int[0][]);
    startCumulative = cumulative.toArray(new double[0][]);
    for (int m : order) {
      int c = raw0[m];
      for (int e = hardStart[m]; e < hardStart[m + 1]; e++) {
        c = Math.min(c, counted0[hard[e]]);
      }
      counted0[m] = c;
    }

    StepDuration[] durations = new StepDuration[3 * n];
    duration = new Quantile[3 * n];
    never = new boolean[3 * n];
    Map<StepDuration, Quantile> quantiles = new HashMap<>();
    for (int m = 0; m < n; m++) {
      for (Step s : Step.values()) {
        StepDuration d = transitions.duration(milestones.get(m).id(), s);
        durations[3 * m + s.ordinal()] = d;
        duration[3 * m + s.ordinal()] = quantiles.computeIfAbsent(d, Quantile::of);
        never[3 * m + s.ordinal()] = d.isNever();
      }
    }
    // Calibrated steps, which draw their rate per path in POSTERIOR mode: still the calibrated
    // exponential, so a path scales the duration drawn at the point rate by point / drawn.
    drawnStep = new int[3 * n];
    Arrays.fill(drawnStep, -1);
    posterior = new GammaTable[3];
    pointRate = new double[3];
    boolean draws = false;
    for (int i = 0; i < posteriors.size(); i++) {
      pointRate[i] = pointRates.get(i);
      GammaTable table = null;
      StepDuration calibrated = StepDuration.exponential(pointRate[i]);
      for (int m = 0; m < n; m++) {
        if (durations[3 * m + i].equals(calibrated)) {
          drawnStep[3 * m + i] = i;
          if (table == null) {
            table = new GammaTable(posteriors.get(i).distribution());
          }
          posterior[i] = table;
          draws = true;
        }
      }
    }
    drawRates = draws;
    // Partial pooling: a milestone's drawn rate times its factor, so its durations divided by it.
    // Only factors that cover a drawn step are drawn.
    List<GammaTable> tables = new ArrayList<>();
    List<Double> rates = new ArrayList<>();
    List<Integer> stepsCovered = new ArrayList<>();
    List<Integer> which = new ArrayList<>();
    Map<Double, GammaTable> byShape = new HashMap<>();
    for (PathFactor f : factors) {
      int k = tables.size();
      boolean used = false;
      for (int m = 0; m < n; m++) {
        Milestone ms = milestones.get(m);
        for (Step st : Step.values()) {
          int i = 3 * m + st.ordinal();
          if (drawnStep[i] >= 0 && f.covers(ms.id(), ms.dimension(), st)) {
            stepsCovered.add(i);
            which.add(k);
            used = true;
          }
        }
      }
      if (used) {
        tables.add(
            byShape.computeIfAbsent(
                f.shape(),
                a ->
                    new GammaTable(
                        org.apache.commons.statistics.distribution.GammaDistribution.of(a, 1))));
        rates.add(f.rate());
      }
    }
    factorTable = tables.toArray(new GammaTable[0]);
    factorRate = rates.stream().mapToDouble(Double::doubleValue).toArray();
    factorStep = stepsCovered.stream().mapToInt(Integer::intValue).toArray();
    factorOf = which.stream().mapToInt(Integer::intValue).toArray();
    this.tempo =
        tempo.isActive()
            ? new GammaTable(
                org.apache.commons.statistics.distribution.GammaDistribution.of(
                    1 / tempo.dispersion(), tempo.dispersion()))
            : null;
    int maxSoft = 0;
    for (int m = 0; m < n; m++) {
      maxSoft = Math.max(maxSoft, softStart[m + 1] - softStart[m]);
    }
    double f = transitions.softFactor();
    softActive = f != 1;
    speed = new double[maxSoft + 1];
    for (int k = 0; k <= maxSoft; k++) {
      speed[k] = k == 0 ? 1 : Math.pow(f, -k);
    }
    shockRatePerMonth = transitions.freezes().map(s -> s.ratePerYear() / 12).orElse(0.0);
    shockMonths = transitions.freezes().map(FreezeShocks::months).orElse(0.0);

    dates = checkpoints(asOf, horizon.atEndOfMonth());
    time = new double[dates.length];
    for (int k = 0; k < dates.length; k++) {
      time[k] = Months.between(asOf, dates[k]);
    }
    end = time[dates.length - 1];
    guide = new int[(int) (end * 4) + 2];
    int k = 0;
    for (int s = 0; s < guide.length; s++) {
      while (k < dates.length - 1 && time[k] < s / 4.0) {
        k++;
      }
      guide[s] = k;
    }

    // Scheduled events: the scenario's own, after the as-of date and by the horizon.
    evStart = new int[n + 1];
    List<double[]> events = new ArrayList<>();
    double freeze = INF;
    if (scenario != null) {
      String source = scenario.sourceId();
      long last = horizon.atEndOfMonth().toEpochDay();
      for (Event e : model.events()) {
        long d = e.date().effectiveDate().toEpochDay();
        if (!e.isContext() && e.sources().contains(source) && d > day && d <= last) {
          int m = SharedSecrets.indexOf(model, e.milestone().orElseThrow());
          events.add(new double[] {m, Months.between(asOf, e.date().effectiveDate()), level(e)});
        }
      }
      for (Change c : scenario.changes()) {
        if (c instanceof Change.Freeze fz) {
          freeze = Math.min(freeze, Math.max(0, Months.between(asOf, fz.from().effectiveDate())));
        }
      }
    }
    frozenFrom = freeze;
    // By milestone, then time; of several on one day the lowest level counts, as in the record.
    events.sort(
        (a, b) ->
            a[0] != b[0]
                ? Double.compare(a[0], b[0])
                : a[1] != b[1] ? Double.compare(a[1], b[1]) : Double.compare(a[2], b[2]));
    List<double[]> kept = new ArrayList<>();
    for (double[] e : events) {
      double[] prev = kept.isEmpty() ? null : kept.get(kept.size() - 1);
      if (prev == null || prev[0] != e[0] || prev[1] != e[1]) {
        kept.add(e);
      }
    }
    evTime = new double[kept.size()];
    evLevel = new int[kept.size()];
    evSet = new boolean[kept.size()];
    general = new boolean[n];
    for (int i = 0; i < kept.size(); i++) {
      double[] e = kept.get(i);
      int m = (int) e[0];
      evStart[m + 1]++;
      evTime[i] = e[1];
      evLevel[i] = (int) e[2];
      evSet[i] = evLevel[i] < startHigh[m];
      general[m] |= evSet[i];
    }
    for (int m = 0; m < n; m++) {
      evStart[m + 1] += evStart[m];
    }
    reversalHazard = reversals.hazard();
    if (reversalHazard > 0) {
      Arrays.fill(general, true);
    }
    for (int m : order) {
      for (int e = hardStart[m]; e < hardStart[m + 1]; e++) {
        general[m] |= general[hard[e]];
      }
      for (int e = softStart[m]; e < softStart[m + 1]; e++) {
        general[m] |= general[soft[e]];
      }
    }

    if (method == null) {
      fan = null;
    } else {
      Plan indexPlan = new Plan(model, SharedSecrets.engineSpec(method, model));
      fan = () -> new LevelEvaluator(indexPlan);
    }
    fanCounted = method != null && method.gating() == Gating.CAP_BY_PREREQUISITES;
  }

  /** The grade weight of a timeline entry's event: that of its best-graded source. */
  private static double entryWeight(ProcessModel model, int event) {
    double best = 0;
    for (String c : model.events().get(event).sources()) {
      int hash = c.indexOf('#');
      String id = hash < 0 ? c : c.substring(0, hash);
      best = Math.max(best, StartingState.gradeWeight(model.source(id).reliability()));
    }
    return best;
  }

  /**
   * The cumulative shares of some levels' weights, or null if they are all equal (the uniform draw,
   * exactly as before grades counted).
   */
  private static double[] cumulative(double[] weight, int[] distinct, int size) {
    boolean equal = true;
    double total = 0;
    for (int i = 0; i < size; i++) {
      equal &= weight[distinct[i]] == weight[distinct[0]];
      total += weight[distinct[i]];
    }
    if (equal) {
      return null;
    }
    double[] out = new double[size];
    double sum = 0;
    for (int i = 0; i < size; i++) {
      sum += weight[distinct[i]];
      out[i] = sum / total;
    }
    out[size - 1] = 1;
    return out;
  }

  private static int level(Event e) {
    return e.status().orElseThrow().level();
  }

  /** The as-of date, each month end after it and before the last day, and the last day. */
  static LocalDate[] checkpoints(LocalDate asOf, LocalDate last) {
    List<LocalDate> out = new ArrayList<>();
    out.add(asOf);
    for (YearMonth m = YearMonth.from(asOf); ; m = m.plusMonths(1)) {
      LocalDate monthEnd = m.atEndOfMonth();
      if (!monthEnd.isBefore(last)) {
        break;
      }
      if (monthEnd.isAfter(asOf)) {
        out.add(monthEnd);
      }
    }
    if (last.isAfter(asOf)) {
      out.add(last);
    }
    return out.toArray(new LocalDate[0]);
  }

  /** The number of checkpoints after the as-of date: checkpoints are 0..K. */
  int lastCheckpoint() {
    return dates.length - 1;
  }

  /**
   * The first checkpoint at or after a time.
   *
   * @param t a time in [0, end]
   * @return k with {@code time[k-1] < t <= time[k]}
   */
  int checkpoint(double t) {
    int k = guide[(int) (t * 4)];
    while (time[k] < t) {
      k++;
    }
    return k;
  }

  /** Hard edges in CSR order: the number of (dependent, prerequisite) pairs. */
  int hardEdges() {
    return hard.length;
  }

  @Override
  public String toString() {
    return "ForecastPlan[" + n + " milestones, " + dates.length + " checkpoints]";
  }
}
