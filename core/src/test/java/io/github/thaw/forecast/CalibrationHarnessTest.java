package io.github.thaw.forecast;

import static io.github.thaw.forecast.CalibrationHarness.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.thaw.forecast.CalibrationHarness.Family;
import io.github.thaw.forecast.CalibrationHarness.Result;
import io.github.thaw.model.ProcessModel;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Does the forecast cover what happens? The harness's small run; {@code docs/forecasting.md}
 * reports the table it prints (run {@code ./mvnw -B -pl core test -Dtest=CalibrationHarnessTest}).
 */
class CalibrationHarnessTest {
  private static final int PROCESSES = 200;
  private static final int PATHS = 1000;
  private static final long SEED = 2026;

  @Test
  @Tag("calibration")
  void everyFamilysFanCoversItsTargetWhereTheMethodAllows() {
    // GIVEN 200 processes of each family of dynamics, forecast with the defaults (posterior
    // rates, the record's tempo, partial pooling by milestone)
    Result independent = run(Family.INDEPENDENT, Rates.POSTERIOR, null);
    Result point = run(Family.INDEPENDENT, Rates.POINT, null);
    Result differ = run(Family.RATES_DIFFER, Rates.POSTERIOR, null);
    Result dimensions = run(Family.DIMENSIONS_DIFFER, Rates.POSTERIOR, null);
    Result clustered = run(Family.CLUSTERED, Rates.POSTERIOR, null);
    Result clusteredWithoutTempo = run(Family.CLUSTERED, Rates.POSTERIOR, Tempo.NONE);
    Result dependencies = run(Family.DEPENDENCIES, Rates.POSTERIOR, null);
    System.out.println(
        "| family | rates | processes | P10–P90 coverage | milestone forecasts | ECE | oracle's ECE"
            + " | Brier | oracle's Brier"
            + " | Brier of the exact posterior predictive (± s.e. of the difference) |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|");
    Result[] all = {
      independent, point, differ, dimensions, clustered, clusteredWithoutTempo, dependencies
    };
    for (Result r : all) {
      System.out.println(r.row());
    }
    System.out.printf(
        "ECE of the exact posterior predictive on the independent family's outcomes: %.3f%n",
        independent.exactEce());
    assertThat(Forecast.DEFAULT_RATES).isEqualTo(Rates.POSTERIOR);
    assertThat(Forecast.DEFAULT_POOLING).isEqualTo(Pooling.MILESTONE);
    // THEN each family's oracle (the true dynamics simulated on from the state at the as-of
    // date), calibrated by construction, shows an ECE of 0.02-0.03 on its outcomes at 200
    // processes: that much of any ECE is sampling noise; and knowing the truth scores better
    for (Result r : all) {
      assertThat(r.oracleEce()).isPositive().isLessThan(0.04);
      assertThat(r.oracleBrierScore()).isLessThan(r.brierScore());
    }
    assertThat(independent.exactEce()).isPositive().isLessThan(0.03);
    // AND every family's fan covers 80% ± 8 (the standard error of 200 processes is 2.8 points;
    // the clustered family's first 200 processes cover 76.0%, 77.8% over 1,000)
    for (Result r : new Result[] {independent, differ, dimensions, clustered, dependencies}) {
      assertThat(r.coverage()).as(r.family().name()).isBetween(0.72, 0.88);
    }
    // AND the record's tempo is what brings the clustered family there
    assertThat(clusteredWithoutTempo.coverage()).isLessThan(clustered.coverage() - 0.04);
    // AND plug-in rates cover less: why posterior is the default
    assertThat(point.coverage()).isLessThan(independent.coverage());
    // AND per-milestone probabilities: at 200 processes an ECE carries about 0.02 of noise (the
    // oracles'), so this run pins the measured values (docs/forecasting.md: 0.038, 0.027, 0.020,
    // 0.048, 0.032) so that a change that worsens them fails; the large run (largeRun, 1,000
    // processes, noise floor 0.005-0.02) is where the 0.05 target is judged
    assertThat(independent.ece()).isLessThanOrEqualTo(0.045);
    assertThat(differ.ece()).isLessThanOrEqualTo(0.035);
    assertThat(dimensions.ece()).isLessThanOrEqualTo(0.03);
    assertThat(clustered.ece()).isLessThanOrEqualTo(0.055);
    assertThat(dependencies.ece()).isLessThanOrEqualTo(0.04);
    // AND on its own family the exact posterior predictive (ExactPredictive, written apart from
    // Thaw, with the true prior) is better by 0.003 ± 0.001 here and over 1,000 processes: the
    // Brier target is missed
    assertThat(independent.brierScore() - independent.exactBrierScore()).isBetween(0.0, 0.01);
    // AND the gap is Thaw's mean squared distance from the exact predictive, as it must be if the
    // exact predictive is the outcome's probability given the record: the gap less the distance,
    // Σ 2(p − q)(q − y), is 0 within three standard errors. The distance measures the gap
    // without the outcomes' noise; pinned so that a change that moves Thaw away from the Bayes
    // forecast fails (0.0046 under the previous prior, 36 months and two transitions in 24)
    double[] distance = independent.exactDistance();
    double[] residual = independent.exactResidual();
    System.out.println(independent.distanceLine());
    assertThat(Math.abs(residual[0])).isLessThan(3 * residual[1]);
    assertThat(independent.brierScore() - independent.exactBrierScore())
        .isCloseTo(distance[0], within(3 * residual[1]));
    assertThat(distance[0]).isPositive().isLessThan(0.004);
  }

