package io.github.thaw.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.thaw.forecast.Forecast;
import io.github.thaw.forecast.ForecastSummary;
import io.github.thaw.forecast.Step;
import io.github.thaw.forecast.StepDuration;
import io.github.thaw.forecast.Transitions;
import io.github.thaw.io.ModelFiles;
import io.github.thaw.io.TransitionFiles;
import io.github.thaw.model.ProcessModel;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A check from outside: the Porta-Vac project of Anderson et al., <i>An Introduction to Management
 * Science</i>, ch. 9. The book's PERT answer adds means and variances along one critical path; a
 * Monte Carlo over the whole network finds a longer mean and a lower P(T ≤ 20) because
 * near-critical paths merge at H and J (merge-event bias). Thaw's forecast is compared with the
 * book, computed by hand here, and with an independent simulation written here.
 */
class PortaVacTest {
  private static final Path MODEL = Path.of("porta-vac", "porta-vac.yaml");
  private static final Path TRANSITIONS = Path.of("porta-vac", "porta-vac-transitions.yaml");
  private static final LocalDate START = LocalDate.of(2025, 1, 11);
  private static final double DAYS = 365.2425 / 12;

  /** Activity ids, predecessors (indices) and the book's estimates in weeks: a, m, b. */
  private static final String[] IDS = {
    "a-product-design", "b-market-research-plan", "c-routing", "d-prototype", "e-brochure",
    "f-cost-estimates", "g-product-testing", "h-market-survey", "i-pricing-report", "j-final-report"
  };

  private static final int[][] BEFORE = {{}, {}, {0}, {0}, {0}, {2}, {3}, {1, 4}, {7}, {5, 6, 8}};
  private static final double[][] WEEKS = {
    {4, 5, 12}, {1, 1.5, 5}, {2, 3, 4}, {3, 4, 11}, {2, 3, 4},
    {1.5, 2, 2.5}, {1.5, 3, 4.5}, {2.5, 3.5, 7.5}, {1.5, 2, 2.5}, {1, 2, 3}
  };

  private static final int N = 20_000;
  private static final int INDEPENDENT = 200_000;

  private static ProcessModel model;
  private static double thawMean;
  private static double thawSd;
  private static double thawP20;
  private static double[] independent;

  @BeforeAll
  static void simulate() throws IOException {
    model = ModelFiles.read(MODEL);
    // Thaw reads completion off month-end checkpoints. To read the mean to a fraction of a week,
    // run the same network with one week stretched to about a year, so checkpoints fall every
    // twelfth of a week, and with week 20 exactly on the checkpoint 2045-01-31.
    LocalDate week20 = LocalDate.of(2045, 1, 31);
    double monthsPerWeek = (week20.toEpochDay() - START.toEpochDay()) / DAYS / 20;
    Transitions.Builder t = Transitions.builder(StepDuration.never());
    for (int i = 0; i < IDS.length; i++) {
      double[] w = WEEKS[i];
      t.milestone(
          IDS[i],
          Step.IN_PROGRESS_TO_COMPLETED,
          StepDuration.pert(w[0] * monthsPerWeek, w[1] * monthsPerWeek, w[2] * monthsPerWeek));
    }
    ForecastSummary s =
        Forecast.builder(model)
            .asOf(START)
            .horizon(YearMonth.from(START.plusDays((long) (32 * monthsPerWeek * DAYS))))
            .transitions(t.build())
            .indexFan(false)
            .samples(N)
            .build()
            .run(11);
    List<Double> done = s.milestone("j-final-report").pCompletedBy();
    assertThat(done.get(done.size() - 1)).as("every path done by week 32").isEqualTo(1.0);
    // E[T] = ∫ (1 − F) dt and E[T²] = ∫ 2t (1 − F) dt, by the midpoint of each checkpoint interval.
    double mean = 0;
    double second = 0;
    for (int k = 1; k < done.size(); k++) {
      double t0 = weeks(s.dates().get(k - 1), monthsPerWeek);
      double t1 = weeks(s.dates().get(k), monthsPerWeek);
      double share = done.get(k) - done.get(k - 1); // paths done in (t0, t1]
      double mid = (t0 + t1) / 2;
      mean += share * mid;
      second += share * (mid * mid + (t1 - t0) * (t1 - t0) / 12);
    }
    thawMean = mean;
    thawSd = Math.sqrt(second - mean * mean);
    thawP20 = done.get(s.dates().indexOf(week20));
    independent = independentSimulation(INDEPENDENT, 20_251_111L);
  }

  private static double weeks(LocalDate d, double monthsPerWeek) {
    return (d.toEpochDay() - START.toEpochDay()) / DAYS / monthsPerWeek;
  }

  @Test
  void theBooksPertAnswerIsSeventeenWeeksWithSigmaOnePointSixFive() {
    // GIVEN the critical path A-E-H-I-J, by hand: te = (a + 4m + b) / 6, var = ((b − a) / 6)^2
    int[] critical = {0, 4, 7, 8, 9};
    double te = 0;
    double var = 0;
    for (int i : critical) {
      double[] w = WEEKS[i];
      te += (w[0] + 4 * w[1] + w[2]) / 6;
      var += (w[2] - w[0]) * (w[2] - w[0]) / 36;
    }
    // THEN the book's figures: E(T) = 17 weeks, σ = 1.65, P(T ≤ 20) = 0.966 (z = 1.82)
    assertThat(te).isCloseTo(17, within(1e-12));
    assertThat(Math.sqrt(var)).isCloseTo(1.65, within(0.005));
    double p = NormalDistribution.of(te, Math.sqrt(var)).cumulativeProbability(20);
    assertThat(p).isCloseTo(0.966, within(0.001));
  }

