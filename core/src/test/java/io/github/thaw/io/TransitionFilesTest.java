package io.github.thaw.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thaw.forecast.Forecast;
import io.github.thaw.forecast.FreezeShocks;
import io.github.thaw.forecast.PacePrior;
import io.github.thaw.forecast.Pooling;
import io.github.thaw.forecast.Reversals;
import io.github.thaw.forecast.Step;
import io.github.thaw.forecast.StepDuration;
import io.github.thaw.forecast.StepPrior;
import io.github.thaw.forecast.Tempo;
import io.github.thaw.forecast.Transitions;
import io.github.thaw.model.ModelException;
import io.github.thaw.model.Problem;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransitionFilesTest {
  static final Transitions BASE =
      Transitions.builder(StepDuration.exponential(0.03))
          .step(Step.IN_PROGRESS_TO_COMPLETED, StepDuration.exponential(0.01))
          .build();

  static Transitions yaml(String... lines) {
    return TransitionFiles.read(String.join("\n", lines) + "\n", "t.yaml", FileSyntax.YAML, BASE);
  }

  static List<String> problems(String... lines) {
    try {
      yaml(lines);
    } catch (ModelException e) {
      return e.problems().stream().map(Problem::toString).toList();
    }
    throw new AssertionError("expected a ModelException");
  }

  @Test
  void readsEveryKeyOnTopOfTheBase() {
    Transitions t =
        yaml(
            "defaults: {distribution: exponential, rate: 0.05}",
            "steps:",
            "  AGREED->IN_PROGRESS: {distribution: pert, min: 3, mode: 9, max: 24}",
            "softFactor: 0.7",
            "freeze: {ratePerYear: 0.3, months: 6}",
            "milestones:",
            "  railway-rehabilitation:",
            "    AGREED->IN_PROGRESS: {distribution: triangular, min: 3, mode: 9, max: 24}",
            "    IN_PROGRESS->COMPLETED: {distribution: lognormal, median: 12, p90: 30}",
            "  border-opening: {NOT_STARTED->AGREED: {distribution: never}}");
    assertThat(t.steps())
        .containsEntry(Step.NOT_STARTED_TO_AGREED, StepDuration.exponential(0.05))
        .containsEntry(Step.AGREED_TO_IN_PROGRESS, StepDuration.pert(3, 9, 24))
        .containsEntry(Step.IN_PROGRESS_TO_COMPLETED, StepDuration.exponential(0.05));
    assertThat(t.softFactor()).isEqualTo(0.7);
    assertThat(t.freezes()).contains(FreezeShocks.of(0.3, 6));
    assertThat(t.duration("railway-rehabilitation", Step.IN_PROGRESS_TO_COMPLETED))
        .isEqualTo(StepDuration.lognormal(12, 30));
    assertThat(t.duration("railway-rehabilitation", Step.NOT_STARTED_TO_AGREED))
        .isEqualTo(StepDuration.exponential(0.05));
    assertThat(t.duration("border-opening", Step.NOT_STARTED_TO_AGREED).isNever()).isTrue();
  }

  @Test
  void whatAFileLeavesOutKeepsTheBase() {
    Transitions t = yaml("milestones: {a: {AGREED->IN_PROGRESS: {distribution: never}}}");
    assertThat(t.steps()).isEqualTo(BASE.steps());
    assertThat(t.softFactor()).isEqualTo(BASE.softFactor());
    assertThat(t.freezes()).isEqualTo(Optional.empty());
    assertThat(t.tempo()).isEqualTo(Optional.empty());
    assertThat(yaml("{}")).isEqualTo(BASE);
  }

  @Test
  void aFileSetsTheCommonTempoOrTurnsItOff() {
    assertThat(yaml("tempo: {dispersion: 0.2}").tempo()).contains(Tempo.of(0.2));
    assertThat(yaml("tempo: {dispersion: 0}").tempo()).contains(Tempo.NONE);
    assertThat(yaml("tempo: {dispersion: 0}")).isNotEqualTo(BASE);
  }

  @Test
  void aFileSetsTheReversalHazardOrTurnsReversalsOff() {
    assertThat(yaml("reversals: {hazard: 0.004}").reversals()).contains(Reversals.of(0.004));
    assertThat(yaml("reversals: {hazard: 0}").reversals()).contains(Reversals.NONE);
    assertThat(yaml("reversals: {hazard: 0}")).isNotEqualTo(BASE);
    assertThat(yaml("{}").reversals()).isEmpty();
  }

  @Test
  void aFileSetsThePriorOfEveryStepRate() {
    assertThat(yaml("prior: {transitions: 1.5, months: 24}").prior())
        .contains(StepPrior.of(1.5, 24));
    assertThat(yaml("prior: {months: 24, transitions: 1.5}").prior().orElseThrow().mean())
        .isEqualTo(1.5 / 24);
    assertThat(yaml("prior: {transitions: 1.5, months: 24}")).isNotEqualTo(BASE);
    assertThat(BASE.prior()).isEmpty();
  }

  @Test
  void aFileSetsThePriorOfTheMilestonesPaces() {
    assertThat(yaml("paces: {scale: 0.5, shared: 0.4}").pacePrior())
        .contains(PacePrior.of(0.5, 0.4));
    // the scale may be left out: the calibration's own
    assertThat(yaml("paces: {shared: 0.4}").pacePrior())
        .contains(PacePrior.of(PacePrior.DEFAULT.scale(), 0.4));
    assertThat(yaml("paces: {shared: 0}")).isNotEqualTo(BASE);
    assertThat(BASE.pacePrior()).isEmpty();
  }

  @Test
  void aFileSetsThePooling() {
    assertThat(yaml("pooling: milestone").pooling()).contains(Pooling.MILESTONE);
    assertThat(yaml("pooling: dimension").pooling()).contains(Pooling.DIMENSION);
    assertThat(yaml("pooling: none").pooling()).contains(Pooling.NONE);
    assertThat(yaml("pooling: none")).isNotEqualTo(BASE);
    assertThat(BASE.pooling()).isEmpty();
  }

  @Test
  void jsonReadsTheSame() {
    Transitions t =
        TransitionFiles.read(
            "{\"steps\": {\"NOT_STARTED->AGREED\": {\"distribution\": \"exponential\", \"rate\":"
                + " 0.2}}}",
            "t.json",
            FileSyntax.JSON,
            BASE);
    assertThat(t.duration("x", Step.NOT_STARTED_TO_AGREED))
        .isEqualTo(StepDuration.exponential(0.2));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "defaults: {distribution: pret, min: 1, mode: 2, max: 3}"
            + "|t.yaml:1:26: defaults.distribution: distribution 'pret' is not one of pert,"
            + " triangular, lognormal, exponential, never (did you mean 'pert'?)",
        "defaults: {distribution: pert, min: 1, max: 3}"
            + "|t.yaml:1:11: defaults: a pert duration needs min, mode, max; 'mode' is missing",
        "defaults: {distribution: exponential, rate: 0.1, median: 3}"
            + "|t.yaml:1:58: defaults.median: 'median' does not apply to an exponential duration;"
            + " it takes rate",
        "defaults: {distribution: never, rate: 1}"
            + "|t.yaml:1:39: defaults.rate: 'rate' does not apply to a never duration, which"
            + " takes no arguments",
        "defaults: {distribution: pert, min: 5, mode: 2, max: 3}"
            + "|t.yaml:1:11: defaults: pert duration needs min <= mode <= max with min < max, got"
            + " min=5.0, mode=2.0, max=3.0",
        "defaults: {distribution: exponential, rate: -1}"
            + "|t.yaml:1:11: defaults: exponential duration needs a finite rate > 0 per month,"
            + " got -1.0 (use never for a step that does not happen)",
        "defaults: {distribution: exponential, rate: fast}"
            + "|t.yaml:1:45: defaults.rate: expected a number, found text 'fast'",
        "defaults: {rate: 0.1}|t.yaml:1:11: defaults: missing required key 'distribution' in"
            + " duration",
        "steps: {AGREED->COMPLETED: {distribution: never}}"
            + "|t.yaml:1:9: steps.AGREED->COMPLETED: unknown key 'AGREED->COMPLETED' in steps;"
            + " allowed: NOT_STARTED->AGREED,"
            + " AGREED->IN_PROGRESS, IN_PROGRESS->COMPLETED",
        "softFactor: 0|t.yaml:1:13: softFactor: soft factor must be a finite number > 0, got 0.0",
        "freeze: {ratePerYear: -1, months: 6}"
            + "|t.yaml:1:9: freeze: freeze rate must be a number from 0 to 1000.0 per year, got -1.0",
        "freeze: {ratePerYear: 1}|t.yaml:1:9: freeze: missing required key 'months' in freeze",
        "milestones: {Border: {NOT_STARTED->AGREED: {distribution: never}}}"
            + "|t.yaml:1:22: milestones.Border: milestone id 'Border' is not lower-kebab-case"
            + " (letters a-z, digits and single hyphens, e.g."
            + " 'border-opening')",
        "milestones: {a: {IN_PROGRESS->DONE: {distribution: never}}}"
            + "|t.yaml:1:18: milestones.a.IN_PROGRESS->DONE: unknown key 'IN_PROGRESS->DONE' in"
            + " milestone steps; allowed:"
            + " NOT_STARTED->AGREED, AGREED->IN_PROGRESS, IN_PROGRESS->COMPLETED",
        "rates: 0.1|t.yaml:1:1: rates: unknown key 'rates' in transitions; allowed: defaults, steps, softFactor, freeze, tempo, reversals, pooling, prior, paces, milestones",
        "pooling: milestones|t.yaml:1:10: pooling: pooling 'milestones' is not one of none,"
            + " dimension, milestone (did you mean 'milestone'?)",
        "tempo: {dispersion: -0.5}|t.yaml:1:8: tempo: tempo dispersion must be a number from 0 (no"
            + " common shock) to 100.0, got -0.5",
        "tempo: {}|t.yaml:1:8: tempo: missing required key 'dispersion' in tempo",
        "reversals: {hazard: 1.5}|t.yaml:1:12: reversals: reversal hazard must be a number from 0"
            + " (no random reversals) to 1.0 per month, got 1.5",
        "reversals: {hazard: x}|t.yaml:1:21: reversals.hazard: expected a number, found text 'x'",
        "reversals: {}|t.yaml:1:12: reversals: missing required key 'hazard' in reversals",
        "prior: {transitions: 0, months: 24}|t.yaml:1:8: prior: step prior transitions must be a"
            + " number above 0 and at most 12000, got 0.0",
        "prior: {transitions: 1, months: 1e9}|t.yaml:1:8: prior: step prior months must be a"
            + " number above 0 and at most 12000, got 1.0E9",
        "prior: {transitions: 1}|t.yaml:1:8: prior: missing required key 'months' in prior",
        "prior: {months: x, transitions: 1}|t.yaml:1:17: prior.months: expected a number, found"
            + " text 'x'",
        "paces: {shared: 1.5}|t.yaml:1:8: paces: pace prior shared must be a probability from 0"
            + " to 1, got 1.5",
        "paces: {scale: 0, shared: 0.5}|t.yaml:1:8: paces: pace prior scale must be a number above"
            + " 0 and at most 100, got 0.0",
        "paces: {scale: 0.3}|t.yaml:1:8: paces: missing required key 'shared' in paces",
        "paces: {shared: x}|t.yaml:1:17: paces.shared: expected a number, found text 'x'",
        "paces: {spread: 1, shared: 0}|t.yaml:1:9: paces.spread: unknown key 'spread' in paces;"
            + " allowed: scale, shared",
      })
  void everyProblemIsLocatedAndSaysWhatToDo(String yaml, String problem) {
    assertThat(problems(yaml)).containsExactly(problem);
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    assertThat(
            problems(
                "defaults: {distribution: pert, min: 1, max: 3}",
                "softFactor: -2",
                "milestones:",
                "  a: {AGREED->IN_PROGRESS: {distribution: lognormal, median: 5}}"))
        .hasSize(3);
  }

  @Test
  void aMilestoneTheModelLacksIsReportedAtItsLineWhenTheForecastIsBuilt() {
    Transitions t =
        yaml(
            "milestones:",
            "  railway-rehabilitation: {AGREED->IN_PROGRESS: {distribution: never}}",
            "  railway-rehabilitaton: {AGREED->IN_PROGRESS: {distribution: never}}");
    assertThatThrownBy(
            () ->
                Forecast.builder(ScenarioFilesTest.model())
                    .transitions(t)
                    .asOf(java.time.LocalDate.of(2025, 1, 1))
                    .build())
        .isInstanceOf(ModelException.class)
        .extracting(e -> ((ModelException) e).problems().stream().map(Problem::toString).toList())
        .isEqualTo(
            List.of(
                "t.yaml:3:26: milestones.railway-rehabilitaton: transitions for Milestone"
                    + " 'railway-rehabilitaton' is not in model 'M' (did you mean"
                    + " 'railway-rehabilitation'?)"));
  }
}