  @Test
  @Tag("calibration")
  void partialPooling() {
    // GIVEN processes whose four dimensions each multiply the step rates by their own lognormal
    // factor (σ = 1), processes whose milestones each do, and processes of Thaw's own model,
    // forecast without partial pooling, by dimension and by milestone
    Result none = pooled(Family.DIMENSIONS_DIFFER, Pooling.NONE);
    Result byDimension = pooled(Family.DIMENSIONS_DIFFER, Pooling.DIMENSION);
    Result byMilestone = pooled(Family.DIMENSIONS_DIFFER, Pooling.MILESTONE);
    Result differNone = pooled(Family.RATES_DIFFER, Pooling.NONE);
    Result differByMilestone = pooled(Family.RATES_DIFFER, Pooling.MILESTONE);
    Result ownNone = pooled(Family.INDEPENDENT, Pooling.NONE);
    Result ownByDimension = pooled(Family.INDEPENDENT, Pooling.DIMENSION);
    Result ownByMilestone = pooled(Family.INDEPENDENT, Pooling.MILESTONE);
    for (Result r :
        new Result[] {
          none,
          byDimension,
          byMilestone,
          differNone,
          differByMilestone,
          ownNone,
          ownByDimension,
          ownByMilestone
        }) {
      System.out.println(r.row());
    }
    // THEN where milestones differ, each milestone's own pace drawn from its posterior scores
    // better than full pooling and brings the fan into the target: why it is the default
    assertThat(differByMilestone.brierScore()).isLessThan(differNone.brierScore() - 0.005);
    assertThat(differByMilestone.ece()).isLessThan(differNone.ece());
    // (without pooling the fan covers 77.0%, with it 81.5%; the calibration error is where full
    // pooling fails: 0.087 against 0.027)
    assertThat(differNone.coverage()).isLessThan(differByMilestone.coverage());
    assertThat(differNone.ece()).isGreaterThan(0.08).isGreaterThan(3 * differByMilestone.ece());
    assertThat(differByMilestone.coverage()).isBetween(0.72, 0.88);
    assertThat(byMilestone.brierScore()).isLessThan(none.brierScore() - 0.005);
    // AND pooling by dimension, each dimension's rate of each step drawn from its posterior, does
    // worse than full pooling even where the dimensions differ (Brier 0.148 against 0.141,
    // coverage 73.5% against 82.0%; docs/forecasting.md): why it stays an option; pinned so that
    // a change that worsens it fails
    assertThat(byDimension.brierScore()).isLessThan(none.brierScore() + 0.02);
    assertThat(byDimension.coverage()).isGreaterThan(0.64);
    assertThat(byMilestone.brierScore()).isLessThan(byDimension.brierScore() - 0.01);
    // AND on Thaw's own model (one dimension, shared rates) partial pooling costs little
    assertThat(ownByMilestone.brierScore()).isLessThan(ownNone.brierScore() + 0.003);
    assertThat(ownByDimension.brierScore()).isEqualTo(ownNone.brierScore());
    assertThat(ownByDimension.covered()).isEqualTo(ownNone.covered());
  }

