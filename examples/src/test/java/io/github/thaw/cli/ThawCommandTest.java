package io.github.thaw.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
    // asOf is 2025-09-30, the end of the month the last month-dated sources give: no warnings.
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
            "border-opening +NOT_STARTED +sources disagree: NOT_STARTED to AGREED +waits for:"
                + " third-country-crossing \\(IN_PROGRESS\\),"
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
    assertThat(r.out())
        .contains("Normalization-progress index of 'Türkiye–Armenia normalization' as of")
        .contains("index over time")
        .contains("2022-07-01")
        .contains("railway-reactivated")
        .contains("Unblocks railway-rehabilitation");
  }

  @Test
  void indexJsonHasValueBandDimensionsAndMilestones() throws Exception {
    Run r = thaw("index", "--json");
    assertThat(r.code()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    double value = root.get("value").asDouble();
    assertThat(value).isStrictlyBetween(0.0, 100.0);
    assertThat(root.get("low").asDouble()).isLessThanOrEqualTo(value);
    assertThat(root.get("high").asDouble()).isGreaterThanOrEqualTo(value);
    assertThat(root.get("low").asDouble()).isLessThan(root.get("high").asDouble());
    assertThat(root.get("asOf").asText()).isEqualTo("2025-09-30");
    // Six dimensions, of which the regional context is not scored and so not listed. The default
    // pools the milestones: each dimension is the mean of its milestones' scores, and the value is
    // the dimension values weighted by their milestone counts (borders 3, transport 5, energy 1,
    // diplomacy 2, culture 2 of 13).
    JsonNode dims = root.get("dimensions");
    assertThat(dims.size()).isEqualTo(5);
    // By hand: diplomacy envoys COMPLETED, relations NOT_STARTED → 50; borders crossing
    // IN_PROGRESS (2/3) of 3 → 200/9.
    assertThat(dims.get("diplomacy").asDouble()).isCloseTo(50.0, within(1e-12));
    assertThat(dims.get("borders").asDouble()).isCloseTo(200.0 / 9, within(1e-12));
    double weighted =
        (3 * dims.get("borders").asDouble()
                + 5 * dims.get("transport").asDouble()
                + dims.get("energy").asDouble()
                + 2 * dims.get("diplomacy").asDouble()
                + 2 * dims.get("culture").asDouble())
            / 13;
    assertThat(weighted).isCloseTo(value, within(1e-12));
    // And bit for bit one pool's value, as before dimensions had values: envoys and flights
    // COMPLETED (3 points each), the crossing IN_PROGRESS (2), × 100 / (3 × 13 milestones).
    assertThat(value).isEqualTo((3 + 3 + 2) * 100.0 / (3 * 13)).isEqualTo(20.512820512820515);
    assertThat(root.get("milestones").get("border-opening").get("counted").asText())
        .isEqualTo("NOT_STARTED");
    assertThat(root.get("findings").isArray()).isTrue();
  }

  @Test
  void indexShowsGatingFindingsWhenTheyBite() throws Exception {
    Run r = thaw("index", "--json", "--as-of", "2026-12");
    assertThat(r.code()).isZero();
    assertThat(new ObjectMapper().readTree(r.out()).get("findings")).isEmpty();
  }

  @Test
  void pamMethodReproducesThePeaceAccordsMatrixFormula() throws Exception {
    JsonNode root = new ObjectMapper().readTree(thaw("index", "--json", "--method", "pam").out());
    int sum = 0;
    int n = 0;
    for (JsonNode m : root.get("milestones")) {
      if (m.get("weight").asDouble() == 0) {
        continue; // context (scored: false) is a driver, not a provision of the accord
      }
      sum += io.github.thaw.model.Status.valueOf(m.get("status").asText()).level();
      n++;
    }
    assertThat(root.get("value").asDouble()).isEqualTo(sum * 100.0 / (3 * n));
  }

  @Test
  void methodFileIsReadAndItsErrorsExitThree(@TempDir Path dir) throws Exception {
    Path ok = dir.resolve("m.yaml");
    Files.writeString(ok, "aggregation: WEAKEST_LINK\n", StandardCharsets.UTF_8);
    Run r = thaw("index", "--json", "--method", ok.toString());
    assertThat(r.code()).isZero();
    assertThat(new ObjectMapper().readTree(r.out()).get("value").asDouble()).isZero();
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "gating: SOMETIMES\n", StandardCharsets.UTF_8);
    Run b = thaw("index", "--method", bad.toString());
    assertThat(b.code()).isEqualTo(3);
    assertThat(b.err()).startsWith(bad + ":1:9: gating: 'SOMETIMES' is not one of");
  }

  @Test
  void trajectoryListsWhatMovedTheIndex() throws Exception {
    Run r = thaw("trajectory", "--from", "2022", "--to", "2025-09-12");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .containsPattern("2024-07-30 .*diplomatic-visa-simplification AGREED \\[s002\\]");
    JsonNode monthly =
        new ObjectMapper()
            .readTree(thaw("trajectory", "--json", "--monthly", "--from", "2025-01").out());
    assertThat(monthly.get(0).get("date").asText()).isEqualTo("2025-01-01");
    assertThat(monthly.get(1).get("date").asText()).isEqualTo("2025-01-31");
    assertThat(thaw("trajectory", "--from", "2026", "--to", "2025").code()).isEqualTo(2);
  }

  @Test
  void compareJsonListsTheBuiltInScenarios() throws Exception {
    Run r = thaw("compare", "--json");
    assertThat(r.code()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("baseline").get("value").asDouble()).isPositive();
    JsonNode scenarios = root.get("scenarios");
    assertThat(scenarios.size()).isGreaterThanOrEqualTo(5);
    JsonNode railway = null;
    for (JsonNode s : scenarios) {
      if (s.get("name").asText().equals("railway-reactivated")) {
        railway = s;
      }
    }
    assertThat(railway).isNotNull();
    assertThat(railway.get("delta").asDouble()).isPositive();
    assertThat(railway.get("unblocked").toString()).isEqualTo("[\"railway-rehabilitation\"]");
    assertThat(railway.get("explanation").asText()).contains("Unblocks railway-rehabilitation");
  }

  @Test
  void sensitivityRanksTheAssumptionsBehindTheIndex() throws Exception {
    Run r = thaw("sensitivity", "--json", "--samples", "256", "--seed", "3");
    assertThat(r.code()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    JsonNode ranked = root.get("parameters");
    // 15 milestone weights and 2 middle scores; pooled, no dimension weights.
    assertThat(ranked.size()).isEqualTo(17);
    assertThat(ranked.get(0).get("name").asText()).isEqualTo("score:AGREED");
    assertThat(ranked.get(0).get("totalOrder").asDouble()).isGreaterThan(0.5);
    for (int i = 1; i < ranked.size(); i++) {
      assertThat(ranked.get(i).get("totalOrder").asDouble())
          .isLessThanOrEqualTo(ranked.get(i - 1).get("totalOrder").asDouble());
    }
    assertThat(thaw("sensitivity", "--samples", "1").code()).isEqualTo(2);
  }

  @Test
  void forecastSensitivityRanksTheStepRatesBehindTheBorderOpening() throws Exception {
    Run r = thaw("sensitivity", "--target", "forecast", "--json", "--samples", "16");
    assertThat(r.code()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("milestone").asText()).isEqualTo("border-opening");
    assertThat(root.get("parameters").size()).isEqualTo(4);
    assertThat(root.get("parameters").get(0).get("name").asText()).startsWith("rate:");
    assertThat(
            thaw("sensitivity", "--target", "forecast", "--milestone", "railway-rehabilitaton")
                .err())
        .contains("did you mean 'railway-rehabilitation'?");
  }

  @Test
  void strictCompareFailsWhenAScenarioIntroducesACap() {
    Run r = thaw("compare", "--strict");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("strict: full-border-opening: border-opening is reported");
  }

  @Test
  void scenarioFileWithATypoExitsThreeWithLocationAndDidYouMean(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("typo.yaml");
    Files.writeString(
        file,
        "name: typo\nchanges:\n  - setStatus: {milestone: raiway-rehabilitation, status:"
            + " COMPLETED, date: 2026-06-01}\n",
        StandardCharsets.UTF_8);
    for (String command : new String[] {"compare", "validate"}) {
      Run r = thaw(command, file.toString());
      assertThat(r.code()).as(command).isEqualTo(3);
      assertThat(r.err())
          .as(command)
          .startsWith(file + ":3:5: changes[0]: setStatus raiway-rehabilitation")
          .contains("(did you mean 'railway-rehabilitation'?)");
    }
  }

  @Test
  void userScenarioFileIsCompared(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mine.yaml");
    Files.writeString(
        file,
        "name: mine\nchanges:\n  - setStatus: {milestone: air-cargo, status: COMPLETED, date:"
            + " 2026-02}\n",
        StandardCharsets.UTF_8);
    Run r = thaw("compare", file.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("mine").contains("index as of 2026-02-28");
    assertThat(thaw("validate", file.toString()).out()).contains("; 1 scenario file\n");
  }

  @Test
  void unknownCommandIsAUsageError() {
    assertThat(thaw("frobnicate").code()).isEqualTo(2);
  }
}