  @Test
  void thawAgreesWithAnIndependentSimulationOfTheWholeNetwork() {
    // GIVEN the independent simulation's mean, sd and P(T ≤ 20) on 200,000 paths
    double mean = mean(independent);
    double sd = Math.sqrt(variance(independent, mean));
    double p20 = share(independent, 20);
    // THEN Thaw's 20,000 paths agree within four standard errors of the difference; the mean also
    // allows 0.02 weeks for the beta table (each quantile within 1/1024 of its activity's range)
    double seMean = Math.sqrt(sd * sd / N + sd * sd / INDEPENDENT);
    assertThat(thawMean).isCloseTo(mean, within(4 * seMean + 0.02));
    double seP = Math.sqrt(p20 * (1 - p20) / N + p20 * (1 - p20) / INDEPENDENT);
    assertThat(thawP20).isCloseTo(p20, within(4 * seP + 0.002));
    assertThat(thawSd).isCloseTo(sd, within(0.05));
  }

  @Test
  void theMonteCarloMeanIsLongerAndTheChanceOfTwentyWeeksLowerThanTheBooks() {
    // THEN merge-event bias: the mean exceeds 17 by far more than its standard error, P(T ≤ 20)
    // falls short of 0.966 by far more than its own, and the difference is what the independent
    // simulation shows (about +0.3 weeks and 0.93)
    double seMean = thawSd / Math.sqrt(N);
    assertThat(thawMean - 17).isGreaterThan(10 * seMean).isBetween(0.2, 0.45);
    double seP = Math.sqrt(thawP20 * (1 - thawP20) / N);
    assertThat(0.966 - thawP20).isGreaterThan(10 * seP);
    assertThat(thawP20).isBetween(0.92, 0.94);
  }

  @Test
  void theExampleFilesAreTheBooksNetworkAndReadTwentyWeeksAtAMonthEnd() throws IOException {
    // GIVEN the example transitions file, read on top of "never"
    Transitions file =
        TransitionFiles.read(TRANSITIONS, Transitions.everyStep(StepDuration.never()));
    double weekInMonths = 7 / DAYS;
    for (int i = 0; i < IDS.length; i++) {
      double[] w = WEEKS[i];
      StepDuration expected =
          StepDuration.pert(w[0] * weekInMonths, w[1] * weekInMonths, w[2] * weekInMonths);
      StepDuration d = file.duration(IDS[i], Step.IN_PROGRESS_TO_COMPLETED);
      // THEN each activity's mean is the book's (a + 4m + b) / 6 weeks, to the file's rounding
      assertThat(d.mean()).as(IDS[i]).isCloseTo(expected.mean(), within(1e-5));
      assertThat(d.mean() / weekInMonths).isCloseTo((w[0] + 4 * w[1] + w[2]) / 6, within(1e-4));
      assertThat(model.milestones().get(i).requires())
          .extracting(id -> id.value())
          .containsExactly(Arrays.stream(BEFORE[i]).mapToObj(b -> IDS[b]).toArray(String[]::new));
    }
    // WHEN forecast as the command line does, to a month end exactly 20 weeks after the start
    ForecastSummary s =
        Forecast.builder(model)
            .transitions(file)
            .horizon(YearMonth.of(2025, 12))
            .indexFan(false)
            .samples(N)
            .build()
            .run(11);
    LocalDate week20 = START.plusWeeks(20);
    assertThat(week20).isEqualTo(LocalDate.of(2025, 5, 31));
    double p = s.milestone("j-final-report").pCompletedBy().get(s.dates().indexOf(week20));
    // THEN P(T ≤ 20 weeks) is the independent simulation's, within four standard errors
    double q = share(independent, 20);
    assertThat(p).isCloseTo(q, within(4 * Math.sqrt(q * (1 - q) / N) + 0.002));
  }

  // ---- the independent simulation: its own beta-PERT sampler and a max-plus pass

  private static double[] independentSimulation(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] out = new double[n];
    double[] finish = new double[IDS.length];
    for (int k = 0; k < n; k++) {
      for (int i = 0; i < IDS.length; i++) { // the activities are listed in topological order
        double start = 0;
        for (int b : BEFORE[i]) {
          start = Math.max(start, finish[b]);
        }
        finish[i] = start + betaPert(WEEKS[i][0], WEEKS[i][1], WEEKS[i][2], r);
      }
      out[k] = finish[IDS.length - 1];
    }
    return out;
  }

  /** a + (b − a) X with X ~ Beta(1 + 4 (m − a)/(b − a), 1 + 4 (b − m)/(b − a)), as G1/(G1 + G2). */
  private static double betaPert(double a, double m, double b, SplittableRandom r) {
    double x = gamma(1 + 4 * (m - a) / (b - a), r);
    double y = gamma(1 + 4 * (b - m) / (b - a), r);
    return a + (b - a) * x / (x + y);
  }

  /** Marsaglia and Tsang (2000) for shape {@code >= 1}, with a Box–Muller normal. */
  private static double gamma(double shape, SplittableRandom r) {
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double z =
          Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
      double v = 1 + c * z;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = r.nextDouble();
      if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }

  private static double mean(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s / x.length;
  }

  private static double variance(double[] x, double mean) {
    double s = 0;
    for (double v : x) {
      s += (v - mean) * (v - mean);
    }
    return s / (x.length - 1);
  }

  private static double share(double[] x, double limit) {
    int k = 0;
    for (double v : x) {
      k += v <= limit ? 1 : 0;
    }
    return (double) k / x.length;
  }
}
