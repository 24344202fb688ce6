package io.github.thaw.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ParameterTest {

  /** The mean of the quantile function over a fine midpoint grid: E[X] = ∫ Q(u) du. */
  private static double integratedMean(Parameter p) {
    int m = 20_000;
    double s = 0;
    for (int j = 0; j < m; j++) {
      s += p.quantile((j + 0.5) / m);
    }
    return s / m;
  }

  @Test
  void uniformQuantileIsLinear() {
    Parameter p = Parameter.uniform("w", 2, 6);
    assertThat(p.quantile(0)).isEqualTo(2);
    assertThat(p.quantile(0.25)).isEqualTo(3);
    assertThat(p.quantile(1)).isEqualTo(6);
    assertThat(p.mean()).isEqualTo(4);
    assertThat(p.variance()).isCloseTo(16.0 / 12, within(1e-12));
  }

  @Test
  void triangularHasItsModeAndMean() {
    Parameter p = Parameter.triangular("t", 0, 3, 4);
    // F(mode) = (mode - min) / (max - min)
    assertThat(p.quantile(0.75)).isCloseTo(3, within(1e-12));
    assertThat(p.mean()).isCloseTo(7.0 / 3, within(1e-12));
    assertThat(integratedMean(p)).isCloseTo(7.0 / 3, within(1e-6));
  }

  @Test
  void pertHasTheThreePointMeanAndVariance() {
    // GIVEN optimistic 6, most likely 12, pessimistic 36 months
    Parameter p = Parameter.pert("months", 6, 12, 36);
    double mean = (6 + 4 * 12 + 36) / 6.0;
    // THEN mean = (min + 4 mode + max) / 6 and variance = (mean - min)(max - mean) / 7
    assertThat(p.mean()).isCloseTo(mean, within(1e-12));
    assertThat(p.variance()).isCloseTo((mean - 6) * (36 - mean) / 7, within(1e-9));
    assertThat(integratedMean(p)).isCloseTo(mean, within(1e-4));
    assertThat(p.quantile(0)).isEqualTo(6);
    assertThat(p.quantile(1)).isEqualTo(36);
  }

  @Test
  void symmetricPertHasItsModeAsMedian() {
    assertThat(Parameter.pert("s", -1, 0, 1).quantile(0.5)).isCloseTo(0, within(1e-12));
  }

  @Test
  void lognormalFromMedianHitsItsMedianAndP90() {
    Parameter p = Parameter.lognormalFromMedian("months", 18, 48);
    assertThat(p.quantile(0.5)).isCloseTo(18, within(1e-9));
    assertThat(p.quantile(0.9)).isCloseTo(48, within(1e-6));
    assertThat(p)
        .isEqualTo(
            Parameter.lognormal("months", Math.log(18), Math.log(48.0 / 18) / 1.2815515655446004));
  }

  @Test
  void lognormalHasMedianExpMu() {
    Parameter p = Parameter.lognormal("l", 1, 0.5);
    assertThat(p.quantile(0.5)).isCloseTo(Math.E, within(1e-12));
    assertThat(p.mean()).isCloseTo(Math.exp(1 + 0.125), within(1e-12));
  }

  @Test
  void exponentialHasMeanOneOverRate() {
    Parameter p = Parameter.exponential("wait", 0.25);
    assertThat(p.mean()).isCloseTo(4, within(1e-12));
    assertThat(p.quantile(1 - Math.exp(-1))).isCloseTo(4, within(1e-9));
    assertThat(p.quantile(0)).isZero();
  }

  @Test
  void normalQuantiles() {
    Parameter p = Parameter.normal("n", 10, 2);
    assertThat(p.quantile(0.5)).isCloseTo(10, within(1e-12));
    assertThat(p.quantile(0.975)).isCloseTo(10 + 2 * 1.959963984540054, within(1e-9));
    assertThat(p.variance()).isCloseTo(4, within(1e-12));
  }

  @Test
  void describesItself() {
    Parameter p = Parameter.pert("months", 6, 12, 36);
    assertThat(p.name()).isEqualTo("months");
    assertThat(p.distribution()).isEqualTo("pert(min=6.0, mode=12.0, max=36.0)");
    assertThat(p).hasToString("months ~ pert(min=6.0, mode=12.0, max=36.0)");
    assertThat(Parameter.exponential("e", 2)).hasToString("e ~ exponential(rate=2.0)");
  }

  @Test
  void equalByNameAndDistribution() {
    assertThat(Parameter.uniform("a", 0, 1))
        .isEqualTo(Parameter.uniform("a", 0, 1))
        .hasSameHashCodeAs(Parameter.uniform("a", 0, 1))
        .isNotEqualTo(Parameter.uniform("b", 0, 1))
        .isNotEqualTo(Parameter.uniform("a", 0, 2))
        .isNotEqualTo(Parameter.triangular("a", 0, 0.5, 1));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void invalidArgumentsAreNamed(Supplier<Parameter> factory, String message) {
    assertThatThrownBy(factory::get)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        bad(() -> Parameter.uniform(" ", 0, 1), "parameter name must not be blank"),
        bad(() -> Parameter.uniform(null, 0, 1), "parameter name must not be blank"),
        bad(
            () -> Parameter.uniform("w", Double.NaN, 1),
            "parameter 'w': min is NaN; it must be a finite number"),
        bad(
            () -> Parameter.uniform("w", 0, Double.POSITIVE_INFINITY),
            "parameter 'w': max is Infinity; it must be a finite number"),
        bad(
            () -> Parameter.uniform("w", 3, 1),
            "parameter 'w': min (3.0) must be less than max (1.0)"),
        bad(
            () -> Parameter.uniform("w", 1, 1),
            "parameter 'w': min (1.0) must be less than max (1.0)"),
        bad(
            () -> Parameter.triangular("t", 0, 5, 4),
            "parameter 't': mode (5.0) must lie within [min, max] = [0.0, 4.0]"),
        bad(
            () -> Parameter.pert("p", 0, -1, 4),
            "parameter 'p': mode (-1.0) must lie within [min, max] = [0.0, 4.0]"),
        bad(
            () -> Parameter.pert("p", 4, 4, 4),
            "parameter 'p': min (4.0) must be less than max (4.0)"),
        bad(
            () -> Parameter.pert("p", 0, Double.NaN, 4),
            "parameter 'p': mode is NaN; it must be a finite number"),
        bad(() -> Parameter.exponential("e", 0), "parameter 'e': rate (0.0) must be > 0"),
        bad(() -> Parameter.exponential("e", -2), "parameter 'e': rate (-2.0) must be > 0"),
        bad(
            () -> Parameter.exponential("e", Double.NaN),
            "parameter 'e': rate is NaN; it must be a finite number"),
        bad(() -> Parameter.lognormal("l", 0, 0), "parameter 'l': sigma (0.0) must be > 0"),
        bad(
            () -> Parameter.lognormalFromMedian("l", 0, 5),
            "parameter 'l': median (0.0) must be > 0"),
        bad(
            () -> Parameter.lognormalFromMedian("l", 5, 5),
            "parameter 'l': median (5.0) must be less than p90 (5.0)"),
        bad(() -> Parameter.normal("n", 0, -1), "parameter 'n': sd (-1.0) must be > 0"),
        // Every factory checks its name and every argument, in the order they are written.
        bad(() -> Parameter.triangular("", 0, 1, 2), "parameter name must not be blank"),
        bad(
            () -> Parameter.triangular("t", Double.NaN, 1, 2),
            "parameter 't': min is NaN; it must be a finite number"),
        bad(
            () -> Parameter.triangular("t", 0, 1, Double.NEGATIVE_INFINITY),
            "parameter 't': max is -Infinity; it must be a finite number"),
        bad(() -> Parameter.gamma(" ", 2, 1), "parameter name must not be blank"),
        bad(
            () -> Parameter.gamma("g", Double.NaN, 1),
            "parameter 'g': shape is NaN; it must be a finite number"),
        bad(
            () -> Parameter.gamma("g", 2, Double.POSITIVE_INFINITY),
            "parameter 'g': rate is Infinity; it must be a finite number"),
        bad(() -> Parameter.gamma("g", 0, 1), "parameter 'g': shape (0.0) must be > 0"),
        bad(() -> Parameter.gamma("g", 2, -1), "parameter 'g': rate (-1.0) must be > 0"),
        bad(() -> Parameter.logUniform("", 1, 10), "parameter name must not be blank"),
        bad(
            () -> Parameter.logUniform("r", Double.NaN, 10),
            "parameter 'r': min is NaN; it must be a finite number"),
        bad(
            () -> Parameter.logUniform("r", 1, Double.POSITIVE_INFINITY),
            "parameter 'r': max is Infinity; it must be a finite number"),
        bad(
            () -> Parameter.logUniform("r", 10, 1),
            "parameter 'r': min (10.0) must be less than max (1.0)"),
        bad(() -> Parameter.lognormal(" ", 0, 1), "parameter name must not be blank"),
        bad(
            () -> Parameter.lognormal("l", Double.NaN, 1),
            "parameter 'l': mu is NaN; it must be a finite number"),
        bad(
            () -> Parameter.lognormal("l", 0, Double.POSITIVE_INFINITY),
            "parameter 'l': sigma is Infinity; it must be a finite number"),
        bad(() -> Parameter.lognormalFromMedian("", 1, 2), "parameter name must not be blank"),
        bad(
            () -> Parameter.lognormalFromMedian("l", Double.NaN, 2),
            "parameter 'l': median is NaN; it must be a finite number"),
        bad(
            () -> Parameter.lognormalFromMedian("l", 1, Double.POSITIVE_INFINITY),
            "parameter 'l': p90 is Infinity; it must be a finite number"),
        bad(() -> Parameter.exponential(null, 1), "parameter name must not be blank"),
        bad(() -> Parameter.normal("", 0, 1), "parameter name must not be blank"),
        bad(
            () -> Parameter.normal("n", Double.NaN, 1),
            "parameter 'n': mean is NaN; it must be a finite number"),
        bad(
            () -> Parameter.normal("n", 0, Double.POSITIVE_INFINITY),
            "parameter 'n': sd is Infinity; it must be a finite number"));
  }

  @Test
  void aModeAtEitherEndIsAllowed() {
    assertThat(Parameter.triangular("t", 0, 0, 4).quantile(0)).isEqualTo(0.0);
    assertThat(Parameter.triangular("t", 0, 4, 4).quantile(1)).isEqualTo(4.0);
    assertThat(Parameter.pert("p", 0, 0, 4).quantile(0)).isEqualTo(0.0);
    assertThat(Parameter.pert("p", 0, 4, 4).quantile(1)).isEqualTo(4.0);
  }

  private static Arguments bad(Supplier<Parameter> factory, String message) {
    return Arguments.of(factory, message);
  }

  @Test
  void quantileRejectsProbabilitiesOutsideTheUnitInterval() {
    Parameter p = Parameter.uniform("w", 0, 1);
    assertThatThrownBy(() -> p.quantile(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parameter 'w': probability 1.5 is outside [0, 1]");
    assertThatThrownBy(() -> p.quantile(Double.NaN))
        .hasMessage("parameter 'w': probability NaN is outside [0, 1]");
  }

  @Test
  void aLogUniformIsUniformOnTheLogScaleWithItsClosedFormMoments() {
    Parameter p = Parameter.logUniform("r", 0.01, 1);
    assertThat(p.quantile(0.5)).isCloseTo(0.1, within(1e-12));
    assertThat(p.quantile(0.25)).isCloseTo(Math.pow(10, -1.5), within(1e-12));
    double mean = 0.99 / Math.log(100);
    assertThat(p.mean()).isCloseTo(mean, within(1e-12));
    assertThat(p.variance())
        .isCloseTo((1 - 1e-4) / (2 * Math.log(100)) - mean * mean, within(1e-12));
    assertThatThrownBy(() -> Parameter.logUniform("r", 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("r");
  }

  @Test
  void aGammaHasMeanShapeOverRate() {
    Parameter p = Parameter.gamma("r", 2, 4);
    assertThat(p.mean()).isEqualTo(0.5);
    assertThat(p.variance()).isCloseTo(2.0 / 16, within(1e-12));
    assertThat(p.distribution()).isEqualTo("gamma(shape=2.0, rate=4.0)");
  }
}
