package io.github.thaw.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thaw.index.IndexMethod;
import io.github.thaw.model.ModelException;
import io.github.thaw.model.Problem;
import io.github.thaw.model.ProcessModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A method file checked against the model it meets: unknown ids are located problems. */
class MethodFileModelCheckTest {
  private static final ProcessModel MODEL = TestModels.reference();
  private static final String IN = ", which is not in model 'Türkiye–Armenia normalization'";

  private static List<String> problems(String content, String file, FileSyntax format) {
    try {
      MethodFiles.read(content, file, format, MODEL);
    } catch (ModelException e) {
      return e.problems().stream().map(Problem::toString).toList();
    }
    throw new AssertionError("expected a ModelException");
  }

  private static List<String> problems(String yaml) {
    return problems(yaml, "m.yaml", FileSyntax.YAML);
  }

  @Test
  void unknownWeightKeysAreReportedAtTheKeyWithTheNearestId() {
    assertThat(
            problems(
                String.join(
                    "\n",
                    "milestoneWeights:",
                    "  weights:",
                    "    border-opening: 3",
                    "    railway-rehabilitaton: 2",
                    "dimensionWeights:",
                    "  weights: {borders: 1, transprot: 2}",
                    "")))
        .containsExactly(
            "m.yaml:4:5: milestoneWeights.weights.railway-rehabilitaton: weight names milestone"
                + " 'railway-rehabilitaton'"
                + IN
                + " (did you mean 'railway-rehabilitation'?)",
            "m.yaml:6:25: dimensionWeights.weights.transprot: weight names dimension 'transprot'"
                + IN
                + " (did you mean 'transport'?)");
  }

  @Test
  void unknownAhpLabelsAreReportedAtTheLabel() {
    assertThat(
            problems(
                String.join(
                    "\n",
                    "milestoneWeights:",
                    "  ahp:",
                    "    - labels: [third-country-crossing, border-openin]",
                    "      matrix: [[1, 2], [0.5, 1]]",
                    "dimensionWeights:",
                    "  ahp:",
                    "    - labels:",
                    "        - borders",
                    "        - shipping",
                    "      matrix: [[1, 2], [0.5, 1]]",
                    "")))
        .containsExactly(
            "m.yaml:3:40: milestoneWeights.ahp[0].labels[1]: AHP label names milestone"
                + " 'border-openin'"
                + IN
                + " (did you mean 'border-opening'?)",
            // Nothing near enough to 'shipping' to suggest.
            "m.yaml:9:11: dimensionWeights.ahp[0].labels[1]: AHP label names dimension 'shipping'"
                + IN);
  }

  @Test
  void jsonFilesAreLocatedToo() {
    assertThat(
            problems(
                "{\"dimensionWeights\": {\"weights\": {\"border\": 2}}}",
                "m.json",
                FileSyntax.JSON))
        .containsExactly(
            "m.json:1:35: dimensionWeights.weights.border: weight names dimension 'border'"
                + IN
                + " (did you mean 'borders'?)");
  }

  @Test
  void aFileThatNamesOnlyKnownIdsReadsAsWithoutTheModel() {
    String yaml =
        String.join(
            "\n",
            "milestoneWeights:",
            "  weights: {border-opening: 3}",
            "dimensionWeights:",
            "  weights: {transport: 1}",
            "");
    IndexMethod checked = MethodFiles.read(yaml, "m.yaml", FileSyntax.YAML, MODEL);
    assertThat(checked).isEqualTo(MethodFiles.read(yaml, "m.yaml", FileSyntax.YAML));
    assertThat(checked.milestoneWeights().explicit()).containsEntry("border-opening", 3.0);
  }

  @Test
  void formatProblemsStillComeFirstAndAloneFromTheReader() {
    // A file that does not read is refused by the reader; the model check never runs.
    assertThat(problems("milestoneWeights:\n  weights: {nowhere: -1}\n"))
        .singleElement()
        .satisfies(p -> assertThat(p).startsWith("m.yaml:2:22: milestoneWeights.weights.nowhere"))
        .satisfies(p -> assertThat(p).doesNotContain("not in model"));
  }

  @Test
  void manyUnknownIdsStopAtTheProblemCap() {
    String yaml =
        "milestoneWeights:\n  weights:\n"
            + IntStream.range(0, 1500)
                .mapToObj(i -> "    unknown-" + i + ": 1\n")
                .collect(Collectors.joining());
    List<String> p = problems(yaml);
    assertThat(p).hasSize(io.github.thaw.model.Limits.MAX_PROBLEMS + 1);
    assertThat(p.get(0)).startsWith("m.yaml:3:5: milestoneWeights.weights.unknown-0: ");
    assertThat(p.get(p.size() - 1)).contains("500");
  }

  @Test
  void readsAFileFromDiskAgainstTheModel(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("method.yaml");
    Files.writeString(f, "dimensionWeights:\n  weights: {transport: 2, cultur: 1}\n");
    assertThatThrownBy(() -> MethodFiles.read(f, MODEL))
        .isInstanceOf(ModelException.class)
        .extracting(e -> ((ModelException) e).problems().get(0).toString())
        .isEqualTo(
            f + ":2:27: dimensionWeights.weights.cultur: weight names dimension 'cultur'" + IN);
  }
}
