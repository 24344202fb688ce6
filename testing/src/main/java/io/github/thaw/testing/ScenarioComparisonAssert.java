package io.github.thaw.testing;

import io.github.thaw.scenario.ScenarioComparison;
import io.github.thaw.scenario.ScenarioOutcome;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on scenarios compared with their baseline. Reach it through {@link
 * ThawAssertions#assertThat(ScenarioComparison)}.
 *
 * <pre>{@code
 * ScenarioComparison c =
 *     ScenarioComparison.atLatest(model, IndexMethod.defaults(), TurkiyeArmenia.scenarios());
 * assertThat(c).scenario("railway-reactivated").raisesIndexBy(4).unblocks("railway-rehabilitation");
 * assertThat(c).scenario("talks-stall").introducesNoFindings();
 * }</pre>
 */
public class ScenarioComparisonAssert
    extends AbstractAssert<ScenarioComparisonAssert, ScenarioComparison> {

  /**
   * Assertions on a comparison; prefer {@link ThawAssertions#assertThat(ScenarioComparison)}.
   *
   * @param actual the comparison
   */
  public ScenarioComparisonAssert(ScenarioComparison actual) {
    super(actual, ScenarioComparisonAssert.class);
  }

  /**
   * Assertions on one scenario's outcome.
   *
   * @param name the scenario's name
   * @return the outcome's assert object
   * @throws AssertionError if the comparison has no scenario of that name, listing those it has
   */
  public ScenarioOutcomeAssert scenario(String name) {
    isNotNull();
    for (ScenarioOutcome o : actual.outcomes()) {
      if (o.name().equals(name)) {
        return new ScenarioOutcomeAssert(o);
      }
    }
    // The comparison's own message names the scenario and the nearest name.
    String hint = catchMessage(() -> actual.outcome(name));
    throw failure(
        "%s",
        hint
            + ";\nits scenarios are: "
            + (actual.outcomes().isEmpty()
                ? "none"
                : actual.outcomes().stream()
                    .map(ScenarioOutcome::name)
                    .collect(Collectors.joining(", "))));
  }

  private static String catchMessage(Runnable r) {
    try {
      r.run();
      return "";
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  /**
   * Checks that no scenario reports a milestone further along than its hard prerequisites allow.
   *
   * @return this
   * @throws AssertionError listing every cap each scenario introduces
   */
  public ScenarioComparisonAssert introducesNoFindings() {
    isNotNull();
    List<String> v = actual.violations();
    if (!v.isEmpty()) {
      failWithMessage(
          "%s",
          "Expecting no scenario to introduce a gating finding at "
              + actual.date()
              + ",\nbut "
              + Texts.count(v.size(), "finding")
              + (v.size() == 1 ? " is" : " are")
              + " new:\n  - "
              + String.join("\n  - ", v));
    }
    return this;
  }
}
