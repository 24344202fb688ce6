package io.github.thaw.forecast;

import static io.github.thaw.forecast.CalibrationHarness.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.thaw.model.ProcessModel;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The prior of the milestones' paces: the chance that they share one pace and φ's posterior mean
 * against an integral written apart, and the two ends of the prior against the forecasts they must
 * equal bit for bit.
 */
class PacePriorTest {

  /**
   * Eight milestones over two years: five agree (months 2, 3, 6, 9, 15), three never do ({@link
   * MilestonePoolingTest}'s record).
   */
  private static ProcessModel spread() {
    return MilestonePoolingTest.record();
  }

  /** Eight milestones that all agree after six months. */
  private static ProcessModel onePace() {
    return CalibrationHarness.model(CalibrationHarness.agreeing(6, 6, 6, 6, 6, 6, 6, 6), 24);
  }

  @Test
  void theChanceOfSharedPacesAndφMatchAnIntegralWrittenApart() {
    // GIVEN milestones' transitions n and expected transitions E, some spread more than Poisson
    // counts would be and some less
    double[][] wide = {{3, 0.9}, {0, 1.4}, {0, 1.1}, {2, 0.7}, {0, 1.3}, {1, 1.0}};
    double[][] narrow = {{1, 1.0}, {1, 1.1}, {1, 0.9}, {1, 1.0}, {1, 1.2}, {1, 0.8}};
    for (double[][] groups : new double[][][] {wide, narrow}) {
      for (double p : new double[] {0.2, 0.5, 0.8}) {
        for (double s : new double[] {0.3, 1.0}) {
          double[] got = Calibration.posteriorMeanVariance(List.of(groups), PacePrior.of(s, p));
          double[] want = byTheUnitInterval(groups, s, p);
          // THEN both agree within what the grid leaves out of the density (below 10⁻³ and above
          // 100: at most 1.1% of its mass at s = 1)
          assertThat(got[1]).as("P(shared), p %s, s %s", p, s).isCloseTo(want[1], within(0.012));
          assertThat(got[0]).as("φ, p %s, s %s", p, s).isCloseTo(want[0], within(0.02 * want[0]));
        }
      }
    }
    // AND the record decides as it should: counts spread wider than Poisson make shared paces
    // less likely than the prior said, counts spread narrower more likely
    PacePrior even = PacePrior.of(0.3, 0.5);
    assertThat(Calibration.posteriorMeanVariance(List.of(wide), even)[1]).isLessThan(0.5);
    assertThat(Calibration.posteriorMeanVariance(List.of(narrow), even)[1]).isGreaterThan(0.5);
  }

  /**
   * P(shared) and φ's posterior mean with the density part integrated over u = φ/(s + φ) in (0, 1),
   * in which the prior (1/s)/(1 + φ/s)² is uniform: a midpoint sum of the negative binomial
   * likelihood (Γ(n + k)/Γ(k) as a product), against the Poisson likelihood at φ = 0.
   */
  private static double[] byTheUnitInterval(double[][] groups, double s, double p) {
    int points = 400_000;
    double z1 = 0;
    double first = 0;
    double poisson = 0;
    for (double[] g : groups) {
      poisson += g[0] * Math.log(g[1]) - g[1];
    }
    for (int i = 0; i < points; i++) {
      double u = (i + 0.5) / points;
      double phi = s * u / (1 - u);
      double k = 1 / phi;
      double ll = 0;
      for (double[] g : groups) {
        for (int j = 0; j < g[0]; j++) {
          ll += Math.log(k + j);
        }
        ll += k * Math.log(k / (k + g[1])) + g[0] * Math.log(g[1] / (k + g[1]));
      }
      // relative to the Poisson likelihood, so that neither sum underflows
      double w = Math.exp(ll - poisson) / points;
      z1 += w;
      first += w * phi;
    }
    double shared = p / (p + (1 - p) * z1);
    return new double[] {(1 - shared) * first / z1, shared};
  }

  @Test
  void noMassAtSharedPacesIsTheDefaultBitForBit() {
    Calibration c = Calibration.fromHistory(spread(), AS_OF);
    assertThat(c.pacePrior()).isEqualTo(PacePrior.DEFAULT);
    assertThat(c.sharedPaces()).isZero();
    assertThat(c.withPacePrior(PacePrior.of(Calibration.FRAILTY_PRIOR_SCALE, 0))).isSameAs(c);
    assertThat(forecast(spread(), Pooling.MILESTONE, PacePrior.of(0.3, 0)))
        .isEqualTo(forecast(spread(), Pooling.MILESTONE, null));
  }

