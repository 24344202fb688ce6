package io.github.thaw.cli;

import static io.github.thaw.cli.ThawCommandTest.thaw;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.thaw.cli.ThawCommandTest.Run;
import org.junit.jupiter.api.Test;

/** {@code thaw compare --horizon}: scenarios compared as forecasts too. */
class CompareHorizonTest {
  private static JsonNode scenario(JsonNode root, String name) {
    for (JsonNode s : root.get("scenarios")) {
      if (s.get("name").asText().equals(name)) {
        return s;
      }
    }
    throw new AssertionError("no scenario " + name);
  }

  @Test
  void eachEntryGainsAForecastAndTalksStallingCostsSomething() throws Exception {
    // GIVEN the built-in scenarios compared at the as-of date and as forecasts to 2030-12
    Run r = thaw("compare", "--json", "--horizon", "2030-12", "--samples", "2000", "--seed", "5");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("horizon").asText()).isEqualTo("2030-12");
    assertThat(root.get("samples").asLong()).isEqualTo(2000);
    assertThat(root.get("seed").asLong()).isEqualTo(5);
    JsonNode base = root.get("baseline").get("forecast");
    assertThat(base.get("index").get("p10").asDouble())
        .isLessThanOrEqualTo(base.get("index").get("p50").asDouble());
    assertThat(base.get("index").get("p50").asDouble())
        .isLessThanOrEqualTo(base.get("index").get("p90").asDouble());
    for (JsonNode s : root.get("scenarios")) {
      assertThat(s.get("forecast").get("pCompletedByHorizon").has("border-opening")).isTrue();
    }
    // THEN talks stalling shows +0.0 at the date but costs at the horizon
    JsonNode stall = scenario(root, "talks-stall");
    assertThat(stall.get("delta").asDouble()).isZero();
    double baseBorder = base.get("pCompletedByHorizon").get("border-opening").asDouble();
    double stallBorder =
        stall.get("forecast").get("pCompletedByHorizon").get("border-opening").asDouble();
    assertThat(baseBorder).isPositive();
    assertThat(stallBorder).isLessThan(baseBorder);
    assertThat(stall.get("forecast").get("index").get("p50").asDouble())
        .isLessThan(base.get("index").get("p50").asDouble());
    // AND the reversal costs too
    JsonNode reversal = scenario(root, "reversal");
    assertThat(reversal.get("forecast").get("index").get("p50").asDouble())
        .isLessThan(base.get("index").get("p50").asDouble());
  }

  @Test
  void theTextAddsAForecastTable() {
    Run r = thaw("compare", "--horizon", "2029-06", "--samples", "500");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains(
            "As forecasts to 2029-06 (500 paths, seed 11, the same paths for every scenario):")
        .contains("talks-stall");
  }

  @Test
  void withoutAHorizonThereIsNoForecast() throws Exception {
    JsonNode root = new ObjectMapper().readTree(thaw("compare", "--json").out());
    assertThat(root.has("horizon")).isFalse();
    assertThat(root.get("baseline").has("forecast")).isFalse();
  }

  @Test
  void aHorizonBeforeTheAsOfDateIsAClearError() {
    Run r = thaw("compare", "--horizon", "2020-01", "--samples", "100");
    assertThat(r.code()).isNotZero();
    assertThat(r.err()).contains("2020-01").doesNotContain("Exception");
  }
}