  private static Result pooled(Family family, Pooling pooling) {
    return cached(family, Rates.POSTERIOR, null, pooling);
  }

  /**
   * The harness is deterministic, so a row both tests need is run once (the small run must stay
   * fast). The key names every setting a row depends on, the reversals set for every forecast
   * included.
   */
  private static final java.util.Map<String, Result> RUNS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static Result cached(Family family, Rates rates, Tempo tempo, Pooling pooling) {
    return RUNS.computeIfAbsent(
        family + " " + rates + " " + tempo + " " + pooling + " " + CalibrationHarness.reversals,
        k -> CalibrationHarness.run(family, rates, tempo, pooling, PROCESSES, PATHS, SEED));
  }

  @Test
  @Tag("calibration")
  void randomReversalsAtTheRecordsHazard() {
    // GIVEN 200 processes of independent steps whose milestones also fall one level at a hazard
    // log-uniform in [0.002, 0.02] a month, the record containing the falls, forecast with
    // reversals off and with the record's hazard (the default)
    Result on = run(Family.REVERSALS, Rates.POSTERIOR, null);
    Result off;
    try {
      CalibrationHarness.reversals = Reversals.NONE;
      off = run(Family.REVERSALS, Rates.POSTERIOR, null);
    } finally {
      CalibrationHarness.reversals = null;
    }
    System.out.println("reversals off: " + off.row());
    System.out.println("reversals on:  " + on.row());
    // THEN, measured (docs/forecasting.md): the record's hazard covers more (78.5% against 78.0%;
    // 78.6% against 77.6% over 1,000 processes) and is as well calibrated (ECE 0.039 and 0.039;
    // 0.019 and 0.019 over 1,000); pinned so that a change that worsens it fails
    assertThat(on.coverage()).isGreaterThanOrEqualTo(off.coverage()).isBetween(0.72, 0.88);
    assertThat(on.ece()).isLessThanOrEqualTo(off.ece() + 0.002).isLessThanOrEqualTo(0.05);
    assertThat(on.brierScore()).isLessThanOrEqualTo(off.brierScore());
  }

  @Test
  void theRecordsTempoFollowsHowItsAdvancesCluster() {
    // GIVEN a record where eight milestones agree on two days, four each, and one where they
    // agree on eight days of their own
    double[][] together = new double[8][4];
    double[][] apart = new double[8][4];
    for (int m = 0; m < 8; m++) {
      together[m][1] = m < 4 ? 6 : 18;
      apart[m][1] = 2 + 2.5 * m;
      for (int l = 2; l <= 3; l++) {
        together[m][l] = 1e9;
        apart[m][l] = 1e9;
      }
    }
    Calibration c = Calibration.fromHistory(CalibrationHarness.model(together, 24), AS_OF);
    Calibration d = Calibration.fromHistory(CalibrationHarness.model(apart, 24), AS_OF);
    // THEN D = Σ S² / Σ S = (16 + 16) / 8 = 4 and 1
    assertThat(c.advances()).isEqualTo(8);
    assertThat(c.advanceDays()).isEqualTo(2);
    assertThat(c.clustering()).isEqualTo(4.0);
    assertThat(d.clustering()).isEqualTo(1.0);
    // AND over 24 months after a 24-month window (N' = 8 · 24 / 24) the dispersion is
    // κ · 3 · (1/8 + 1/8), by hand, κ = 2
    double window = Months.between(CalibrationHarness.START, AS_OF);
    double expected = 2 * 3 * (1.0 / 8 + 1 / (8 * 24 / window));
    assertThat(Calibration.TEMPO_FACTOR).isEqualTo(2);
    assertThat(c.tempo(24).dispersion()).isCloseTo(expected, within(1e-12));
    assertThat(d.tempo(24)).isEqualTo(Tempo.NONE);
  }

