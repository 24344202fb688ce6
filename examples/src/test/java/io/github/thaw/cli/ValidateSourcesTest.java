package io.github.thaw.cli;

import static io.github.thaw.cli.ThawCommandTest.thaw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.thaw.cli.ThawCommandTest.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code thaw validate --sources DIR}: citations checked against the documents they locate. */
class ValidateSourcesTest {
  private static final String MODEL =
      String.join(
          "\n",
          "name: Cited",
          "sources:",
          "  - {id: a, locator: a.txt}",
          "  - {id: b, locator: b.txt}",
          "events:",
          "  - {date: 2020, sources: [a#2, b#1]}",
          "  - {date: 2021, sources: [a#3]}",
          "");

  @Test
  void everyCitedParagraphThatExistsPasses(@TempDir Path dir) throws Exception {
    Path model = dir.resolve("m.yaml");
    Files.writeString(model, MODEL, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("a.txt"), "one\n\ntwo\nthree\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("b.txt"), "only\n", StandardCharsets.UTF_8);
    Run r = thaw("validate", "--model", model.toString(), "--sources", dir.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("citations: 3 paragraphs found in 2 documents in " + dir)
        .contains("0 sources without a file to check");
    JsonNode json =
        new ObjectMapper()
            .readTree(
                thaw("validate", "--model", model.toString(), "--sources", dir.toString(), "--json")
                    .out());
    assertThat(json.get("citations").get("checked").asInt()).isEqualTo(3);
    assertThat(json.get("citations").get("documents").asInt()).isEqualTo(2);
  }

  @Test
  void aMissingParagraphOrFileExitsThreeAtTheCitation(@TempDir Path dir) throws Exception {
    Path model = dir.resolve("m.yaml");
    Files.writeString(model, MODEL, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("a.txt"), "one\n\ntwo\n", StandardCharsets.UTF_8);
    Run r = thaw("validate", "--model", model.toString(), "--sources", dir.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err().lines())
        .containsExactly(
            model + ":4:22: sources[1].locator: locator 'b.txt' is not a file in '" + dir + "'",
            model
                + ":7:28: events[1].sources[0]: citation 'a#3': 'a.txt' has 2 paragraphs"
                + " (non-blank lines), so the paragraph must be 1 to 2");
  }

  @Test
  void aMissingFolderIsInvalidInput(@TempDir Path dir) {
    Run r = thaw("validate", "--sources", dir.resolve("none").toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains(dir.resolve("none") + ": no such file");
  }

  @Test
  void theBuiltInModelsCitationsHoldAgainstTheSeedArticles() {
    Path seeds = Path.of("..", "..", "shared", "seeds");
    assumeTrue(Files.isDirectory(seeds), "skipped: no seed articles at " + seeds.toAbsolutePath());
    Run r = thaw("validate", "--sources", seeds.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("paragraphs found in 5 documents");
  }
}
