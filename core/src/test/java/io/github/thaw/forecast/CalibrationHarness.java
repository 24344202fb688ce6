package io.github.thaw.forecast;

import io.github.thaw.index.IndexMethod;
import io.github.thaw.model.Dimension;
import io.github.thaw.model.Event;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Synthetic processes of known dynamics, each turned into a record, forecast by Thaw from the
 * record alone, and compared with the truth simulated on: does the P10–P90 index fan cover the
 * realised index 80% of the time, and do milestones complete as often as forecast?
 *
 * <p>A process has {@link #MILESTONES} milestones without dependencies, all NOT_STARTED at {@link
 * #START} (the record says so, one event each). Each step has a true exponential rate that Thaw
 * does not know: in the {@link Family#INDEPENDENT} family one rate per step, shared by the
 * milestones, log-uniform in [{@link #LOW}, {@link #HIGH}] per month; in {@link
 * Family#RATES_DIFFER} each milestone also multiplies it by its own lognormal factor (σ = 1); in
 * {@link Family#CLUSTERED} milestones move only at negotiation rounds, a Poisson process of rate
 * log-uniform in [{@link #ROUNDS_LOW}, {@link #ROUNDS_HIGH}] per month, at each of which every open
 * milestone takes its next step with probability (step rate / round rate), so several advance on
 * the same day; in {@link Family#DEPENDENCIES} steps are independent exponentials as in the first
 * family but milestones 2, 5 and 7 require others ({@link #PREREQUISITES}) and a step's clock
 * starts only once the prerequisites are a level ahead, as in Thaw's own model. The record runs two
 * years to {@link #AS_OF}; the forecast and the truth run two years more.
 */
final class CalibrationHarness {
  static final int MILESTONES = 8;
  static final LocalDate START = LocalDate.of(2023, 1, 1);
  static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);
  static final YearMonth HORIZON = YearMonth.of(2027, 1);
  static final double LOW = 0.01;
  static final double HIGH = 0.2;
  static final double ROUNDS_LOW = 0.2;
  static final double ROUNDS_HIGH = 1.0;

  /** The dimensions of the dimensions-differ family: milestone m is in dimension m / 2. */
  static final int DIMENSIONS = 4;

  /** Hard prerequisites of each milestone in the dependencies family. */
  static final int[][] PREREQUISITES = {{}, {}, {0, 1}, {}, {}, {3, 4}, {}, {6, 2}};

  /** Families of synthetic dynamics. */
  enum Family {
    INDEPENDENT,
    RATES_DIFFER,
    DIMENSIONS_DIFFER,
    CLUSTERED,
    DEPENDENCIES,
    /**
     * Independent steps as in {@link #INDEPENDENT}, and a milestone at AGREED or above falls one
     * level at a hazard log-uniform in [{@link #REVERSAL_LOW}, {@link #REVERSAL_HIGH}] a month,
     * then climbs again; the record contains the falls.
     */
    REVERSALS
  }

  /** The range of the reversals family's true hazard, per month. */
  static final double REVERSAL_LOW = 0.002;

  static final double REVERSAL_HIGH = 0.02;

  /**
   * The random reversals every forecast of the harness runs with; null (the default) leaves them to
   * the forecast, which estimates them from the record. Tests that compare with reversals off set
   * it and reset it.
   */
  static Reversals reversals;

  /** The harness's measurements over a number of processes. */
  record Result(
      Family family,
      Rates rates,
      Tempo tempo,
      boolean pooling,
      int processes,
      int covered,
      int[] binCount,
      double[] binPredicted,
      int[] binObserved,
      double brier,
      double exactBrier,
      double brierDifferenceSe,
      int[] exactBinCount,
      double[] exactBinPredicted,
      int[] exactBinObserved) {

    /**
     * The expected calibration error of the exact posterior predictive on the same outcomes (the
     * independent family only, else NaN): the ECE a perfectly calibrated forecast shows over this
     * many processes, a floor for Thaw's.
     */
    double exactEce() {
      return Double.isNaN(exactBrier)
          ? Double.NaN
          : ece(exactBinCount, exactBinPredicted, exactBinObserved);
    }

    /** Thaw's Brier score per milestone forecast. */
    double brierScore() {
      return brier / forecasts();
    }

    /**
     * The exact posterior predictive's Brier score per milestone forecast (the independent family
     * only, else NaN).
     */
    double exactBrierScore() {
      return exactBrier / forecasts();
    }

    double coverage() {
      return (double) covered / processes;
    }

    /** Expected calibration error over deciles of predicted probability. */
    double ece() {
      return ece(binCount, binPredicted, binObserved);
    }

    private static double ece(int[] binCount, double[] binPredicted, int[] binObserved) {
      int total = 0;
      double e = 0;
      for (int b = 0; b < 10; b++) {
        total += binCount[b];
        if (binCount[b] > 0) {
          e += Math.abs(binPredicted[b] - binObserved[b]);
        }
      }
      return e / total;
    }

    int forecasts() {
      int total = 0;
      for (int c : binCount) {
        total += c;
      }
      return total;
    }

    String row() {
      return String.format(
          Locale.ROOT,
          "| %s | %s | %d | %.1f%% | %d | %.3f | %.3f | %s |",
          family.name().toLowerCase(Locale.ROOT).replace('_', '-')
              + (tempo == null ? "" : " (tempo " + tempo.dispersion() + ")")
              + (pooling ? " (partial pooling)" : ""),
          rates.label(),
          processes,
          100 * coverage(),
          forecasts(),
          ece(),
          brierScore(),
          Double.isNaN(exactBrier)
              ? "–"
              : String.format(Locale.ROOT, "%.3f (±%.3f)", exactBrierScore(), brierDifferenceSe));
    }
  }

  private CalibrationHarness() {}

  /**
   * Runs the harness.
   *
   * @param family the dynamics
   * @param rates how the forecast draws rates
   * @param processes how many processes
   * @param paths the forecast's paths per process
   * @param seed the seed of the processes (the forecasts use seed 11)
   */
  static Result run(Family family, Rates rates, int processes, int paths, long seed) {
    return run(family, rates, null, processes, paths, seed);
  }

  /**
   * Runs the harness with a tempo set for every forecast (null: the default, the record's).
   *
   * @param family the dynamics
   * @param rates how the forecast draws rates
   * @param tempo the common shock, or null for the forecast's default
   * @param processes how many processes
   * @param paths the forecast's paths per process
   * @param seed the seed of the processes (the forecasts use seed 11)
   */
  static Result run(Family family, Rates rates, Tempo tempo, int processes, int paths, long seed) {
    return run(family, rates, tempo, Forecast.DEFAULT_PARTIAL_POOLING, processes, paths, seed);
  }

  /**
   * Runs the harness with a tempo and partial pooling set for every forecast.
   *
   * @param family the dynamics
   * @param rates how the forecast draws rates
   * @param tempo the common shock, or null for the forecast's default
   * @param pooling whether rates are pooled partially by dimension
   * @param processes how many processes
   * @param paths the forecast's paths per process
   * @param seed the seed of the processes (the forecasts use seed 11)
   */
  static Result run(
      Family family,
      Rates rates,
      Tempo tempo,
      boolean pooling,
      int processes,
      int paths,
      long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int covered = 0;
    int[] count = new int[10];
    double[] predicted = new double[10];
    int[] observed = new int[10];
    double brier = 0;
    double exactBrier = family == Family.INDEPENDENT ? 0 : Double.NaN;
    double sumDiff = 0;
    double sumDiff2 = 0;
    int[] exactCount = new int[10];
    double[] exactPredicted = new double[10];
    int[] exactObserved = new int[10];
    double record = Months.between(START, AS_OF);
    double total = Months.between(START, HORIZON.atEndOfMonth());
    IndexMethod method = IndexMethod.defaults();
    for (int i = 0; i < processes; i++) {
      double[][] rate = new double[MILESTONES][3];
      double[] step = new double[3];
      for (int s = 0; s < 3; s++) {
        step[s] = LOW * Math.exp(r.nextDouble() * Math.log(HIGH / LOW));
      }
      double[] byDimension = new double[DIMENSIONS];
      for (int d = 0; d < DIMENSIONS; d++) {
        byDimension[d] = family == Family.DIMENSIONS_DIFFER ? Math.exp(gaussian(r)) : 1;
      }
      for (int m = 0; m < MILESTONES; m++) {
        double own = family == Family.RATES_DIFFER ? Math.exp(gaussian(r)) : byDimension[m / 2];
        for (int s = 0; s < 3; s++) {
          rate[m][s] = step[s] * own;
        }
      }
      boolean deps = family == Family.DEPENDENCIES;
      boolean dims = family == Family.DIMENSIONS_DIFFER;
      double[][] at;
      ProcessModel known;
      ProcessModel truth;
      if (family == Family.REVERSALS) {
        double hazard =
            REVERSAL_LOW * Math.exp(r.nextDouble() * Math.log(REVERSAL_HIGH / REVERSAL_LOW));
        List<List<double[]>> changes = reversalTruth(step, hazard, total, r);
        at = firstReached(changes);
        known = model(changes, record);
        truth = model(changes, total);
      } else {
        at = truth(family, rate, step, total, r);
        known = model(at, record, deps, dims);
        truth = model(at, total, deps, dims);
      }
      ForecastSummary f =
          Forecast.builder(known)
              .asOf(AS_OF)
              .horizon(HORIZON)
              .rates(rates)
              .tempo(tempo)
              .partialPooling(pooling)
              .reversals(reversals)
              .samples(paths)
              .build()
              .run(11);
      IndexFanPoint fan = f.index().get(f.index().size() - 1);
      double realised = method.prepare(truth).at(HORIZON.atEndOfMonth()).value();
      if (fan.p10() - 1e-9 <= realised && realised <= fan.p90() + 1e-9) {
        covered++;
      }
      double[] exact =
          family == Family.INDEPENDENT ? ExactPredictive.of(at, record, total - record) : null;
      for (int m = 0; m < MILESTONES; m++) {
        if (at[m][3] <= record) {
          continue; // completed before the forecast: nothing to forecast
        }
        double p = f.milestone(id(m)).pCompletedByHorizon();
        int done = at[m][3] <= total ? 1 : 0;
        if (exact != null) {
          double q = exact[m];
          exactBrier += (q - done) * (q - done);
          double d = (p - done) * (p - done) - (q - done) * (q - done);
          sumDiff += d;
          sumDiff2 += d * d;
          int eb = Math.min(9, (int) (q * 10));
          exactCount[eb]++;
          exactPredicted[eb] += q;
          exactObserved[eb] += done;
        }
        int b = Math.min(9, (int) (p * 10));
        count[b]++;
        predicted[b] += p;
        observed[b] += done;
        brier += (p - done) * (p - done);
      }
    }
    int k = 0;
    for (int c : count) {
      k += c;
    }
    double mean = sumDiff / k;
    double se = Math.sqrt(Math.max(0, sumDiff2 / k - mean * mean) / k);
    return new Result(
        family,
        rates,
        tempo,
        pooling,
        processes,
        covered,
        count,
        predicted,
        observed,
        brier,
        exactBrier,
        se,
        exactCount,
        exactPredicted,
        exactObserved);
  }

  /**
   * The truth of one process: the time (months after START) at which each milestone reaches each
   * level, 1e9 for never within {@code total}.
   */
  static double[][] truth(
      Family family, double[][] rate, double[] step, double total, SplittableRandom r) {
    double[][] at = new double[MILESTONES][4];
    if (family == Family.CLUSTERED) {
      double rounds = ROUNDS_LOW * Math.exp(r.nextDouble() * Math.log(ROUNDS_HIGH / ROUNDS_LOW));
      int[] level = new int[MILESTONES];
      for (double[] a : at) {
        java.util.Arrays.fill(a, 1, 4, 1e9);
      }
      double t = 0;
      while (true) {
        t += -Math.log(1 - r.nextDouble()) / rounds;
        if (t > total) {
          return at;
        }
        for (int m = 0; m < MILESTONES; m++) {
          if (level[m] < 3 && r.nextDouble() < Math.min(1, step[level[m]] / rounds)) {
            at[m][++level[m]] = t;
          }
        }
      }
    }
    for (int m = 0; m < MILESTONES; m++) {
      double t = 0;
      for (int s = 0; s < 3; s++) {
        double start = t;
        if (family == Family.DEPENDENCIES) {
          for (int q : PREREQUISITES[m]) {
            start = Math.max(start, at[q][s + 1]);
          }
        }
        t = start + -Math.log(1 - r.nextDouble()) / rate[m][s];
        at[m][s + 1] = t;
      }
    }
    return at;
  }

  /**
   * The truth of one process of the reversals family: per milestone its status changes as {time,
   * level} up to {@code total}, a step up at its step's rate and a fall of one level at the hazard
   * competing from every level (no fall from NOT_STARTED, no rise from COMPLETED).
   */
  static List<List<double[]>> reversalTruth(
      double[] step, double hazard, double total, SplittableRandom r) {
    List<List<double[]>> out = new ArrayList<>();
    for (int m = 0; m < MILESTONES; m++) {
      List<double[]> changes = new ArrayList<>();
      int level = 0;
      double t = 0;
      while (true) {
        double up = level < 3 ? step[level] : 0;
        double down = level >= 1 ? hazard : 0;
        t += -Math.log(1 - r.nextDouble()) / (up + down);
        if (t > total) {
          break;
        }
        level += r.nextDouble() * (up + down) < up ? 1 : -1;
        changes.add(new double[] {t, level});
      }
      out.add(changes);
    }
    return out;
  }

  /** When each milestone first reached each level, 1e9 for never. */
  static double[][] firstReached(List<List<double[]>> changes) {
    double[][] at = new double[MILESTONES][4];
    for (int m = 0; m < MILESTONES; m++) {
      java.util.Arrays.fill(at[m], 1, 4, 1e9);
      for (double[] c : changes.get(m)) {
        int l = (int) c[1];
        at[m][l] = Math.min(at[m][l], c[0]);
      }
    }
    return at;
  }

  /** The record of the reversals family up to {@code until}: NOT_STARTED, then every change. */
  static ProcessModel model(List<List<double[]>> changes, double until) {
    ProcessModel.Builder b =
        ProcessModel.builder("Synthetic").source(new Source("s", "Outlet", "Title", null, "s.txt"));
    b.dimension(Dimension.of("d", "D0"));
    for (int m = 0; m < changes.size(); m++) {
      b.milestone(Milestone.builder(id(m), id(m), "d").build());
      b.event(event(START, m, Status.NOT_STARTED));
      for (double[] c : changes.get(m)) {
        if (c[0] <= until) {
          b.event(event(START.plusDays(Math.round(c[0] * Months.DAYS)), m, level((int) c[1])));
        }
      }
    }
    return b.build();
  }

  /** The record up to {@code until} months after START: one NOT_STARTED event each, then steps. */
  static ProcessModel model(double[][] at, double until) {
    return model(at, until, false);
  }

  /** The record up to {@code until}, with the dependencies family's prerequisites if asked. */
  static ProcessModel model(double[][] at, double until, boolean dependencies) {
    return model(at, until, dependencies, false);
  }

  /**
   * The record up to {@code until}, with the dependencies family's prerequisites and the
   * dimensions-differ family's dimensions (milestone m in dimension m / 2) if asked.
   */
  static ProcessModel model(double[][] at, double until, boolean dependencies, boolean dimensions) {
    ProcessModel.Builder b =
        ProcessModel.builder("Synthetic").source(new Source("s", "Outlet", "Title", null, "s.txt"));
    for (int d = 0; d < (dimensions ? DIMENSIONS : 1); d++) {
      b.dimension(Dimension.of(dimension(d, dimensions), "D" + d));
    }
    List<Event> events = new ArrayList<>();
    for (int m = 0; m < at.length; m++) {
      Milestone.Builder milestone = Milestone.builder(id(m), id(m), dimension(m / 2, dimensions));
      if (dependencies) {
        for (int q : PREREQUISITES[m]) {
          milestone.requires(id(q));
        }
      }
      b.milestone(milestone.build());
      events.add(event(START, m, Status.NOT_STARTED));
      for (int l = 1; l <= 3; l++) {
        if (at[m][l] <= until) {
          events.add(event(START.plusDays(Math.round(at[m][l] * Months.DAYS)), m, level(l)));
        }
      }
    }
    events.forEach(b::event);
    return b.build();
  }

  private static Event event(LocalDate date, int m, Status status) {
    return Event.status(PartialDate.of(date), id(m), status, List.of("s"), "");
  }

  private static Status level(int l) {
    return Status.ofLevel(l);
  }

  private static String dimension(int d, boolean dimensions) {
    return dimensions ? "d" + d : "d";
  }

  static String id(int m) {
    return "m" + m;
  }

  private static double gaussian(SplittableRandom r) {
    return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
  }
}
