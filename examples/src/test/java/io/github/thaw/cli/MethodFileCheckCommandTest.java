package io.github.thaw.cli;

import static io.github.thaw.cli.ThawCommandTest.thaw;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thaw.cli.ThawCommandTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A method file that names a dimension or milestone the model lacks is refused with file, line,
 * column and path by every command that takes {@code --method}, and by {@code validate --method}.
 */
class MethodFileCheckCommandTest {
  private static final String IN = ", which is not in model 'Türkiye–Armenia normalization'";

  private static Path write(Path dir, String name, String... lines) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, String.join("\n", lines) + "\n");
    return f;
  }

  @Test
  void dimensionAndMilestoneWeightsNamingUnknownIds(@TempDir Path dir) throws Exception {
    Path f =
        write(
            dir,
            "weights.yaml",
            "milestoneWeights:",
            "  weights:",
            "    third-country-crosing: 2",
            "dimensionWeights:",
            "  weights:",
            "    diplomcy: 2");
    String expected =
        f
            + ":3:5: milestoneWeights.weights.third-country-crosing: weight names milestone"
            + " 'third-country-crosing'"
            + IN
            + " (did you mean 'third-country-crossing'?)\n"
            + f
            + ":6:5: dimensionWeights.weights.diplomcy: weight names dimension 'diplomcy'"
            + IN
            + " (did you mean 'diplomacy'?)\n";
    for (String[] args :
        new String[][] {
          {"index", "--method", f.toString()},
          {"validate", "--method", f.toString()},
          {"trajectory", "--method", f.toString()},
          {"compare", "--method", f.toString()},
          {"forecast", "--samples", "10", "--method", f.toString()},
          {"sensitivity", "--samples", "8", "--method", f.toString()},
          {"chart", "--kind", "trajectory", "--method", f.toString()},
          {"report", "--method", f.toString(), "--out", dir.resolve("r.html").toString()},
        }) {
      Run r = thaw(args);
      assertThat(r.code()).as(args[0]).isEqualTo(3);
      assertThat(r.err()).as(args[0]).isEqualTo(expected);
      assertThat(r.out()).as(args[0]).isEmpty();
    }
    assertThat(dir.resolve("r.html")).doesNotExist();
  }

  @Test
  void ahpLabelsNamingUnknownIds(@TempDir Path dir) throws Exception {
    Path f =
        write(
            dir,
            "ahp.yaml",
            "dimensionWeights:",
            "  ahp:",
            "    - labels: [borders, transprt, energy]",
            "      matrix: [[1, 3, 5], [0.3333333, 1, 3], [0.2, 0.3333333, 1]]",
            "milestoneWeights:",
            "  ahp:",
            "    - labels: [special-envoy, diplomatic-relations]",
            "      matrix: [[1, 2], [0.5, 1]]");
    String expected =
        f
            + ":3:25: dimensionWeights.ahp[0].labels[1]: AHP label names dimension 'transprt'"
            + IN
            + " (did you mean 'transport'?)\n"
            + f
            + ":7:16: milestoneWeights.ahp[0].labels[0]: AHP label names milestone"
            + " 'special-envoy'"
            + IN
            + " (did you mean 'special-envoys'?)\n";
    for (String command : new String[] {"index", "validate"}) {
      Run r = thaw(command, "--method", f.toString());
      assertThat(r.code()).as(command).isEqualTo(3);
      assertThat(r.err()).as(command).isEqualTo(expected);
    }
  }

  @Test
  void validateWithAGoodMethodFileStaysValid(@TempDir Path dir) throws Exception {
    Path f = write(dir, "good.json", "{\"dimensionWeights\": {\"weights\": {\"diplomacy\": 2}}}");
    Run r = thaw("validate", "--method", f.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("valid: built-in Türkiye–Armenia model");
    assertThat(thaw("index", "--method", f.toString()).code()).isZero();
  }

  @Test
  void validateReportsAMethodFileThatDoesNotReadWithItsLocation(@TempDir Path dir)
      throws Exception {
    Path f = write(dir, "bad.yaml", "gating: sometimes");
    Run r = thaw("validate", "--method", f.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err())
        .isEqualTo(
            f + ":1:9: gating: 'sometimes' is not one of NONE, CAP_BY_PREREQUISITES, FLAG_ONLY\n");
  }
}
