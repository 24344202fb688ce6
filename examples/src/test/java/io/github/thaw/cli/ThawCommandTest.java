package io.github.thaw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThawCommandTest {

  /** The outcome of one command-line run. */
  record Run(int code, String out, String err) {}

  static Run thaw(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ThawCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void validateAcceptsTheBuiltInModel() {
    Run r = thaw("validate");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("valid: built-in Türkiye–Armenia model");
  }

  @Test
  void exportJsonHasTheReferenceDataAndEveryEventCitesASource() throws Exception {
    Run r = thaw("export", "--format", "json");
    assertThat(r.code()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("milestones").size()).isGreaterThanOrEqualTo(12);
    assertThat(root.get("sources").size()).isGreaterThanOrEqualTo(5);
    assertThat(root.get("events").size()).isGreaterThanOrEqualTo(20);
    for (JsonNode e : root.get("events")) {
      assertThat(e.get("date").asText()).isNotBlank();
      assertThat(e.get("sources").size()).as(e.toString()).isPositive();
    }
  }

  @Test
  void exportedYamlValidatesAgain(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("model.yaml");
    Files.writeString(file, thaw("export", "--format", "yaml").out(), StandardCharsets.UTF_8);
    Run r = thaw("validate", "--model", file.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
  }

  @Test
  void invalidFileExitsThreeWithEveryProblemLocated(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(
        file,
        String.join(
            "\n",
            "name: Bad",
            "dimensions:",
            "  - {id: d, name: D}",
            "milestones:",
            "  - {id: a, name: A, dimension: d, requires: [b]}",
            "  - {id: b, name: B, dimension: d, requires: [a], colour: red}",
            ""),
        StandardCharsets.UTF_8);
    Run r = thaw("validate", "--model", file.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err().lines())
        .anySatisfy(l -> assertThat(l).startsWith(file + ":6:").contains("colour"))
        .anySatisfy(
            l -> assertThat(l).startsWith(file + ":5:").contains("dependency cycle: a → b → a"));
  }

  @Test
  void missingFileIsInvalidInput() {
    Run r = thaw("validate", "--model", "no/such/file.yaml");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("no/such/file.yaml");
  }

  @Test
  void badDateIsAUsageError() {
    Run r = thaw("summary", "--as-of", "2025-13");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("date '2025-13' is not a date: month 13 is outside 01..12");
  }

  @Test
  void summaryShowsStatusDisagreementAndWhatTheBorderWaitsFor() {
    Run r = thaw("summary", "--as-of", "2025-09-12");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("status as of 2025-09-12")
        .containsPattern(
            "third-country-crossing +IN_PROGRESS +sources disagree: AGREED to IN_PROGRESS")
        .containsPattern(
            "border-opening +NOT_STARTED +waits for: third-country-crossing \\(IN_PROGRESS\\),"
                + " railway-rehabilitation \\(AGREED\\)");
  }

  @Test
  void summaryJsonListsWaitsFor() throws Exception {
    Run r = thaw("summary", "--json", "--as-of", "2025-09-12");
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("asOf").asText()).isEqualTo("2025-09-12");
    JsonNode border = null;
    for (JsonNode m : root.get("milestones")) {
      if (m.get("id").asText().equals("border-opening")) {
        border = m;
      }
    }
    assertThat(border).isNotNull();
    assertThat(border.get("waitsFor").toString())
        .isEqualTo("[\"third-country-crossing\",\"railway-rehabilitation\"]");
  }

  @Test
  void noCommandRunsTheMainJob() {
    Run r = thaw();
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Türkiye–Armenia normalization: status as of");
  }

  @Test
  void unknownCommandIsAUsageError() {
    assertThat(thaw("frobnicate").code()).isEqualTo(2);
  }
}
