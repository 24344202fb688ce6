package io.github.thaw.cli;

import static io.github.thaw.cli.ThawCommandTest.thaw;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.thaw.cli.ThawCommandTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Defaults come from the user's model: one reference date for every command, a trajectory from the
 * model's first status event, no fallback to a milestone of the reference case, and warnings about
 * dates that make the model read differently than its author may expect.
 */
class ModelDefaultsTest {
  @TempDir Path dir;

  Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /** {@link CommandLineOptionsTest#MINE}: asOf 2024-06 precedes an event dated 2024. */
  Path mine() throws IOException {
    return write("mine.yaml", CommandLineOptionsTest.MINE);
  }

  static JsonNode json(Run r) throws IOException {
    assertThat(r.code()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void everyCommandReadsTheModelAtItsAsOfBeforeALaterYearEvent() throws Exception {
    String f = mine().toString();
    Path scenario =
        write(
            "w.yaml",
            "name: heavier-deal\nchanges:\n  - setWeight: {milestone: deal, weight: 3}\n");
    // asOf 2024-06 is 2024-06-30; the event dated 2024 counts from 2024-12-31, so it is left out.
    String reference = "2024-06-30";
    JsonNode index = json(thaw("index", "--json", "--method", "legacy", "--model", f));
    assertThat(index.get("asOf").asText()).isEqualTo(reference);
    // talks AGREED (1/3), deal NOT_STARTED (0), one dimension: (1/3 + 0) / 2 = 1/6.
    assertThat(index.get("value").asDouble())
        .isCloseTo(100.0 / 6, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(json(thaw("summary", "--json", "--model", f)).get("asOf").asText())
        .isEqualTo(reference);
    assertThat(
            json(thaw("sensitivity", "--json", "--samples", "8", "--model", f))
                .get("asOf")
                .asText())
        .isEqualTo(reference);
    assertThat(
            json(thaw("compare", "--json", "--model", f, scenario.toString())).get("asOf").asText())
        .isEqualTo(reference);
    assertThat(
            json(thaw("forecast", "--json", "--samples", "50", "--model", f)).get("asOf").asText())
        .isEqualTo(reference);
    Path out = dir.resolve("r.html");
    assertThat(
            json(thaw(
                    "report",
                    "--json",
                    "--model",
                    f,
                    "--out",
                    out.toString(),
                    "--forecast-samples",
                    "0",
                    "--sensitivity-samples",
                    "0"))
                .get("asOf")
                .asText())
        .isEqualTo(reference);
    JsonNode trajectory = json(thaw("trajectory", "--json", "--model", f));
    assertThat(trajectory.get(trajectory.size() - 1).get("date").asText()).isEqualTo(reference);
    assertThat(thaw("--model", f).out())
        .contains("index of 'Mine' as of " + reference)
        .doesNotContain("2024-12-31");
  }

  @Test
  void withoutAsOfTheReferenceDateIsTheEndOfTheLatestEventsYear() throws Exception {
    Path f = write("no-as-of.yaml", CommandLineOptionsTest.MINE.replace("asOf: 2024-06\n", ""));
    JsonNode index = json(thaw("index", "--json", "--model", f.toString()));
    assertThat(index.get("asOf").asText()).isEqualTo("2024-12-31");
    // talks COMPLETED (1), deal NOT_STARTED (0): 50.
    assertThat(index.get("value").asDouble()).isEqualTo(50.0);
    assertThat(
            json(thaw("forecast", "--json", "--samples", "50", "--model", f.toString()))
                .get("asOf")
                .asText())
        .isEqualTo("2024-12-31");
  }

  @Test
  void aModelWithNoDateAsksForOne() throws Exception {
    Path f =
        write(
            "undated.yaml",
            "name: Undated\ndimensions:\n  - {id: d, name: D}\nmilestones:\n"
                + "  - {id: a, name: A, dimension: d}\n");
    Run r = thaw("index", "--model", f.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .startsWith(
            "model 'Undated' has no asOf date and no event, so it has no reference date; give"
                + " --as-of DATE");
    assertThat(thaw("index", "--model", f.toString(), "--as-of", "2024").code()).isZero();
    assertThat(thaw("trajectory", "--model", f.toString()).err()).contains("give --to DATE");
    Run main = thaw("--model", f.toString());
    assertThat(main.code()).isEqualTo(2);
    assertThat(main.err())
        .startsWith(
            "model 'Undated' has no asOf date and no event, so it has no reference date; give a"
                + " date, e.g. thaw index --as-of DATE");
  }

  @Test
  void trajectoryStartsAtTheFirstStatusEventNotIn2021() throws Exception {
    Run r = thaw("trajectory", "--model", mine().toString());
    assertThat(r.code()).isZero();
    List<String> rows = r.out().lines().skip(2).toList();
    assertThat(rows.get(0)).startsWith("2019-03-05").contains("talks AGREED [s1]");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1)).startsWith("2024-06-30");
    assertThat(r.out()).doesNotContain("2021-01-01");
  }

  @Test
  void trajectoryOfTheBuiltInModelStartsAtItsFirstStatusEvent() {
    Run r = thaw("trajectory");
    assertThat(r.out().lines().skip(2).findFirst().orElseThrow())
        .startsWith("2022-01-14")
        .contains("special-envoys COMPLETED [s003, s000]");
  }

  @Test
  void forecastSensitivityOnAUserModelNeedsAMilestoneAndListsThem() throws Exception {
    Run r = thaw("sensitivity", "--target", "forecast", "--model", mine().toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().lines().findFirst().orElseThrow())
        .isEqualTo(
            "--target forecast needs --milestone ID for model 'Mine'; its milestones: talks,"
                + " deal");
    Run ok =
        thaw(
            "sensitivity",
            "--target",
            "forecast",
            "--milestone",
            "talks",
            "--samples",
            "16",
            "--json",
            "--model",
            mine().toString());
    // (8 base samples drew no completion at all on this two-milestone record: zero variance)
    assertThat(json(ok).get("milestone").asText()).isEqualTo("talks");
  }

  @Test
  void compareOnAUserModelNeedsScenarioFiles() throws Exception {
    Run r = thaw("compare", "--model", mine().toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("compare with --model needs at least one scenario FILE");
  }

  @Test
  void validateWarnsAboutEventsAfterAsOf() throws Exception {
    Path f = mine();
    Run r = thaw("validate", "--model", f.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("valid: " + f + " (Mine)");
    assertThat(r.err().lines())
        .containsExactly(
            f
                + ": events[1]: warning: event dated 2024 (talks COMPLETED) takes effect on"
                + " 2024-12-31, after asOf 2024-06 (2024-06-30); commands read the model as of"
                + " asOf and leave it out");
  }

  @Test
  void validateWarnsAboutAnAsOfBeforeEveryEvent() throws Exception {
    Path f =
        write(
            "early.yaml", CommandLineOptionsTest.MINE.replace("asOf: 2024-06", "asOf: 2018-01-15"));
    Run r = thaw("validate", "--model", f.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err().lines())
        .hasSize(3)
        .anySatisfy(
            l -> assertThat(l).startsWith(f + ": events[0]: warning: event dated 2019-03-05"))
        .anySatisfy(l -> assertThat(l).startsWith(f + ": events[1]: warning: event dated 2024"))
        .contains(
            f
                + ": asOf: warning: asOf 2018-01-15 is earlier than the first event, which takes"
                + " effect on 2019-03-05; commands read the model as of asOf, before anything"
                + " happened");
  }

  @Test
  void validateWarnsAboutOneSourceReportingTwoStatusesOnOneDay() throws Exception {
    // GIVEN s1 reporting the talks AGREED and COMPLETED on 2019-03-05
    Path f =
        write(
            "same-day.yaml",
            CommandLineOptionsTest.MINE.replace(
                "events:\n",
                "events:\n  - {date: 2019-03-05, milestone: talks, status: COMPLETED, sources:"
                    + " [s1]}\n"));
    Run r = thaw("validate", "--model", f.toString());
    // THEN the model is valid, and the warning names both events and what to do
    assertThat(r.code()).isZero();
    assertThat(r.err().lines())
        .contains(
            f
                + ": warning: events[0] and events[1] (talks, 2019-03-05): source s1 reports both"
                + " AGREED and COMPLETED taking effect that day; they are read as a disagreement"
                + " counted at AGREED. If the milestone reached COMPLETED that day, keep only the"
                + " event at COMPLETED");
  }

  @Test
  void validateIsQuietWhenEveryEventPrecedesAsOf() throws Exception {
    Path f = write("late.yaml", CommandLineOptionsTest.MINE.replace("asOf: 2024-06", "asOf: 2025"));
    Run r = thaw("validate", "--model", f.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
  }

  @Test
  void oneOfAnythingIsSingular() throws Exception {
    Path f =
        write(
            "one-source.yaml",
            CommandLineOptionsTest.MINE
                .replace(
                    "  - {id: s2, outlet: O, title: U, published: 2025-01, locator: s2.txt}\n", "")
                .replace("sources: [s2]", "sources: [s1]"));
    Path s =
        write(
            "w.yaml",
            "name: heavier-deal\nchanges:\n  - setWeight: {milestone: deal, weight: 3}\n");
    assertThat(thaw("validate", "--model", f.toString(), s.toString()).out())
        .isEqualTo(
            "valid: "
                + f
                + " (Mine): 2 milestones, 1 dependency, 2 events, 1 source; 1 scenario file"
                + System.lineSeparator());
    assertThat(thaw("validate", "--model", f.toString(), s.toString(), s.toString()).out())
        .endsWith("; 2 scenario files" + System.lineSeparator());
  }

  @Test
  void theBaselineRowOfACompareHasNoBlankColumns() throws Exception {
    Path s =
        write(
            "w.yaml",
            "name: heavier-deal\nchanges:\n  - setWeight: {milestone: deal, weight: 3}\n");
    Run r = thaw("compare", "--method", "legacy", "--model", mine().toString(), s.toString());
    assertThat(r.code()).isZero();
    String baseline =
        r.out().lines().filter(l -> l.startsWith("baseline ")).findFirst().orElseThrow();
    assertThat(baseline).matches("baseline +16\\.7 +\\[16\\.7, 16\\.7\\] +\\+0\\.0 +-");
  }

  /** Nothing in the library or the command line reads the clock: answers depend on inputs only. */
  @Test
  void nothingReadsTheClock() throws IOException {
    Pattern clock =
        Pattern.compile(
            "\\b(LocalDate|LocalDateTime|YearMonth|Year|Instant|ZonedDateTime|OffsetDateTime)"
                + "\\.now\\(|\\bClock\\.|currentTimeMillis");
    List<String> found = new ArrayList<>();
    for (Path root : List.of(Path.of("src/main/java"), Path.of("../core/src/main/java"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path p : files.filter(x -> x.toString().endsWith(".java")).toList()) {
          List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
          for (int i = 0; i < lines.size(); i++) {
            if (clock.matcher(lines.get(i)).find()) {
              found.add(p + ":" + (i + 1) + ": " + lines.get(i).strip());
            }
          }
        }
      }
    }
    assertThat(Files.isDirectory(Path.of("../core/src/main/java"))).isTrue();
    assertThat(found).isEmpty();
  }
}