  /**
   * The large run, skipped unless {@code -Dthaw.harness.processes=N} is given (for example {@code
   * ./mvnw -B -pl core test -Dtest='CalibrationHarnessTest#largeRun' -Dthaw.harness.processes=2000
   * -Djacoco.skip=true}); {@code -Dthaw.harness.pooling=none,milestone} chooses the poolings and
   * {@code -Dthaw.harness.families=INDEPENDENT,...} the families. It prints every family's row
   * beside the noise floor of its oracle, and Thaw's reliability per decile.
   */
  @Test
  @Tag("calibration")
  void largeRun() {
    Integer processes = Integer.getInteger("thaw.harness.processes");
    org.junit.jupiter.api.Assumptions.assumeTrue(processes != null, "no -Dthaw.harness.processes");
    String families = System.getProperty("thaw.harness.families", "");
    String poolings = System.getProperty("thaw.harness.pooling", "none,milestone");
    List<Result> rows =
        CalibrationHarness.largeRun(System.out, processes, PATHS, SEED, families, poolings);
    assertThat(rows).isNotEmpty();
    for (Result r : rows) {
      // THEN the oracle, calibrated by construction, is never worse in Brier than Thaw
      assertThat(r.oracleBrierScore()).isLessThanOrEqualTo(r.brierScore());
    }
  }

  @Test
  void givenTheFamilysOwnPriorThawScoresAsTheExactPosteriorPredictive() {
    // GIVEN every step's prior set to the gamma with the mean and variance of the independent
    // family's true rates (Gamma(1.52, 24.0)), one rate per step for every milestone and no falls:
    // Thaw's own model with the truth's prior, up to the gamma's shape
    StepPrior own = CalibrationHarness.familyPrior();
    assertThat(own.mean()).isCloseTo(0.19 / Math.log(20), within(1e-12));
    CalibrationHarness.prior = own;
    CalibrationHarness.reversals = Reversals.NONE;
    Result r;
    try {
      r = oneRatePerStep();
    } finally {
      CalibrationHarness.prior = null;
      CalibrationHarness.reversals = null;
    }
    System.out.printf(
        "the family's own prior Gamma(%.3f, %.2f): %s%n", own.transitions(), own.months(), r.row());
    // THEN its Brier score is the exact posterior predictive's within three standard errors of
    // their difference, where the defaults, which must learn the prior, are 0.003 worse over 1,000
    // processes
    double difference = r.brierScore() - r.exactBrierScore();
    assertThat(Math.abs(difference)).isLessThan(3 * r.brierDifferenceSe());
    // AND its mean squared distance from the exact predictive is a fifth of the defaults' (0.0005
    // against 0.0029 here), 0.0001 of each the Monte Carlo noise of 1,000 paths
    System.out.println("the family's own prior: " + r.distanceLine());
    assertThat(r.exactDistance()[0]).isLessThan(0.001);
    assertThat(r.monteCarloDistance()).isPositive().isLessThan(r.exactDistance()[0]);
  }

  @Test
  void onItsOwnModelsFamilyThawIsTheExactPosteriorPredictiveUpToMonteCarloNoise() {
    // GIVEN processes of exactly the model Thaw forecasts with: each step's rate drawn from a
    // gamma prior (Gamma(1.52, 24.0), the independent family's mean and variance), shared by the
    // milestones, exponential steps, no falls; and Thaw given that prior, one rate per step, no
    // tempo and no falls. The exact posterior predictive is then the gamma prior's (Lomax step
    // durations convolved, ExactPredictive, written apart from Thaw)
    StepPrior law = CalibrationHarness.familyPrior();
    CalibrationHarness.rateLaw = law;
    CalibrationHarness.prior = law;
    CalibrationHarness.reversals = Reversals.NONE;
    Result given;
    Result learned;
    try {
      given = oneRatePerStep();
      // AND, for contrast, Thaw learning its prior from the record as by default
      CalibrationHarness.prior = null;
      learned = oneRatePerStep();
    } finally {
      CalibrationHarness.rateLaw = null;
      CalibrationHarness.prior = null;
      CalibrationHarness.reversals = null;
    }
    System.out.println("its own model's family, given its prior: " + given.row());
    System.out.println("  " + given.distanceLine());
    System.out.println("its own model's family, the record's prior: " + learned.row());
    System.out.println("  " + learned.distanceLine());
    // THEN Thaw's mean squared distance from the exact predictive is its Monte Carlo noise,
    // p(1 - p)/(paths - 1) averaged over the forecasts, within three standard errors: nothing
    // but sampling separates the engine from the exact computation
    double[] distance = given.exactDistance();
    assertThat(distance[0] - given.monteCarloDistance()).isLessThan(3 * distance[1]);
    assertThat(distance[0]).isLessThan(2 * given.monteCarloDistance());
    // AND its Brier score is no worse than the exact predictive's, within two standard errors of
    // their difference, which here is the Bayes forecast
    assertThat(given.brierScore() - given.exactBrierScore())
        .isLessThan(2 * given.brierDifferenceSe());
    double[] residual = given.exactResidual();
    assertThat(Math.abs(residual[0])).isLessThan(3 * residual[1]);
    // AND learning the prior from one record of eight milestones, as Thaw does by default, costs
    // a distance several times the Monte Carlo noise: what the independent family's gap is made of
    assertThat(learned.exactDistance()[0]).isGreaterThan(4 * learned.monteCarloDistance());
  }