  @Test
  void sharedPacesForSureIsPoolingNoneBitForBit() {
    // GIVEN a record whose milestones plainly differ in pace
    Calibration c = Calibration.fromHistory(spread(), AS_OF).withPacePrior(PacePrior.of(0.3, 1));
    // THEN φ is 0 and every milestone keeps the shared rates
    assertThat(c.frailtyVariance()).isZero();
    assertThat(c.sharedPaces()).isEqualTo(1);
    c.frailties().forEach(f -> assertThat(f.factor()).isEqualTo(1));
    // AND pooling by milestone forecasts exactly as pooling none
    assertThat(forecast(spread(), Pooling.MILESTONE, PacePrior.of(0.3, 1)).milestones())
        .isEqualTo(forecast(spread(), Pooling.NONE, null).milestones());
  }

  @Test
  void massAtSharedPacesShrinksφByTheRecordsOwnOdds() {
    Calibration base = Calibration.fromHistory(spread(), AS_OF);
    Calibration half = base.withPacePrior(PacePrior.of(0.3, 0.5));
    // THEN only the paces change: the record, its counts and its plain exposure stay
    assertThat(half.steps()).isEqualTo(base.steps());
    assertThat(half.posterior(Step.AGREED_TO_IN_PROGRESS, Pooling.NONE))
        .isEqualTo(base.posterior(Step.AGREED_TO_IN_PROGRESS, Pooling.NONE));
    assertThat(half.reversals()).isEqualTo(base.reversals());
    assertThat(half.pacePrior()).isEqualTo(PacePrior.of(0.3, 0.5));
    // AND φ is smaller, by about the posterior chance that paces are shared (the joint fit of
    // rates and paces moves the expected counts a little with φ)
    assertThat(half.sharedPaces()).isStrictlyBetween(0.0, 1.0);
    assertThat(half.frailtyVariance())
        .isCloseTo(
            (1 - half.sharedPaces()) * base.frailtyVariance(),
            within(0.1 * base.frailtyVariance()));
    // AND milestones that all moved alike make shared paces likelier than the prior said
    assertThat(
            Calibration.fromHistory(onePace(), AS_OF)
                .withPacePrior(PacePrior.of(0.3, 0.5))
                .sharedPaces())
        .isGreaterThan(0.5);
  }

  @Test
  void theBuilderWinsOverTheFileWhichWinsOverTheCalibration() {
    TransitionOverrides file = t -> t.toBuilder().pacePrior(PacePrior.of(0.3, 0.8)).build();
    Forecast fromFile =
        Forecast.builder(spread()).asOf(AS_OF).overrides(file).indexFan(false).samples(10).build();
    assertThat(fromFile.calibration().orElseThrow().pacePrior()).isEqualTo(PacePrior.of(0.3, 0.8));
    Forecast builderWins =
        Forecast.builder(spread())
            .asOf(AS_OF)
            .overrides(file)
            .pacePrior(PacePrior.of(1, 0.2))
            .indexFan(false)
            .samples(10)
            .build();
    assertThat(builderWins.calibration().orElseThrow().pacePrior()).isEqualTo(PacePrior.of(1, 0.2));
    Forecast neither = Forecast.builder(spread()).asOf(AS_OF).indexFan(false).samples(10).build();
    assertThat(neither.calibration().orElseThrow().pacePrior()).isEqualTo(PacePrior.DEFAULT);
  }

  @Test
  void badValuesAreRefusedByName() {
    List<String> messages = new ArrayList<>();
    for (double[] v :
        new double[][] {
          {0, 0.5},
          {-1, 0.5},
          {Double.NaN, 0.5},
          {101, 0.5},
          {0.3, -0.1},
          {0.3, 1.5},
          {0.3, Double.NaN}
        }) {
      assertThatThrownBy(() -> PacePrior.of(v[0], v[1]))
          .isInstanceOf(IllegalArgumentException.class)
          .satisfies(e -> messages.add(e.getMessage()));
    }
    assertThat(messages.get(0))
        .isEqualTo("pace prior scale must be a number above 0 and at most 100, got 0.0");
    assertThat(messages.get(3)).endsWith("got 101.0");
    assertThat(messages.get(5))
        .isEqualTo("pace prior shared must be a probability from 0 to 1, got 1.5");
    assertThat(messages.get(6)).endsWith("got NaN");
  }

  private static ForecastSummary forecast(ProcessModel record, Pooling pooling, PacePrior prior) {
    return Forecast.builder(record)
        .asOf(AS_OF)
        .horizon(YearMonth.of(2026, 12))
        .pooling(pooling)
        .pacePrior(prior)
        .indexFan(false)
        .samples(5_000)
        .build()
        .run(11);
  }
}
