package io.github.thaw.cli;

import static io.github.thaw.cli.ThawCommandTest.thaw;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The relations that docs/methodology.md section 13 states with figures, checked on the built-in
 * model through the commands the section names. Digits move when the reference model is revised;
 * these relations are what the section argues from.
 */
class MethodologyFiguresTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String... args) throws Exception {
    ThawCommandTest.Run r = thaw(args);
    assertThat(r.code()).as(r.err()).isZero();
    return JSON.readTree(r.out());
  }

  @Test
  void announcementsLiftTheValueFarAboveImplementation() throws Exception {
    JsonNode now = json("index", "--as-of", "2025-09-30", "--json");
    double value = now.get("value").asDouble();
    double implementation = now.get("components").get("implementation").asDouble();
    assertThat(now.get("components").get("agreement").asDouble()).isGreaterThan(2 * value);
    assertThat(implementation).isLessThan(value / 2);

    JsonNode jump = json("trajectory", "--from", "2025-09-11", "--to", "2025-09-12", "--json");
    JsonNode before = jump.get(0);
    JsonNode after = jump.get(jump.size() - 1);
    double valueJump = after.get("value").asDouble() - before.get("value").asDouble();
    double implementationJump =
        after.get("components").get("implementation").asDouble()
            - before.get("components").get("implementation").asDouble();
    assertThat(implementationJump).isPositive().isLessThan(valueJump / 2);
  }

  @Test
  void scoresDominateTheRobustnessAnalysisAndTheRangeIsWide() throws Exception {
    JsonNode r = json("robustness", "--as-of", "2025-09-30", "--variants", "256", "--json");
    JsonNode factors = r.get("factors");
    double scores = factors.get(0).get("totalOrder").asDouble();
    for (JsonNode f : factors) {
      assertThat(scores).as(f.toString()).isGreaterThanOrEqualTo(f.get("totalOrder").asDouble());
    }
    assertThat(r.get("value").get("p95").asDouble() - r.get("value").get("p5").asDouble())
        .isGreaterThan(20);
  }

  @Test
  void theMethodRangeOfTheReferenceModelIsTheOneDocumented() throws Exception {
    // docs/methodology.md 13.4: without geometric means the range no longer collapses to ~0
    JsonNode r = json("robustness", "--as-of", "2025-09-30", "--variants", "128", "--json");
    assertThat(String.format(java.util.Locale.ROOT, "%.1f", r.get("value").get("p5").asDouble()))
        .isEqualTo("13.8");
    assertThat(String.format(java.util.Locale.ROOT, "%.1f", r.get("value").get("p95").asDouble()))
        .isEqualTo("42.5");
  }

  @Test
  void aConservativeReadingLowersTheValueToTheBottomOfTheBand(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path method = dir.resolve("conservative.yaml");
    java.nio.file.Files.writeString(method, "readingRule: CONSERVATIVE\n");
    JsonNode latest = json("index", "--as-of", "2025-09-30", "--json");
    JsonNode conservative =
        json("index", "--as-of", "2025-09-30", "--method", method.toString(), "--json");
    assertThat(conservative.get("value").asDouble())
        .isLessThan(latest.get("value").asDouble())
        .isEqualTo(latest.get("low").asDouble());
  }

  @Test
  void nothingWasKnownAtTheEndOf2022() throws Exception {
    assertThat(json("index", "--as-of", "2022-12-31", "--json").get("value").asDouble())
        .isPositive();
    assertThat(
            json("index", "--as-of", "2022-12-31", "--known-at", "2022-12-31", "--json")
                .get("value")
                .asDouble())
        .isZero();
  }
}
