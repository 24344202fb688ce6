package io.github.thaw.cli;

import static io.github.thaw.cli.ThawCommandTest.thaw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.thaw.cli.ThawCommandTest.Run;
import io.github.thaw.index.IndexMethod;
import io.github.thaw.index.IndexResult;
import io.github.thaw.seeds.TurkiyeArmenia;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The index command's method-related output: components, presets and the method range. */
class IndexMethodCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void indexJsonCarriesBothComponentsOfTheLibraryResult() throws Exception {
    Run r = thaw("index", "--as-of", "2025-09-30", "--json");
    assertThat(r.code()).isZero();
    JsonNode components = JSON.readTree(r.out()).get("components");

    IndexResult expected =
        IndexMethod.defaults().evaluate(TurkiyeArmenia.model(), LocalDate.of(2025, 9, 30));
    assertThat(components.get("agreement").asDouble())
        .isCloseTo(expected.agreement(), within(1e-9));
    assertThat(components.get("implementation").asDouble())
        .isCloseTo(expected.implementation(), within(1e-9));
    // The default is the implementation coding itself; agreement sits beside it, far above.
    assertThat(expected.implementation()).isEqualTo(expected.value());
    assertThat(expected.agreement()).isGreaterThan(expected.value());
  }

  @Test
  void pamImplementationPresetIsTheImplementationComponent() throws Exception {
    // On the legacy structure (by dimension), as the preset is.
    JsonNode defaults =
        JSON.readTree(thaw("index", "--as-of", "2025-09-30", "--method", "legacy", "--json").out());
    Run r = thaw("index", "--as-of", "2025-09-30", "--method", "pam-implementation", "--json");
    assertThat(r.code()).isZero();
    assertThat(JSON.readTree(r.out()).get("value").asDouble())
        .isCloseTo(defaults.get("components").get("implementation").asDouble(), within(1e-9));
  }

  @Test
  void indexTextStatesTheComponents() {
    Run r = thaw("index", "--as-of", "2025-09-30");
    assertThat(r.out()).contains("Components: agreement ").contains(", implementation ");
  }

  @Test
  void indexTextStatesTheMethodRangeOnTheSecondLine() throws Exception {
    Run r = thaw("index", "--as-of", "2025-09-30");
    String second = r.out().split("\n")[1];
    assertThat(second)
        .matches(
            "Method range: \\d+\\.\\d to \\d+\\.\\d \\(P5–P95 over 256 defensible methods;"
                + " thaw robustness --variants 128 --seed 11\\)\\.");
    JsonNode rob =
        JSON.readTree(
            thaw("robustness", "--as-of", "2025-09-30", "--variants", "128", "--json").out());
    assertThat(second)
        .contains(
            String.format(
                java.util.Locale.ROOT,
                "%.1f to %.1f",
                rob.get("value").get("p5").asDouble(),
                rob.get("value").get("p95").asDouble()));
  }

  @Test
  void robustnessJsonHasTheDesignKeysAndSpreadsOnTheReferenceModel() throws Exception {
    Run r =
        thaw(
            "robustness",
            "--as-of",
            "2025-09-30",
            "--from",
            "2025-08-31",
            "--to",
            "2025-09-30",
            "--variants",
            "64",
            "--json");
    assertThat(r.code()).isZero();
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.fieldNames())
        .toIterable()
        .containsExactly("asOf", "variants", "value", "change", "factors");
    assertThat(root.get("value").fieldNames())
        .toIterable()
        .containsExactly("p5", "p50", "p95", "min", "max");
    assertThat(root.get("change").fieldNames())
        .toIterable()
        .containsExactly("from", "to", "p5", "p50", "p95", "pRise");
    assertThat(root.get("factors").get(0).fieldNames())
        .toIterable()
        .containsExactly("name", "firstOrder", "totalOrder");
    assertThat(root.get("value").get("p95").asDouble() - root.get("value").get("p5").asDouble())
        .isGreaterThan(5);
    assertThat(root.get("change").get("from").asText()).isEqualTo("2025-08-31");
  }

  @Test
  void robustnessRefusesTooFewVariantsAsAUsageError() {
    Run r = thaw("robustness", "--variants", "1");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--variants is 1; it must be from 2 to ");
  }

  @Test
  void knownAtUsesOnlyWhatHadBeenPublished() throws Exception {
    // every source of the reference model was published after 2022, so nothing was known then
    double revised =
        JSON.readTree(thaw("index", "--as-of", "2022-12-31", "--json").out())
            .get("value")
            .asDouble();
    Run realTime = thaw("index", "--as-of", "2022-12-31", "--known-at", "2022-12-31", "--json");
    assertThat(realTime.code()).isZero();
    assertThat(revised).isPositive();
    assertThat(JSON.readTree(realTime.out()).get("value").asDouble()).isZero();
    for (String command : new String[] {"trajectory", "summary", "compare"}) {
      assertThat(thaw(command, "--known-at", "2025-09-30").code()).as(command).isZero();
    }
  }

  @Test
  void validateWarnsAboutAReportThatPrecedesWhatItReports(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = dir.resolve("m.yaml");
    java.nio.file.Files.writeString(
        file,
        String.join(
            "\n",
            "name: Early report",
            "dimensions: [{id: d, name: D}]",
            "milestones: [{id: m, name: M, dimension: d}]",
            "sources: [{id: s1, published: 2022-01-15}]",
            "events: [{date: 2023-05, milestone: m, status: AGREED, sources: [s1]}]",
            ""));
    Run r = thaw("validate", "--model", file.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err())
        .contains(
            "warning: events[0] (2023-05, m): the event's period begins 2023-05-01, after every"
                + " cited source was published (latest 2022-01-15, s1)");
    Run json = thaw("validate", "--model", file.toString(), "--json");
    assertThat(JSON.readTree(json.out()).get("warnings")).hasSize(1);
  }
}
