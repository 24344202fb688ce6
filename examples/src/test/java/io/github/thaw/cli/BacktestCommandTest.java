package io.github.thaw.cli;

import static io.github.thaw.cli.ThawCommandTest.thaw;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.thaw.cli.ThawCommandTest.Run;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** thaw backtest on the reference model: design.md's JSON keys, the text, plain range errors. */
class BacktestCommandTest {
  @Test
  void jsonHasTheDesignKeysAndFiniteScores() throws Exception {
    Run r = thaw("backtest", "--samples", "200", "--every", "4", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(names(root)).contains("origins", "scores", "reliability");
    assertThat(root.get("origins")).hasSize(3);
    assertThat(root.get("origins").get(0).get("date").asText()).isEqualTo("2024-07-31");
    for (String who : List.of("thaw", "persistence", "baseRate")) {
      JsonNode s = root.get("scores").get(who);
      assertThat(s.get("brier").isDouble()).as(who).isTrue();
      assertThat(Double.isFinite(s.get("log").asDouble())).as(who).isTrue();
    }
    assertThat(root.get("scores").get("thaw").has("crps")).isTrue();
    assertThat(root.get("scores").get("baseRate").has("crps")).isFalse();
    long counted = 0;
    for (JsonNode bin : root.get("reliability")) {
      assertThat(names(bin)).contains("predicted", "observed", "count");
      counted += bin.get("count").asLong();
    }
    assertThat(counted).isEqualTo(root.get("scores").get("events").asLong());
  }

  @Test
  void textSaysHowLittleTheReferenceRecordCanShow() {
    Run r = thaw("backtest", "--samples", "200", "--every", "4");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Backtest of 'Türkiye–Armenia normalization'")
        .contains("persistence")
        .contains("base rate")
        .contains(
            "The record became known on 4 date(s) (2024-07-30, 2025-09-07, 2025-09-12,"
                + " 2025-09-30)")
        .contains("1 distinct state(s) of knowledge")
        .contains("too little to judge calibration");
  }

  @Test
  void badRangesExitWithTwoAndASentence() {
    Run before = thaw("backtest", "--from", "2020-01-01");
    assertThat(before.code()).isEqualTo(ThawCommand.USAGE);
    assertThat(before.err())
        .startsWith(
            "origin 2020-01-31 is before anything in model 'Türkiye–Armenia normalization' was"
                + " known: its first source was published 2024-07-30");
    Run swapped = thaw("backtest", "--from", "2025-01-01", "--to", "2024-10-01");
    assertThat(swapped.code()).isEqualTo(ThawCommand.USAGE);
    assertThat(swapped.err()).startsWith("--from 2025-01-01 is after --to 2024-10-01");
    Run lead = thaw("backtest", "--lead", "0");
    assertThat(lead.code()).isEqualTo(ThawCommand.USAGE);
    assertThat(lead.err()).startsWith("--lead is 0; it must be from 1 to 1200");
    Run tooLong = thaw("backtest", "--lead", "30");
    assertThat(tooLong.code()).isEqualTo(ThawCommand.USAGE);
    assertThat(tooLong.err()).contains("choose a lead of at most 14 months");
  }

  private static List<String> names(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