  /**
   * The independent family forecast with one rate per step and no tempo, under the harness's
   * overrides as the caller set them.
   */
  private static Result oneRatePerStep() {
    return CalibrationHarness.run(
        Family.INDEPENDENT, Rates.POSTERIOR, Tempo.NONE, Pooling.NONE, PROCESSES, PATHS, SEED);
  }

  private static Result run(Family family, Rates rates, Tempo tempo) {
    return cached(family, rates, tempo, Forecast.DEFAULT_POOLING);
  }

  @Test
  void twoMonthsAtInProgressWithoutACompletionDoNotMakeANearCertainCompletion() {
    // GIVEN eight milestones over two years: five agree, one of them reaches IN_PROGRESS two
    // months before the as-of date, and nothing has ever completed
    ProcessModel record = CalibrationHarness.thinExposure();
    Calibration c = Calibration.fromHistory(record, AS_OF);
    RateEstimate last = c.step(Step.IN_PROGRESS_TO_COMPLETED);
    assertThat(last.transitions()).isZero();
    assertThat(last.exposureMonths())
        .isCloseTo(Months.between(LocalDate.of(2024, 11, 1), AS_OF), within(0.05));
    // WHEN forecast two years ahead with the point estimate and with the posterior
    LocalDate twoYears = LocalDate.of(2026, 12, 31);
    double t = Months.between(AS_OF, twoYears);
    double point = pDoneBy(record, Rates.POINT, twoYears);
    double posterior = pDoneBy(record, Rates.POSTERIOR, twoYears);
    // THEN the point estimate, half a transition over two months, is near certain
    assertThat(point).isCloseTo(1 - Math.exp(-last.rate() * t), within(0.002)).isGreaterThan(0.99);
    // AND the posterior predictive is moderate and matches its closed form 1 − (β / (β + t))^α
    RatePosterior g = c.posterior(Step.IN_PROGRESS_TO_COMPLETED, Pooling.NONE);
    double exact = 1 - Math.pow(g.rate() / (g.rate() + t), g.shape());
    assertThat(posterior).isCloseTo(exact, within(4 * Math.sqrt(exact * (1 - exact) / 20_000)));
    // (0.60 with a prior of 24 months and each step's hyperprior four transitions in 48, as with 36
    // months and two in 24; 0.56 with one in twelve):
    // far from the point estimate's near-certainty
    assertThat(posterior).isBetween(0.2, 0.7);
    System.out.printf(
        "thin exposure: point %.4f, posterior %.4f (exact %.4f, prior centre %.4f, Gamma(%.3f, %.2f))%n",
        point, posterior, exact, c.priorCentre(Pooling.NONE), g.shape(), g.rate());
  }

  private static double pDoneBy(ProcessModel record, Rates rates, LocalDate date) {
    ForecastSummary s =
        Forecast.builder(record)
            .asOf(AS_OF)
            .horizon(YearMonth.from(date))
            .rates(rates)
            .reversals(Reversals.NONE) // the closed forms know no falls
            .pooling(Pooling.NONE) // nor the milestone's own pace
            .indexFan(false)
            .samples(20_000)
            .build()
            .run(11);
    return s.milestone(CalibrationHarness.id(3)).pCompletedByHorizon();
  }
}
