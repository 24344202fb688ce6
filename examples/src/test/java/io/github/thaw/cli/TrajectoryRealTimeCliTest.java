package io.github.thaw.cli;

import static io.github.thaw.cli.ThawCommandTest.thaw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code thaw trajectory --json}: each point's real-time value beside its revised one. */
class TrajectoryRealTimeCliTest {
  /**
   * Two milestones of equal weight, no gating between them: a COMPLETED 2024-01-02 but first
   * reported on 2024-06-30; b AGREED 2024-03-01, reported the same day.
   */
  private static final String MODEL =
      String.join(
          "\n",
          "name: Late news",
          "dimensions:",
          "  - {id: d, name: D}",
          "milestones:",
          "  - {id: a, name: A, dimension: d}",
          "  - {id: b, name: B, dimension: d}",
          "sources:",
          "  - {id: late, published: 2024-06-30}",
          "  - {id: now, published: 2024-03-01}",
          "events:",
          "  - {date: 2024-01-02, milestone: a, status: COMPLETED, sources: [late]}",
          "  - {date: 2024-03-01, milestone: b, status: AGREED, sources: [now]}",
          "");

  @Test
  void eachPointCarriesTheValueKnownOnItsDate(@TempDir Path dir) throws Exception {
    Path model = dir.resolve("m.yaml");
    Files.writeString(model, MODEL, StandardCharsets.UTF_8);
    ThawCommandTest.Run r =
        thaw(
            "trajectory",
            "--model",
            model.toString(),
            "--method",
            "legacy",
            "--to",
            "2024-07-31",
            "--json");
    assertThat(r.err()).isEmpty();
    JsonNode points = new ObjectMapper().readTree(r.out());
    assertThat(points).hasSize(3);
    // revised: a counts 1 from 2 January; with b's 1/3 from 1 March: (1 + 1/3) / 2
    assertThat(points.get(0).get("date").asText()).isEqualTo("2024-01-02");
    assertThat(points.get(0).get("value").asDouble()).isCloseTo(50.0, within(1e-9));
    assertThat(points.get(1).get("value").asDouble()).isCloseTo(200.0 / 3, within(1e-9));
    // real time: on 2 January nothing was reported; on 1 March only b: (1/3) / 2
    assertThat(points.get(0).get("realTime").asDouble()).isCloseTo(0.0, within(1e-9));
    assertThat(points.get(1).get("realTime").asDouble()).isCloseTo(50.0 / 3, within(1e-9));
    // by the end date the late report was out (30 June): the two views meet
    assertThat(points.get(2).get("date").asText()).isEqualTo("2024-07-31");
    assertThat(points.get(2).get("value").asDouble()).isCloseTo(200.0 / 3, within(1e-9));
    assertThat(points.get(2).get("realTime").asDouble()).isCloseTo(200.0 / 3, within(1e-9));
  }
}
