package io.github.thaw.testing;

import static io.github.thaw.testing.ThawAssertions.assertThatProbability;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProbabilityAssertTest {

  @Test
  void claimsTheDataDoNotContradictPass() {
    assertThatProbability(312, 1000).isLessThan(0.5).isGreaterThan(0.25);
    // 0.54 is above 0.5, but 540 of 1000 is well within chance of a probability below it
    assertThatProbability(540, 1000).isLessThan(0.5);
    assertThatProbability(0, 10).isGreaterThan(0).isLessThan(0.01);
    assertThatProbability(10, 10).isLessThan(1).isGreaterThan(0.99);
  }

  @Test
  void aClaimContradictedBeyondTheConfidenceFailsWithTheEstimateAndItsInterval() {
    assertThatThrownBy(() -> assertThatProbability(620, 1000).isLessThan(0.5))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting the probability to be less than 0.5, allowing for Monte Carlo error at 99%"
                + " confidence,\n"
                + "but the estimate is 0.62 (620 of 1000 trials) and its 99% Wilson score interval"
                + " [0.5798, 0.6586] lies wholly at or above 0.5");
    assertThatThrownBy(
            () -> assertThatProbability(100, 1000).withConfidence(0.95).isGreaterThan(0.2))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting the probability to be greater than 0.2, allowing for Monte Carlo error at"
                + " 95% confidence,\n"
                + "but the estimate is 0.1 (100 of 1000 trials) and its 95% Wilson score interval"
                + " [0.0829, 0.1202] lies wholly at or below 0.2");
  }

  @Test
  void theConfidenceDecidesBorderlineCases() {
    // 540 of 1000: the 95% interval starts above 0.5, the 99.9% one below it
    assertThatProbability(540, 1000).withConfidence(0.999).isLessThan(0.5);
    assertThatThrownBy(() -> assertThatProbability(540, 1000).withConfidence(0.95).isLessThan(0.5))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("at 95% confidence");
    assertThatThrownBy(
            () -> assertThatProbability(0, 1000).withConfidence(0.995).isGreaterThan(0.01))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("at 99.5% confidence")
        .hasMessageContaining("interval [0.0, ");
  }

  @Test
  void theForecastDescriptionNamesTheEvent() {
    ProbabilityAssert p =
        new ProbabilityAssert(
            ProportionEstimate.of(900, 1000),
            "the probability that border-opening completes by 2026-12-31");
    assertThatThrownBy(() -> p.isLessThan(0.5))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "Expecting the probability that border-opening completes by 2026-12-31 to be less than"
                + " 0.5,");
  }

  @ParameterizedTest
  @CsvSource({
    // successes, trials, confidence, low, high: Wilson's interval as published
    "0, 10, 0.95, 0.0, 0.2775",
    "5, 10, 0.95, 0.2366, 0.7634",
    "10, 10, 0.95, 0.7225, 1.0",
    "312, 1000, 0.99, 0.2756, 0.3509",
  })
  void wilsonIntervalsMatchTheirFormula(
      long successes, long trials, double confidence, double low, double high) {
    ProportionEstimate.Interval ci = ProportionEstimate.of(successes, trials).wilson(confidence);
    assertThat(ci.low()).isCloseTo(low, within(5e-5));
    assertThat(ci.high()).isCloseTo(high, within(5e-5));
    assertThat(ci.confidence()).isEqualTo(confidence);
  }

  @ParameterizedTest
  @CsvSource({"-1, 10", "11, 10", "0, 0"})
  void countsMustDescribeAtLeastOneTrial(long successes, long trials) {
    assertThatThrownBy(() -> assertThatProbability(successes, trials))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a proportion needs trials >= 1 and 0 <= successes <= trials, got "
                + successes
                + " of "
                + trials);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, 1, -0.5, 1.5, Double.NaN})
  void theConfidenceMustBeStrictlyBetweenZeroAndOne(double confidence) {
    assertThatThrownBy(() -> assertThatProbability(1, 2).withConfidence(confidence))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("confidence must be strictly between 0 and 1, got " + confidence);
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.1, 1.1, Double.NaN})
  void theThresholdMustBeAProbability(double p) {
    assertThatThrownBy(() -> assertThatProbability(1, 2).isLessThan(p))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a probability must be in [0, 1], got " + p);
    assertThatThrownBy(() -> assertThatProbability(1, 2).isGreaterThan(p))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a probability must be in [0, 1], got " + p);
  }

  @Test
  void anIntervalKeepsItsBoundsInOrder() {
    assertThatThrownBy(() -> new ProportionEstimate.Interval(0.6, 0.4, 0.9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an interval needs 0 <= low <= high <= 1, got 0.6 and 0.4");
    assertThat(ProportionEstimate.of(1, 4).estimate()).isEqualTo(0.25);
  }
}
