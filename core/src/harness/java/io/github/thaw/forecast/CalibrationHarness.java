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
import java.io.PrintStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.commons.statistics.distribution.GammaDistribution;

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

  /**
   * The prior of every step's rate every forecast of the harness draws with; null (the default)
   * leaves it to the forecast, which takes the record's own. Tests that give the family's own prior
   * set it and reset it.
   */
  static StepPrior prior;

  /**
   * The law of the independent family's step rates: null (the default) for the log-uniform on
   * [{@link #LOW}, {@link #HIGH}], or a gamma, drawn by inversion of the same uniform. With it set
   * the exact posterior predictive is the gamma prior's: the family is then exactly the model Thaw
   * forecasts with when that gamma is its prior, one rate per step, no falls and no tempo. Tests
   * that run that family set it and reset it.
   */
  static StepPrior rateLaw;

  /**
   * The prior of the milestones' paces every forecast of the harness draws with; null (the
   * default) leaves it to the calibration ({@link PacePrior#DEFAULT}). {@link #pacesRun} sets it
   * and resets it.
   */
  static PacePrior pacePrior;

  /**
   * The gamma prior with the mean and variance of the true step rates' law, log-uniform on [{@link
   * #LOW}, {@link #HIGH}]: mean (H − L)/ln(H/L), second moment (H² − L²)/(2 ln(H/L)).
   */
  static StepPrior familyPrior() {
    double l = Math.log(HIGH / LOW);
    double mean = (HIGH - LOW) / l;
    double variance = (HIGH * HIGH - LOW * LOW) / (2 * l) - mean * mean;
    return StepPrior.of(mean * mean / variance, mean / variance);
  }

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
      int[] exactBinObserved,
      Pooling poolingBy,
      double oracleBrier,
      int[] oracleBinCount,
      double[] oracleBinPredicted,
      int[] oracleBinObserved,
      double[][] byLevel,
      double[] distance) {

    /**
     * Thaw's mean squared distance from the exact posterior predictive, Σ (p − q)² / forecasts, and
     * its standard error (the independent family only, else NaN). Since the exact predictive q is
     * the outcome's probability given the record in that family, E[(p − y)² − (q − y)²] = E[(p −
     * q)²]: this is the Brier gap's expectation, measured without the outcomes' noise.
     *
     * @return {mean, standard error}
     */
    double[] exactDistance() {
      return new double[] {distance[0], distance[1]};
    }

    /**
     * The Brier gap less the distance, Σ 2 (p − q)(q − y) / forecasts, and its standard error (the
     * independent family only, else NaN): its expectation is 0 when the exact predictive is the
     * outcome's probability given the record, so it checks the exact predictive on the outcomes.
     *
     * @return {mean, standard error}
     */
    double[] exactResidual() {
      return new double[] {distance[2], distance[3]};
    }

    /**
     * The part of {@link #exactDistance()} that is the Monte Carlo noise of Thaw's own
     * probabilities: each is the share of its paths on which the milestone completes, whose
     * variance p(1 − p)/paths this estimates without bias, averaged over the forecasts. What is
     * left of the distance is the method's.
     *
     * @return the mean variance, NaN outside the independent family
     */
    double monteCarloDistance() {
      return distance[4];
    }

    /** The Brier gap, the distance and the residual, printed. */
    String distanceLine() {
      return String.format(
          Locale.ROOT,
          "Brier gap to the exact predictive %.4f (±%.4f); Thaw's mean squared distance from it"
              + " %.4f (±%.4f), the gap's expectation, of which Monte Carlo noise %.4f; Brier gap"
              + " less distance %.4f (±%.4f)",
          brierScore() - exactBrierScore(),
          brierDifferenceSe,
          distance[0],
          distance[1],
          distance[4],
          distance[2],
          distance[3]);
    }

    /**
     * Per starting level (NOT_STARTED, AGREED, IN_PROGRESS at the as-of date): how many milestone
     * forecasts, and the mean of Thaw's forecast, the oracle's, the exact predictive's (independent
     * family) and of the outcome.
     */
    String levels() {
      StringBuilder b = new StringBuilder();
      for (int l = 0; l < 3; l++) {
        double k = byLevel[l][0];
        b.append(
            String.format(
                Locale.ROOT,
                " [level %d: n %.0f, Thaw %.3f, oracle %.3f, exact %.3f, observed %.3f]",
                l,
                k,
                byLevel[l][1] / k,
                byLevel[l][2] / k,
                byLevel[l][3] / k,
                byLevel[l][4] / k));
      }
      return b.toString();
    }

    /**
     * The expected calibration error of the oracle on the same outcomes: a forecast that knows the
     * process's true rates (and rounds and dependencies) and simulates its true dynamics on from
     * the state at the as-of date, calibrated by construction, so its ECE is the noise floor of
     * this family at this many processes.
     */
    double oracleEce() {
      return ece(oracleBinCount, oracleBinPredicted, oracleBinObserved);
    }

    /** The oracle's Brier score per milestone forecast. */
    double oracleBrierScore() {
      return oracleBrier / forecasts();
    }

    /** Thaw's reliability table: per decile of forecast, count, mean forecast, frequency. */
    String bins() {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < 10; i++) {
        if (binCount[i] > 0) {
          b.append(
              String.format(
                  Locale.ROOT,
                  " [%d: n %d, p %.3f, obs %.3f]",
                  i,
                  binCount[i],
                  binPredicted[i] / binCount[i],
                  (double) binObserved[i] / binCount[i]));
        }
      }
      return b.toString();
    }

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
          "| %s | %s | %d | %.1f%% | %d | %.3f | %.3f | %.3f | %.3f | %s |",
          family.name().toLowerCase(Locale.ROOT).replace('_', '-')
              + (tempo == null ? "" : " (tempo " + tempo.dispersion() + ")")
              + (poolingBy == Pooling.NONE ? "" : " (pooling by " + poolingBy.label() + ")"),
          rates.label(),
          processes,
          100 * coverage(),
          forecasts(),
          ece(),
          oracleEce(),
          brierScore(),
          oracleBrierScore(),
          Double.isNaN(exactBrier)
              ? "–"
              : String.format(Locale.ROOT, "%.3f (±%.3f)", exactBrierScore(), brierDifferenceSe));
    }
  }

  private CalibrationHarness() {}

  /**
   * The large run: every family (or those named in {@code families}) under every pooling named in
   * {@code poolings}, printed as the table of {@code docs/forecasting.md} with each row's
   * reliability per decile and per starting level; for the independent family under pooling by
   * milestone also the same processes with the family's own prior or the record's, with the
   * defaults' pooling and falls or with one rate per step and none, and Thaw's own model's family
   * (rates drawn from the family's gamma prior, {@link #rateLaw}) forecast given that prior and
   * with the defaults, each with its Brier gap and distance. Run by {@code
   * CalibrationHarnessTest#largeRun} and by {@code CalibrationRun} in {@code benchmarks/}.
   *
   * @param out where the table goes
   * @param processes processes per family
   * @param paths the forecast's paths per process
   * @param seed the seed of the processes
   * @param families family names to run, comma-separated, or empty for all
   * @param poolings pooling labels, comma-separated ({@code none,milestone})
   * @return the main rows, in the order printed
   */
  static List<Result> largeRun(
      PrintStream out, int processes, int paths, long seed, String families, String poolings) {
    out.println(
        "| family | rates | processes | P10–P90 coverage | milestone forecasts | ECE | oracle's ECE"
            + " | Brier | oracle's Brier"
            + " | Brier of the exact posterior predictive (± s.e. of the difference) |");
    out.println("|---|---|---|---|---|---|---|---|---|---|");
    List<Result> rows = new ArrayList<>();
    for (Family family : Family.values()) {
      if (!families.isEmpty() && !families.contains(family.name())) {
        continue;
      }
      for (String label : poolings.split(",")) {
        Pooling pooling = Pooling.valueOf(label.trim().toUpperCase(Locale.ROOT));
        Result r = run(family, Rates.POSTERIOR, null, pooling, processes, paths, seed);
        rows.add(r);
        out.println(r.row());
        out.println("  bins:" + r.bins());
        out.println("  levels:" + r.levels());
        if (family == Family.INDEPENDENT) {
          out.printf(Locale.ROOT, "  exact predictive's ECE %.3f%n", r.exactEce());
          out.println("  " + r.distanceLine());
        }
        if (family == Family.INDEPENDENT && pooling == Pooling.MILESTONE) {
          // what the prior and the pooling each cost: the family's own prior or the record's,
          // with the defaults' pooling and falls or with one rate per step and none
          for (boolean own : new boolean[] {true, false}) {
            for (boolean defaults : new boolean[] {true, false}) {
              if (!own && defaults) {
                continue; // the row above
              }
              prior = own ? familyPrior() : null;
              reversals = defaults ? null : Reversals.NONE;
              try {
                Result x =
                    run(
                        family,
                        Rates.POSTERIOR,
                        null,
                        defaults ? Pooling.MILESTONE : Pooling.NONE,
                        processes,
                        paths,
                        seed);
                out.println(
                    "  "
                        + (own ? "the family's own prior" : "the record's prior")
                        + (defaults
                            ? ", pooling by milestone, the record's reversals: "
                            : ", one rate per step, no reversals: ")
                        + x.row());
                out.println("  levels:" + x.levels());
                out.println("  " + x.distanceLine());
              } finally {
                prior = null;
                reversals = null;
              }
            }
          }
          // Thaw's own model's family: rates drawn from the family's gamma prior; Thaw given it
          // (one rate per step, no tempo, no falls) and with its defaults
          for (boolean given : new boolean[] {true, false}) {
            rateLaw = familyPrior();
            prior = given ? rateLaw : null;
            reversals = given ? Reversals.NONE : null;
            try {
              Result x =
                  run(
                      family,
                      Rates.POSTERIOR,
                      given ? Tempo.NONE : null,
                      given ? Pooling.NONE : Pooling.MILESTONE,
                      processes,
                      paths,
                      seed);
              out.println(
                  "  its own model's family (rates from the gamma prior), "
                      + (given ? "given that prior, one rate per step: " : "the defaults: ")
                      + x.row());
              out.println("  " + x.distanceLine());
            } finally {
              rateLaw = null;
              prior = null;
              reversals = null;
            }
          }
        }
      }
    }
    return rows;
  }

  /**
   * What the prior probability that milestones share one pace ({@link PacePrior#shared()}) buys
   * and costs: for each probability, each family's row under the defaults otherwise (pooling by
   * milestone). Mass at shared paces lets the record hold φ at 0 where milestones share their
   * rates, which is what the exact predictive of the independent family assumes, and costs where
   * they differ, since eight milestones rarely show that they do.
   *
   * @param out where the table goes
   * @param processes processes per family
   * @param paths the forecast's paths per process
   * @param seed the seed of the processes
   * @param families family names to run, comma-separated, or empty for all
   * @param shares the priors, comma-separated: each the probability of shared paces, at the
   *     default scale, or {@code scale/probability}
   * @return the rows, in the order printed
   */
  static List<Result> pacesRun(
      PrintStream out, int processes, int paths, long seed, String families, String shares) {
    out.println(
        "| scale | P(shared) | family | rates | processes | P10–P90 coverage | milestone forecasts | ECE"
            + " | oracle's ECE | Brier | oracle's Brier"
            + " | Brier of the exact posterior predictive (± s.e. of the difference) |");
    out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
    List<Result> rows = new ArrayList<>();
    for (String share : shares.split(",")) {
      PacePrior given = pacePrior(share);
      for (Family family : Family.values()) {
        if (!families.isEmpty() && !families.contains(family.name())) {
          continue;
        }
        pacePrior = given;
        try {
          Result r = run(family, Rates.POSTERIOR, null, Pooling.MILESTONE, processes, paths, seed);
          rows.add(r);
          out.printf(Locale.ROOT, "| %.2f | %.2f %s%n", given.scale(), given.shared(), r.row());
          if (family == Family.INDEPENDENT) {
            out.println("  " + r.distanceLine());
          }
        } finally {
          pacePrior = null;
        }
      }
    }
    return rows;
  }

  /**
   * A prior of the paces written {@code shared} (at the default scale) or {@code scale/shared}.
   *
   * @param text the text
   * @return the prior
   * @throws IllegalArgumentException if it is neither, or its values are out of range
   */
  static PacePrior pacePrior(String text) {
    String[] parts = text.trim().split("/", -1);
    if (parts.length > 2) {
      throw new IllegalArgumentException("a pace prior is shared or scale/shared, got " + text);
    }
    return parts.length == 1
        ? PacePrior.of(PacePrior.DEFAULT.scale(), Double.parseDouble(parts[0]))
        : PacePrior.of(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
  }

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
    return run(family, rates, tempo, Forecast.DEFAULT_POOLING, processes, paths, seed);
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
    return run(
        family, rates, tempo, pooling ? Pooling.DIMENSION : Pooling.NONE, processes, paths, seed);
  }

  /**
   * Runs the harness with a tempo and a pooling set for every forecast.
   *
   * @param family the dynamics
   * @param rates how the forecast draws rates
   * @param tempo the common shock, or null for the forecast's default
   * @param pooling how rates are pooled
   * @param processes how many processes
   * @param paths the forecast's paths per process
   * @param seed the seed of the processes (the forecasts use seed 11, the oracle its own streams)
   */
  static Result run(
      Family family,
      Rates rates,
      Tempo tempo,
      Pooling pooling,
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
    double[] dist = new double[5];
    int[] exactCount = new int[10];
    double[] exactPredicted = new double[10];
    int[] exactObserved = new int[10];
    int[] oracleCount = new int[10];
    double[] oraclePredicted = new double[10];
    int[] oracleObserved = new int[10];
    double oracleBrier = 0;
    double[] rounds = new double[1];
    double[][] byLevel = new double[3][5];
    double record = Months.between(START, AS_OF);
    double total = Months.between(START, HORIZON.atEndOfMonth());
    IndexMethod method = IndexMethod.defaults();
    GammaDistribution gammaLaw =
        rateLaw == null ? null : GammaDistribution.of(rateLaw.transitions(), 1 / rateLaw.months());
    for (int i = 0; i < processes; i++) {
      double[][] rate = new double[MILESTONES][3];
      double[] step = new double[3];
      for (int s = 0; s < 3; s++) {
        double u = r.nextDouble();
        step[s] =
            gammaLaw == null
                ? LOW * Math.exp(u * Math.log(HIGH / LOW))
                : gammaLaw.inverseCumulativeProbability(u);
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
      List<List<double[]>> changes = null;
      double hazard = 0;
      if (family == Family.REVERSALS) {
        hazard = REVERSAL_LOW * Math.exp(r.nextDouble() * Math.log(REVERSAL_HIGH / REVERSAL_LOW));
        changes = reversalTruth(step, hazard, total, r);
        at = firstReached(changes);
        known = model(changes, record);
        truth = model(changes, total);
      } else {
        at = truth(family, rate, step, total, r, rounds);
        known = model(at, record, deps, dims);
        truth = model(at, total, deps, dims);
      }
      ForecastSummary f =
          Forecast.builder(known)
              .asOf(AS_OF)
              .horizon(HORIZON)
              .rates(rates)
              .tempo(tempo)
              .pooling(pooling)
              .reversals(reversals)
              .prior(prior)
              .pacePrior(pacePrior)
              .samples(paths)
              .build()
              .run(11);
      IndexFanPoint fan = f.index().get(f.index().size() - 1);
      double realised = method.prepare(truth).at(HORIZON.atEndOfMonth()).value();
      if (fan.p10() - 1e-9 <= realised && realised <= fan.p90() + 1e-9) {
        covered++;
      }
      double[] exact =
          family != Family.INDEPENDENT
              ? null
              : rateLaw == null
                  ? ExactPredictive.of(at, record, total - record)
                  : ExactPredictive.of(
                      at, record, total - record, rateLaw.transitions(), rateLaw.months());
      SplittableRandom oracleStream = new SplittableRandom(seed * 1_000_003L + i);
      double[] oracle =
          family == Family.REVERSALS
              ? reversalOracle(changes, step, hazard, record, total, oracleStream)
              : oracle(family, at, rate, step, rounds[0], record, total, oracleStream);
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
          double e = (p - q) * (p - q);
          dist[0] += e;
          dist[1] += e * e;
          dist[2] += d - e;
          dist[3] += (d - e) * (d - e);
          dist[4] += p * (1 - p) / (paths - 1);
          int eb = Math.min(9, (int) (q * 10));
          exactCount[eb]++;
          exactPredicted[eb] += q;
          exactObserved[eb] += done;
        }
        double o = oracle[m];
        int level = 0;
        while (at[m][level + 1] <= record) {
          level++;
        }
        byLevel[level][0]++;
        byLevel[level][1] += p;
        byLevel[level][2] += o;
        byLevel[level][3] += exact != null ? exact[m] : Double.NaN;
        byLevel[level][4] += done;
        oracleBrier += (o - done) * (o - done);
        int ob = Math.min(9, (int) (o * 10));
        oracleCount[ob]++;
        oraclePredicted[ob] += o;
        oracleObserved[ob] += done;
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
    double se = meanAndSe(sumDiff, sumDiff2, k)[1];
    double[] distance = {Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN};
    if (family == Family.INDEPENDENT) {
      double[] gap = meanAndSe(dist[0], dist[1], k);
      double[] residual = meanAndSe(dist[2], dist[3], k);
      distance = new double[] {gap[0], gap[1], residual[0], residual[1], dist[4] / k};
    }
    return new Result(
        family,
        rates,
        tempo,
        pooling != Pooling.NONE,
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
        exactObserved,
        pooling,
        oracleBrier,
        oracleCount,
        oraclePredicted,
        oracleObserved,
        byLevel,
        distance);
  }

  /**
   * The mean of k values and its standard error, from their sum and their sum of squares.
   *
   * @return {mean, standard error}
   */
  private static double[] meanAndSe(double sum, double sumOfSquares, int k) {
    double mean = sum / k;
    return new double[] {mean, Math.sqrt(Math.max(0, sumOfSquares / k - mean * mean) / k)};
  }

  /** Simulations of the truth per process behind the oracle's probabilities. */
  static final int ORACLE_RUNS = 4000;

  /**
   * The oracle's P(completed by {@code total}) of each milestone: the process's true dynamics
   * (rates, rounds, prerequisites) simulated {@link #ORACLE_RUNS} times on from its state at {@code
   * record}. Every family's clocks are memoryless (exponential steps, Poisson rounds), so the state
   * at the as-of date is all the past that matters. NaN for milestones complete at {@code record}.
   */
  static double[] oracle(
      Family family,
      double[][] at,
      double[][] rate,
      double[] step,
      double rounds,
      double record,
      double total,
      SplittableRandom r) {
    int[] level0 = new int[MILESTONES];
    for (int m = 0; m < MILESTONES; m++) {
      while (level0[m] < 3 && at[m][level0[m] + 1] <= record) {
        level0[m]++;
      }
    }
    int[] done = new int[MILESTONES];
    double[][] sim = new double[MILESTONES][4];
    int[] level = new int[MILESTONES];
    for (int k = 0; k < ORACLE_RUNS; k++) {
      if (family == Family.CLUSTERED) {
        System.arraycopy(level0, 0, level, 0, MILESTONES);
        double t = record;
        while (true) {
          t += -Math.log(1 - r.nextDouble()) / rounds;
          if (t > total) {
            break;
          }
          for (int m = 0; m < MILESTONES; m++) {
            if (level[m] < 3 && r.nextDouble() < Math.min(1, step[level[m]] / rounds)) {
              level[m]++;
            }
          }
        }
        for (int m = 0; m < MILESTONES; m++) {
          done[m] += level[m] == 3 ? 1 : 0;
        }
        continue;
      }
      // Milestones in index order: every prerequisite has a lower index.
      for (int m = 0; m < MILESTONES; m++) {
        for (int l = 0; l <= 3; l++) {
          sim[m][l] = l <= level0[m] ? at[m][l] : 0;
        }
        climb(family, m, level0[m], record, sim, rate, r);
        done[m] += sim[m][3] <= total ? 1 : 0;
      }
    }
    double[] out = new double[MILESTONES];
    for (int m = 0; m < MILESTONES; m++) {
      out[m] = level0[m] == 3 ? Double.NaN : (double) done[m] / ORACLE_RUNS;
    }
    return out;
  }

  /**
   * The oracle of the reversals family: each milestone's true dynamics (a step up at its step's
   * rate, a fall of one level at the true hazard) simulated {@link #ORACLE_RUNS} times on from its
   * level at {@code record}; the probability that it first reaches COMPLETED by {@code total}, the
   * event the harness scores. NaN for milestones that reached COMPLETED by {@code record}.
   */
  static double[] reversalOracle(
      List<List<double[]>> changes,
      double[] step,
      double hazard,
      double record,
      double total,
      SplittableRandom r) {
    double[] out = new double[MILESTONES];
    for (int m = 0; m < MILESTONES; m++) {
      int level0 = 0;
      boolean reached = false;
      for (double[] c : changes.get(m)) {
        if (c[0] <= record) {
          level0 = (int) c[1];
          reached |= level0 == 3;
        }
      }
      if (reached) {
        out[m] = Double.NaN;
        continue;
      }
      int done = 0;
      for (int k = 0; k < ORACLE_RUNS; k++) {
        int level = level0;
        double t = record;
        while (level < 3) {
          double up = step[level];
          double down = level >= 1 ? hazard : 0;
          t += -Math.log(1 - r.nextDouble()) / (up + down);
          if (t > total) {
            break;
          }
          level += r.nextDouble() * (up + down) < up ? 1 : -1;
        }
        done += level == 3 ? 1 : 0;
      }
      out[m] = (double) done / ORACLE_RUNS;
    }
    return out;
  }

  /**
   * The truth of one process: the time (months after START) at which each milestone reaches each
   * level, 1e9 for never within {@code total}.
   */
  static double[][] truth(
      Family family, double[][] rate, double[] step, double total, SplittableRandom r) {
    return truth(family, rate, step, total, r, new double[1]);
  }

  /** The truth of one process, with the clustered family's rate of rounds put in {@code out[0]}. */
  static double[][] truth(
      Family family,
      double[][] rate,
      double[] step,
      double total,
      SplittableRandom r,
      double[] out) {
    double[][] at = new double[MILESTONES][4];
    if (family == Family.CLUSTERED) {
      double rounds = ROUNDS_LOW * Math.exp(r.nextDouble() * Math.log(ROUNDS_HIGH / ROUNDS_LOW));
      out[0] = rounds;
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
      climb(family, m, 0, 0, at, rate, r);
    }
    return at;
  }

  /**
   * Milestone m climbs from {@code level} at time {@code from} to COMPLETED, one exponential wait
   * at its own rate per step, each step starting no earlier than its prerequisites reached the
   * same level in the dependencies family; writes the times it reaches each level into {@code
   * times[m]}. Milestones climb in index order, so every prerequisite's times are already there.
   */
  private static void climb(
      Family family,
      int m,
      int level,
      double from,
      double[][] times,
      double[][] rate,
      SplittableRandom r) {
    double t = from;
    for (int s = level; s < 3; s++) {
      double start = t;
      if (family == Family.DEPENDENCIES) {
        for (int q : PREREQUISITES[m]) {
          start = Math.max(start, times[q][s + 1]);
        }
      }
      t = start + -Math.log(1 - r.nextDouble()) / rate[m][s];
      times[m][s + 1] = t;
    }
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

  /**
   * The record of the reversals family up to {@code until}: NOT_STARTED, then every change, the
   * changes of one day as one event at the status the milestone ended that day with.
   */
  static ProcessModel model(List<List<double[]>> changes, double until) {
    ProcessModel.Builder b =
        ProcessModel.builder("Synthetic").source(new Source("s", "Outlet", "Title", null, "s.txt"));
    b.dimension(Dimension.of("d", "D0"));
    for (int m = 0; m < changes.size(); m++) {
      b.milestone(Milestone.builder(id(m), id(m), "d").build());
      b.event(event(START, m, Status.NOT_STARTED));
      List<double[]> own = changes.get(m);
      for (int k = 0; k < own.size(); k++) {
        double[] c = own.get(k);
        if (c[0] <= until
            && (k + 1 == own.size()
                || own.get(k + 1)[0] > until
                || !day(own.get(k + 1)[0]).equals(day(c[0])))) {
          b.event(event(day(c[0]), m, level((int) c[1])));
        }
      }
    }
    return b.build();
  }

  /**
   * Milestone m agrees {@code agreed[m]} months after START (never, for 1e9) and takes no other
   * step: the first-reached times {@link #model(double[][], double)} reads.
   *
   * @param agreed the months of agreement, one per milestone
   * @return the times, one row per milestone
   */
  static double[][] agreeing(double... agreed) {
    double[][] at = new double[agreed.length][4];
    for (int m = 0; m < agreed.length; m++) {
      at[m][1] = agreed[m];
      at[m][2] = 1e9;
      at[m][3] = 1e9;
    }
    return at;
  }

  /**
   * The thin-exposure record of issue 16: eight milestones over two years, five agreed (months 4,
   * 8, 13, 14 and 20), the one agreed at 14 IN_PROGRESS since month 22, nothing completed.
   *
   * @return the record up to two years after START
   */
  static ProcessModel thinExposure() {
    double[][] at = agreeing(4, 8, 13, 14, 20, 1e9, 1e9, 1e9);
    at[3][2] = 22;
    return model(at, 24);
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
          LocalDate date = day(at[m][l]);
          // a milestone that takes two steps on one day is recorded as an analyst would: one
          // event at the status it reached that day. Two reports of one source on one day would
          // be read as a disagreement, at the lower status (docs/methodology.md, section 2)
          if (l == 3 || at[m][l + 1] > until || !day(at[m][l + 1]).equals(date)) {
            events.add(event(date, m, level(l)));
          }
        }
      }
    }
    events.forEach(b::event);
    return b.build();
  }

  /** The day {@code months} after START. */
  private static LocalDate day(double months) {
    return START.plusDays(Math.round(months * Months.DAYS));
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
