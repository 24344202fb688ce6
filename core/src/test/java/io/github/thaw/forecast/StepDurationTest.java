package io.github.thaw.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StepDurationTest {

  @Test
  void eachFamilyIsARecordOfItsNamedParameters() {
    assertThat(StepDuration.pert(3, 9, 24)).isEqualTo(new StepDuration.Pert(3, 9, 24));
    assertThat(StepDuration.triangular(3, 9, 24)).isInstanceOf(StepDuration.Triangular.class);
    StepDuration.Lognormal l = (StepDuration.Lognormal) StepDuration.lognormal(12, 30);
    assertThat(l.median()).isEqualTo(12);
    assertThat(l.p90()).isEqualTo(30);
    assertThat(((StepDuration.Exponential) StepDuration.exponential(0.05)).rate()).isEqualTo(0.05);
    assertThat(StepDuration.never()).isEqualTo(new StepDuration.Never());
    // The records' own constructors check as the factories do.
    assertThatThrownBy(() -> new StepDuration.Pert(3, 30, 24))
        .hasMessage(ForecastMessages.threePoint("pert", 3, 30, 24));
    assertThatThrownBy(() -> new StepDuration.Exponential(0)).hasMessage(ForecastMessages.rate(0));
  }

  @Test
  void aPlannedQuantileIsTheDurationsOwn() {
    // The forecast draws from Quantile.of; a PERT's table is made once and shared by equal PERTs.
    StepDuration pert = StepDuration.pert(3, 9, 24);
    assertThat(Quantile.of(pert)).isSameAs(Quantile.of(StepDuration.pert(3, 9, 24)));
    for (StepDuration d :
        new StepDuration[] {
          pert,
          StepDuration.triangular(2, 5, 14),
          StepDuration.lognormal(12, 30),
          StepDuration.exponential(0.05),
          StepDuration.never()
        }) {
      Quantile q = Quantile.of(d);
      for (double u : new double[] {0, 0.1, 0.5, 0.9, 1}) {
        assertThat(q.quantile(u)).as(d + " at " + u).isEqualTo(d.quantile(u));
      }
    }
    assertThat(Quantile.of(pert).quantile(0.5)).isCloseTo(pert.median(), within(15.0 / 1024));
  }

  @Test
  void exponentialQuantileIsTheClosedForm() {
    StepDuration d = StepDuration.exponential(0.05);
    for (double u : new double[] {0, 0.1, 0.5, 0.9, 0.999}) {
      assertThat(d.quantile(u)).isCloseTo(-Math.log(1 - u) / 0.05, within(1e-9));
    }
    assertThat(d.median()).isCloseTo(Math.log(2) / 0.05, within(1e-9));
    assertThat(d.mean()).isCloseTo(20, within(1e-12));
  }

  @Test
  void triangularQuantileIsTheClosedForm() {
    StepDuration d = StepDuration.triangular(2, 5, 14);
    double cut = (5.0 - 2) / (14 - 2);
    for (double u : new double[] {0.01, 0.2, cut, 0.7, 0.99}) {
      double expected =
          u < cut
              ? 2 + Math.sqrt(u * (14 - 2) * (5 - 2))
              : 14 - Math.sqrt((1 - u) * (14 - 2) * (14 - 5));
      assertThat(d.quantile(u)).isCloseTo(expected, within(1e-9));
    }
  }

  @Test
  void pertQuantileIsWithinOneCellOfTheExactBetaQuantile() {
    // GIVEN a skewed PERT WHEN read from its table THEN every quantile is within 1/1024 of the
    // range of the exact one, and exact at the table's grid of probabilities
    StepDuration d = StepDuration.pert(3, 9, 24);
    BetaDistribution beta = BetaDistribution.of(1 + 4 * 6 / 21.0, 1 + 4 * 15 / 21.0);
    for (double u = 0.0005; u < 1; u += 0.0371) {
      double exact = 3 + 21 * beta.inverseCumulativeProbability(u);
      assertThat(d.quantile(u)).as("u=" + u).isCloseTo(exact, within(21.0 / 1024));
    }
    assertThat(d.quantile(0)).isEqualTo(3);
    assertThat(d.quantile(1)).isEqualTo(24);
    assertThat(d.mean()).isCloseTo((3 + 4 * 9 + 24) / 6.0, within(1e-12));
    assertThat(d.median()).isCloseTo(3 + 21 * beta.inverseCumulativeProbability(0.5), within(1e-9));
  }

  @Test
  void pertQuantileIsExactAtTheGridAndLinearWithinEachCell() {
    // The table holds the exact beta CDF at x = j/1024; between two grid points it interpolates
    // linearly, so the probability halfway between F(j/1024) and F((j+1)/1024) maps to the middle
    StepDuration d = StepDuration.pert(3, 9, 24);
    BetaDistribution beta = BetaDistribution.of(1 + 4 * 6 / 21.0, 1 + 4 * 15 / 21.0);
    for (int j : new int[] {0, 1, 100, 511, 900, 1022}) {
      double low = beta.cumulativeProbability(j / 1024.0);
      double high = beta.cumulativeProbability((j + 1) / 1024.0);
      assertThat(d.quantile(low))
          .as("cell %d start", j)
          .isCloseTo(3 + 21 * j / 1024.0, within(1e-9));
      assertThat(d.quantile((low + high) / 2))
          .as("cell %d middle", j)
          .isCloseTo(3 + 21 * (j + 0.5) / 1024, within(1e-9));
    }
  }

  @Test
  void pertWithTheModeAtAnEndStillInverts() {
    StepDuration d = StepDuration.pert(0, 0, 10);
    assertThat(d.quantile(0.5)).isCloseTo(d.median(), within(10.0 / 1024));
    assertThat(StepDuration.pert(0, 10, 10).quantile(0.5))
        .isCloseTo(StepDuration.pert(0, 10, 10).median(), within(10.0 / 1024));
  }

  @Test
  void lognormalHasTheGivenMedianAndNinetiethPercentile() {
    StepDuration d = StepDuration.lognormal(12, 30);
    assertThat(d.quantile(0.5)).isCloseTo(12, within(1e-9));
    assertThat(d.quantile(0.9)).isCloseTo(30, within(1e-9));
    assertThat(d.cumulativeProbability(30)).isCloseTo(0.9, within(1e-12));
  }

  @Test
  void neverNeverHappens() {
    StepDuration d = StepDuration.never();
    assertThat(d.isNever()).isTrue();
    assertThat(d.quantile(0.3)).isInfinite();
    assertThat(d.cumulativeProbability(1e9)).isZero();
    assertThat(d.scaled(2)).isSameAs(d);
    assertThat(d).hasToString("never");
  }

  @Test
  void scalingMultipliesEveryDuration() {
    for (StepDuration d :
        new StepDuration[] {
          StepDuration.pert(3, 9, 24),
          StepDuration.triangular(1, 2, 6),
          StepDuration.lognormal(12, 30),
          StepDuration.exponential(0.05)
        }) {
      StepDuration twice = d.scaled(2);
      for (double u : new double[] {0.1, 0.5, 0.9}) {
        assertThat(twice.quantile(u)).as(d + " at " + u).isCloseTo(2 * d.quantile(u), within(1e-9));
      }
    }
    assertThat(StepDuration.pert(3, 9, 24).scaled(2)).isEqualTo(StepDuration.pert(6, 18, 48));
    assertThat(StepDuration.exponential(0.05).scaled(2)).hasToString("exponential(rate=0.025)");
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of(
            (Supplier<StepDuration>) () -> StepDuration.pert(3, 30, 24),
            "pert duration needs min <= mode <= max with min < max, got min=3.0, mode=30.0,"
                + " max=24.0"),
        Arguments.of(
            (Supplier<StepDuration>) () -> StepDuration.triangular(5, 5, 5),
            "triangular duration needs min <= mode <= max with min < max, got min=5.0, mode=5.0,"
                + " max=5.0"),
        Arguments.of(
            (Supplier<StepDuration>) () -> StepDuration.pert(-1, 2, 3),
            "pert duration: min is -1.0 months; a duration cannot be negative"),
        Arguments.of(
            (Supplier<StepDuration>) () -> StepDuration.pert(1, Double.NaN, 3),
            "pert duration: mode must be a finite number of months, got NaN"),
        Arguments.of(
            (Supplier<StepDuration>) () -> StepDuration.lognormal(30, 12),
            "lognormal duration needs 0 < median < p90, got median=30.0, p90=12.0"),
        Arguments.of(
            (Supplier<StepDuration>) () -> StepDuration.exponential(0),
            "exponential duration needs a finite rate > 0 per month, got 0.0 (use never for a"
                + " step that does not happen)"),
        Arguments.of(
            (Supplier<StepDuration>) () -> StepDuration.exponential(0.1).scaled(-2),
            "scale factor must be a finite number > 0, got -2.0"),
        Arguments.of(
            (Supplier<StepDuration>) () -> StepDuration.pert(1, 2, 3).scaled(0),
            "scale factor must be a finite number > 0, got 0.0"),
        Arguments.of(
            (Supplier<StepDuration>) () -> StepDuration.pert(Double.NaN, 2, 3),
            "pert duration: min must be a finite number of months, got NaN"),
        Arguments.of(
            (Supplier<StepDuration>) () -> StepDuration.triangular(1, 2, Double.POSITIVE_INFINITY),
            "triangular duration: max must be a finite number of months, got Infinity"),
        Arguments.of(
            (Supplier<StepDuration>) () -> StepDuration.lognormal(0, 5),
            "lognormal duration needs 0 < median < p90, got median=0.0, p90=5.0"),
        Arguments.of(
            (Supplier<StepDuration>) () -> StepDuration.lognormal(5, 5),
            "lognormal duration needs 0 < median < p90, got median=5.0, p90=5.0"),
        Arguments.of(
            (Supplier<StepDuration>) () -> StepDuration.lognormal(5, Double.POSITIVE_INFINITY),
            "lognormal duration needs 0 < median < p90, got median=5.0, p90=Infinity"));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void badArgumentsAreNamedInTheMessage(Supplier<StepDuration> make, String message) {
    assertThatThrownBy(make::get).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @Test
  void theQuantileAtOneIsTheLongestPossibleDuration() {
    assertThat(StepDuration.triangular(1, 2, 6).quantile(1)).isEqualTo(6);
    assertThat(StepDuration.pert(3, 9, 24).scaled(2).quantile(1)).isEqualTo(48);
    assertThat(StepDuration.exponential(0.1).quantile(1)).isInfinite();
    assertThat(StepDuration.lognormal(2, 3).quantile(1)).isInfinite();
    assertThat(StepDuration.never().quantile(1)).isInfinite();
  }

  @Test
  void aProbabilityOutsideTheUnitIntervalIsRefused() {
    assertThatThrownBy(() -> StepDuration.exponential(1).quantile(1.5))
        .hasMessage("probability 1.5 is outside [0, 1]");
  }
}
