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
    // The default is the implementation coding: its value is its implementation component, and
    // the agreement component beside it is more than four times higher (84.6 against 20.5).
    JsonNode now = json("index", "--as-of", "2025-09-30", "--json");
    double value = now.get("value").asDouble();
    assertThat(now.get("components").get("implementation").asDouble()).isEqualTo(value);
    assertThat(now.get("components").get("agreement").asDouble()).isGreaterThan(4 * value);
    // The legacy default (AGREED at 1/3) nearly doubles it (39.3).
    JsonNode legacy = json("index", "--as-of", "2025-09-30", "--method", "legacy", "--json");
    assertThat(legacy.get("value").asDouble()).isGreaterThan(1.8 * value);
    assertThat(legacy.get("components").get("implementation").asDouble()).isLessThan(value);

    // The sixth round moves the default by less than a third of what it moved the legacy value.
    JsonNode jump = json("trajectory", "--from", "2025-09-11", "--to", "2025-09-12", "--json");
    JsonNode legacyJump =
        json(
            "trajectory",
            "--from",
            "2025-09-11",
            "--to",
            "2025-09-12",
            "--method",
            "legacy",
            "--json");
    double valueJump = rise(jump, "value");
    assertThat(valueJump).isPositive().isLessThan(rise(legacyJump, "value") / 3);
    assertThat(rise(legacyJump, "implementation")).isPositive().isLessThan(valueJump);
  }

  private static double rise(JsonNode points, String key) {
    JsonNode before = points.get(0);
    JsonNode after = points.get(points.size() - 1);
    return key.equals("value")
        ? after.get(key).asDouble() - before.get(key).asDouble()
        : after.get("components").get(key).asDouble()
            - before.get("components").get(key).asDouble();
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
