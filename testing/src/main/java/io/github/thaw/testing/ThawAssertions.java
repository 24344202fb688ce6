package io.github.thaw.testing;

import io.github.thaw.forecast.ForecastSummary;
import io.github.thaw.index.IndexResult;
import io.github.thaw.index.ProgressIndex;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.scenario.ScenarioComparison;
import io.github.thaw.scenario.ScenarioOutcome;

/**
 * The entry point to Thaw's assertions: one overloaded {@code assertThat} per kind of result, in
 * the style of AssertJ. Every assertion returns its assert object so checks chain, and every
 * failure says what was expected, what was found and which milestones are involved.
 *
 * <pre>{@code
 * import static io.github.thaw.testing.ThawAssertions.assertThat;
 *
 * ProcessModel model = TurkiyeArmenia.model();
 * assertThat(model)
 *     .isAcyclic()
 *     .everyEventCitesASource()
 *     .isConsistentAt(LocalDate.of(2025, 9, 12));
 * assertThat(model).milestone("border-opening").requires("third-country-crossing", "railway-rehabilitation");
 * assertThat(model).statusAt("third-country-crossing", LocalDate.of(2022, 7, 1)).isAtLeast(Status.AGREED);
 * assertThat(model).withMethod(IndexMethod.defaults())
 *     .rose(LocalDate.of(2025, 9, 11), LocalDate.of(2025, 9, 12))
 *     .valueAt(LocalDate.of(2025, 9, 12)).isBetween(30, 50);
 * assertThat(ScenarioComparison.atLatest(model, IndexMethod.defaults(), TurkiyeArmenia.scenarios()))
 *     .scenario("railway-reactivated").unblocks("railway-rehabilitation");
 * assertThatProbability(312, 1000).isLessThan(0.5);
 * }</pre>
 *
 * <p>It depends on no test framework: a failed assertion throws {@link AssertionError}, which JUnit
 * 4 and 5, TestNG and Spock all report as a failure. Use it next to AssertJ's own {@code
 * Assertions.assertThat}; Java picks the right overload.
 */
public final class ThawAssertions {
  private ThawAssertions() {}

  /**
   * Assertions on a model: its dependencies, statuses and sources, and its index over time.
   *
   * @param actual the model
   * @return the assert object
   */
  public static ModelAssert assertThat(ProcessModel actual) {
    return new ModelAssert(actual);
  }

  /**
   * Assertions on a model's index under one method, at any date.
   *
   * @param actual a method prepared for a model, from {@link
   *     io.github.thaw.index.IndexMethod#prepare}
   * @return the assert object
   */
  public static IndexAssert assertThat(ProgressIndex actual) {
    return new IndexAssert(actual);
  }

  /**
   * Assertions on the index at one date.
   *
   * @param actual the result
   * @return the assert object
   */
  public static IndexResultAssert assertThat(IndexResult actual) {
    return new IndexResultAssert(actual);
  }

  /**
   * Assertions on scenarios compared with their baseline.
   *
   * @param actual the comparison
   * @return the assert object
   */
  public static ScenarioComparisonAssert assertThat(ScenarioComparison actual) {
    return new ScenarioComparisonAssert(actual);
  }

  /**
   * Assertions on one scenario's outcome.
   *
   * @param actual the outcome
   * @return the assert object
   */
  public static ScenarioOutcomeAssert assertThat(ScenarioOutcome actual) {
    return new ScenarioOutcomeAssert(actual);
  }

  /**
   * Assertions on a Monte Carlo forecast.
   *
   * @param actual the forecast
   * @return the assert object
   */
  public static ForecastAssert assertThat(ForecastSummary actual) {
    return new ForecastAssert(actual);
  }

  /**
   * Assertions on a probability estimated by Monte Carlo as the share of trials in which an event
   * happened. They allow for sampling error: {@code isLessThan(p)} fails only when the whole
   * confidence interval (Wilson score, 99% unless {@link ProbabilityAssert#withConfidence} says
   * otherwise) lies at or above {@code p}.
   *
   * <pre>{@code
   * assertThatProbability(312, 1000).isLessThan(0.5);                      // passes
   * assertThatProbability(540, 1000).isLessThan(0.5);                      // passes: could be chance
   * assertThatProbability(620, 1000).withConfidence(0.95).isLessThan(0.5); // fails
   * }</pre>
   *
   * @param successes the trials in which the event happened
   * @param trials all trials, at least one
   * @return the assert object
   * @throws IllegalArgumentException unless {@code 0 <= successes <= trials} and {@code trials >=
   *     1}
   */
  public static ProbabilityAssert assertThatProbability(long successes, long trials) {
    return new ProbabilityAssert(ProportionEstimate.of(successes, trials), "the probability");
  }
}
