package io.github.thaw.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thaw.index.Aggregation;
import io.github.thaw.index.Ahp;
import io.github.thaw.index.Gating;
import io.github.thaw.index.IndexMethod;
import io.github.thaw.index.Structure;
import io.github.thaw.index.Weights;
import io.github.thaw.model.ModelException;
import io.github.thaw.model.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class MethodFilesTest {

  private static List<String> problems(String yaml) {
    try {
      MethodFiles.read(yaml, "m.yaml", FileSyntax.YAML);
    } catch (ModelException e) {
      return e.problems().stream().map(Problem::toString).toList();
    }
    throw new AssertionError("expected a ModelException");
  }

  @Test
  void emptyFileKeepsTheDefaultsAndPresetPamGivesPam() {
    assertThat(MethodFiles.read("preset: default\n", "m.yaml", FileSyntax.YAML))
        .isEqualTo(IndexMethod.defaults());
    assertThat(MethodFiles.read("{\"preset\": \"pam\"}", "m.json", FileSyntax.JSON))
        .isEqualTo(IndexMethod.pam());
  }

  @Test
  void everySettingIsRead() {
    IndexMethod m =
        MethodFiles.read(
            String.join(
                "\n",
                "scores: [0, 0.25, 0.5, 1]",
                "structure: BY_DIMENSION",
                "milestoneAggregation: GEOMETRIC",
                "dimensionAggregation: weakest-link",
                "gating: NONE",
                "milestoneWeights:",
                "  base: equal",
                "  weights: {border-opening: 3}",
                "dimensionWeights:",
                "  ahp:",
                "    - labels: [a, b, c]",
                "      matrix: [[1, 3, 5], [0.3333333333, 1, 3], [0.2, 0.3333333333, 1]]",
                ""),
            "m.yaml",
            FileSyntax.YAML);
    IndexMethod expected =
        IndexMethod.builder()
            .scores(0, 0.25, 0.5, 1)
            .structure(Structure.BY_DIMENSION)
            .milestoneAggregation(Aggregation.GEOMETRIC)
            .dimensionAggregation(Aggregation.WEAKEST_LINK)
            .gating(Gating.NONE)
            .milestoneWeights(Weights.equal().with("border-opening", 3))
            .dimensionWeights(
                Weights.fromModel()
                    .withAhp(
                        Ahp.of(
                            List.of("a", "b", "c"),
                            new double[][] {
                              {1, 3, 5}, {0.3333333333, 1, 3}, {0.2, 0.3333333333, 1}
                            })))
            .build();
    assertThat(m).isEqualTo(expected);
  }

  @Test
  void problemsAreLocatedAndAllReported() {
    List<String> p =
        problems(
            String.join(
                "\n",
                "preset: fancy",
                "gatting: NONE",
                "aggregation: MEDIAN",
                "milestoneWeights:",
                "  base: heavy",
                "  weights: {a: -1, a: 2}",
                ""));
    assertThat(p)
        .containsExactly(
            "m.yaml:1:9: preset: preset 'fancy' is not known; use default, legacy, pam or"
                + " pam-implementation",
            "m.yaml:2:1: gatting: unknown key 'gatting' in method (did you mean 'gating'?);"
                + " allowed: preset, scores, structure, aggregation, milestoneAggregation,"
                + " dimensionAggregation, gating, milestoneWeights, dimensionWeights, readingRule,"
                + " dateRule, disputeWindowDays, includeUnscored",
            "m.yaml:3:14: aggregation: 'MEDIAN' is not one of ARITHMETIC, GEOMETRIC,"
                + " WEAKEST_LINK",
            "m.yaml:5:9: milestoneWeights.base: weights base 'heavy' is not known; use model or"
                + " equal",
            "m.yaml:6:16: milestoneWeights.weights.a: weight must be a finite number >= 0, found"
                + " -1",
            "m.yaml:6:20: milestoneWeights.weights.a: duplicate key 'a' in weights (first at line"
                + " 6, column 13)");
  }

  @Test
  void decreasingScoresAndAnInconsistentAhpMatrixAreRejectedWithTheIndexMessages() {
    assertThat(problems("scores: [0, 0.5, 0.4, 1]\n"))
        .singleElement()
        .asString()
        .startsWith("m.yaml:1:9: scores: ");
    List<String> ahp =
        problems(
            "dimensionWeights:\n  ahp:\n    - labels: [a, b, c]\n"
                + "      matrix: [[1, 9, 0.1111111111], [0.1111111111, 1, 9], [9, 0.1111111111,"
                + " 1]]\n");
    assertThat(ahp).singleElement().asString().startsWith("m.yaml:3:7: dimensionWeights.ahp[0]: ");
    assertThat(ahp.get(0)).contains("0.10");
  }

  @Test
  void aLabelInTwoMatricesOrAlsoWeightedExplicitlyIsALocatedProblem() {
    // GIVEN a dimension weighted by two AHP matrices, and a milestone weighted both ways
    String twice =
        String.join(
            "\n",
            "dimensionWeights:",
            "  ahp:",
            "    - labels: [a, b]",
            "      matrix: [[1, 1], [1, 1]]",
            "    - labels: [b, c]",
            "      matrix: [[1, 1], [1, 1]]",
            "");
    String both =
        String.join(
            "\n",
            "milestoneWeights:",
            "  weights: {a: 2}",
            "  ahp:",
            "    - labels: [a, b]",
            "      matrix: [[1, 1], [1, 1]]",
            "");
    // WHEN read THEN each is refused at the matrix that clashes, not thrown as a bare exception
    assertThat(problems(twice))
        .containsExactly(
            "m.yaml:5:7: dimensionWeights.ahp[1]: 'b' is in two AHP matrices; an element belongs"
                + " to at most one");
    assertThat(problems(both))
        .singleElement()
        .asString()
        .startsWith("m.yaml:4:7: milestoneWeights.ahp[0]: ");
  }

  @Test
  void acceptInconsistencyTakesABooleanAndOnlyABoolean() {
    String inconsistent =
        "dimensionWeights:\n  ahp:\n    - labels: [a, b, c]\n"
            + "      matrix: [[1, 9, 0.1111111111], [0.1111111111, 1, 9], [9, 0.1111111111, 1]]\n"
            + "      acceptInconsistency: ";
    // GIVEN an inconsistent matrix the file accepts THEN it loads, with the matrix accepted
    IndexMethod m = MethodFiles.read(inconsistent + "true\n", "m.yaml", FileSyntax.YAML);
    assertThat(m.dimensionWeights().ahp()).singleElement().satisfies(a -> a.requireUsable());
    // GIVEN false, or a value that is not a boolean THEN the matrix is refused, located
    assertThat(problems(inconsistent + "false\n"))
        .singleElement()
        .asString()
        .startsWith("m.yaml:3:7: dimensionWeights.ahp[0]: ");
    assertThat(problems(inconsistent + "maybe\n"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith(
                        "m.yaml:5:28: dimensionWeights.ahp[0].acceptInconsistency: expected true"
                            + " or false"));
  }

  @Test
  void yamlSpecialNumbersAreReadAsNumbersAndThenRefusedAsScores() {
    assertThat(problems("scores: [0, .nan, 0.5, 1]\n"))
        .singleElement()
        .asString()
        .startsWith("m.yaml:1:9: scores: ");
    assertThat(problems("scores: [0, 0.5, 1, .inf]\n"))
        .singleElement()
        .asString()
        .startsWith("m.yaml:1:9: scores: ");
    assertThat(problems("scores: [-.inf, 0.5, 0.6, 1]\n"))
        .singleElement()
        .asString()
        .startsWith("m.yaml:1:9: scores: ");
  }
}
