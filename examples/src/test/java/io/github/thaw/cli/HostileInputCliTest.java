package io.github.thaw.cli;

import static io.github.thaw.cli.ThawCommandTest.thaw;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thaw.cli.ThawCommandTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile and extreme input through the command line, one class of the review at a time: each ends
 * in a located error with exit 2 (an option) or 3 (a file), or a correct result, and never in a
 * stack trace, a NaN, an escape byte on the terminal or a destroyed file. Every input is generated
 * here; nothing large is checked in.
 */
class HostileInputCliTest {
  @TempDir Path dir;

  /** A valid model with one milestone line left for the test to fill. */
  private Path model(String name, String milestoneA) throws IOException {
    return write(
        name,
        String.join(
            "\n",
            "name: Hostile",
            "dimensions:",
            "  - {id: d, name: D}",
            "milestones:",
            "  - " + milestoneA,
            "  - {id: b, name: B, dimension: d, requires: [a]}",
            "sources:",
            "  - {id: s1, outlet: Wire, title: T, published: 2024-01-02, locator: s1.txt}",
            "events:",
            "  - {date: 2024-01-02, milestone: a, status: COMPLETED, sources: [s1]}",
            "  - {date: 2024-03-02, milestone: b, status: AGREED, sources: [s1]}",
            ""));
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static void assertClean(Run r) {
    assertThat(r.err()).doesNotContain("\tat ", "Exception", "NaN");
    assertThat(r.out()).doesNotContain("NaN", "Infinity");
  }

  // ---- silent wrong numbers

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1e308 | weight must be a number from 0 to 1e6, found 1e308",
        "1e-400 | number 1e-400 is outside the range Thaw computes with",
        "0x10 | expected a decimal number such as 16, 0.5 or 1e3, found '0x10'",
        "1_000 | expected a decimal number such as 16, 0.5 or 1e3, found '1_000'",
        "017 | expected a decimal number such as 16, 0.5 or 1e3, found '017'",
        "0o17 | expected a number, found",
        "1e400 | number 1e400 is outside the range"
      })
  void aWeightThatCannotBeComputedWithIsRefusedAtItsPlace(String weight, String message)
      throws IOException {
    // GIVEN a weight the arithmetic would get wrong (or read in a surprising base)
    Path m = model("w.yaml", "{id: a, name: A, dimension: d, weight: " + weight + "}");
    // WHEN validated and when the index is computed
    for (String command : List.of("validate", "index", "trajectory")) {
      Run r = thaw(command, "--model", m.toString());
      // THEN both refuse it with file:line:col and the path, exit 3
      assertThat(r.code()).as(command).isEqualTo(3);
      assertThat(r.err()).startsWith(m + ":5:").contains("milestones[0].weight: ", message);
      assertClean(r);
    }
  }

  @Test
  void twoHugeButAllowedWeightsGiveTheExactIndex() throws IOException {
    // GIVEN two milestones of the largest weight, one COMPLETED and one AGREED (score 1/3 by
    // default)
    Path m =
        write(
            "big.yaml",
            String.join(
                "\n",
                "name: Big",
                "dimensions: [{id: d, name: D}]",
                "milestones:",
                "  - {id: a, name: A, dimension: d, weight: 1e6}",
                "  - {id: b, name: B, dimension: d, weight: 1e6}",
                "sources: [{id: s1, outlet: W, title: T, published: 2024-01-02, locator: x}]",
                "events:",
                "  - {date: 2024-01-02, milestone: a, status: COMPLETED, sources: [s1]}",
                ""));
    Run r = thaw("index", "--model", m.toString(), "--json");
    assertThat(r.code()).isZero();
    // THEN the index is the plain mean of 100 and 0: 50, not NaN
    assertThat(r.out()).contains("\"value\" : 50.0");
    assertClean(r);
  }

  @Test
  void zeroWeightsAreRefusedByValidateAsTheDefaultIndexWouldRefuseThem() throws IOException {
    Path m = model("zero.yaml", "{id: a, name: A, dimension: d, weight: 0}");
    Files.writeString(
        m, Files.readString(m).replace("requires: [a]}", "requires: [a], weight: 0}"));
    Run validate = thaw("validate", "--model", m.toString());
    Run index = thaw("index", "--model", m.toString());
    assertThat(validate.code()).isEqualTo(3);
    assertThat(validate.err())
        .isEqualTo(
            m
                + ":1:1: dimensions: milestone weights are all zero; give at least one milestone"
                + " a positive weight\n");
    assertThat(index.code()).isEqualTo(3);
    assertThat(index.err()).isEqualTo(validate.err());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1e20 | entries must lie between 1/1000 and 1000",
        "1e154 | entries must lie between 1/1000 and 1000",
        "1001 | entries must lie between 1/1000 and 1000",
        // its reciprocal, 1e-308, is below what a double holds at full precision
        "1e308 | number 1.0E-308 is outside the range Thaw computes with"
      })
  void anAhpEntryOutsideTheExtendedScaleIsRefusedWithItsPlace(String entry, String message)
      throws IOException {
    Path m = model("m.yaml", "{id: a, name: A, dimension: d}");
    Files.writeString(
        m,
        Files.readString(m)
            .replace("  - {id: d, name: D}", "  - {id: d, name: D}\n  - {id: e, name: E}")
            .replace("{id: b, name: B, dimension: d,", "{id: b, name: B, dimension: e,"));
    Path method =
        write(
            "ahp.yaml",
            String.join(
                "\n",
                "dimensionWeights:",
                "  ahp:",
                "    - labels: [d, e]",
                "      matrix: [[1, " + entry + "], [" + (1 / Double.parseDouble(entry)) + ", 1]]",
                "      acceptInconsistency: true",
                ""));
    Run r = thaw("index", "--model", m.toString(), "--method", method.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).startsWith(method + ":").contains(message);
    assertClean(r);
  }

  // ---- destroyed output

  @Test
  void aReportThatCannotBeWrittenLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    // GIVEN an existing report and a target the writer cannot create its temporary file beside
    Path old = write("keep.html", "old report");
    Path missingDir = dir.resolve("no-such-dir").resolve("keep.html");
    Run r = thaw("report", "--out", missingDir.toString(), "--forecast-samples", "0");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).isEqualTo("thaw: cannot write " + missingDir + ": no such directory\n");
    assertThat(Files.readString(old)).isEqualTo("old report");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("keep.html");
    }
  }

  @Test
  void aSymbolicLinkAtTheTargetIsReplacedAndItsTargetKept() throws IOException {
    // GIVEN --out naming a link to a file that must not be overwritten
    Path precious = write("precious.txt", "do not touch");
    Path link = Files.createSymbolicLink(dir.resolve("chart.svg"), precious);
    Run r = thaw("chart", "--kind", "graph", "--out", link.toString());
    assertThat(r.code()).isZero();
    // THEN the link became the chart, the file it pointed to is unchanged
    assertThat(Files.isSymbolicLink(link)).isFalse();
    assertThat(Files.readString(link)).contains("<svg");
    assertThat(Files.readString(precious)).isEqualTo("do not touch");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "."})
  void anOutThatIsNoFileNameSaysSo(String out) {
    Run r = thaw("chart", "--kind", "graph", "--out", out.isEmpty() ? "" : dir.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err())
        .isEqualTo(
            out.isEmpty()
                ? "thaw: cannot write '': the file name is empty\n"
                : "thaw: cannot write " + dir + ": is a directory; give a file name\n");
  }

  // ---- terminal injection

  @Test
  void escapeSequencesInNamesAndNotesNeverReachTheTerminal() throws IOException {
    String esc = "\u001b]0;pwned\u0007\u001b[2J\u009b31m\r";
    Path m =
        write(
            "esc.yaml",
            String.join(
                "\n",
                "name: \"Talks\\e]0;pwned\\a\\e[2J\"",
                "dimensions: [{id: d, name: \"Dim\\e[31m\"}]",
                "milestones:",
                "  - {id: a, name: \"Border\\e]0;x\\a opens\\r\", dimension: d}",
                "  - {id: b, name: B, dimension: d, requires: [nope]}",
                "sources: [{id: s1, outlet: W, title: T, published: 2024-01-02, locator: x}]",
                "events:",
                "  - {date: 2024-01-02, milestone: a, status: AGREED, sources: [s1],"
                    + " note: \"n\\e[2J\"}",
                ""));
    Path valid = write("esc-valid.yaml", Files.readString(m).replace("[nope]", "[a]"));
    for (List<String> args :
        List.of(
            List.of("validate", "--model", m.toString()),
            List.of("validate", "--model", valid.toString()),
            List.of("index", "--model", valid.toString()),
            List.of("summary", "--model", valid.toString()),
            List.of("trajectory", "--model", valid.toString()),
            List.of("export", "--format", "dot", "--model", valid.toString()),
            List.of("export", "--format", "mermaid", "--model", valid.toString()))) {
      Run r = thaw(args.toArray(String[]::new));
      String all = r.out() + r.err();
      for (char c : esc.toCharArray()) {
        if (Character.isISOControl(c)) {
          assertThat(all.indexOf(c)).as("%s prints U+%04X", args, (int) c).isEqualTo(-1);
        }
      }
      // The printable text around the escapes is kept.
      assertThat(all).as("%s", args).containsAnyOf("Talks]0;pwned[2J", "Border]0;x opens");
    }
  }

  @Test
  void mermaidAndDotLabelsCarryMarkupAsText() throws IOException {
    Path m = model("x.yaml", "{id: a, name: \"<script>alert(1)</script> & #1\", dimension: d}");
    Run mermaid = thaw("export", "--format", "mermaid", "--model", m.toString());
    assertThat(mermaid.code()).isZero();
    assertThat(mermaid.out())
        .doesNotContain("<script>")
        .contains("m_a[\"#lt;script#gt;alert(1)#lt;/script#gt; #amp; #35;1<br/>COMPLETED\"]");
    Run dot = thaw("export", "--format", "dot", "--model", m.toString());
    assertThat(dot.out()).contains("label=\"<script>alert(1)</script> & #1\\nCOMPLETED\"");
  }

  // ---- unbounded cost from small inputs

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "forecast --horizon 9999-12 | --horizon 9999-12 is after 2125-09",
        "forecast --threads 2000 | --threads is 2000; it must be from 1 to 256",
        "forecast --threads 0 | --threads is 0; it must be from 1 to 256",
        "forecast --samples 0 | --samples is 0; it must be from 1 to 1000000000",
        "forecast --as-of 9999-12-31 | the default horizon 10004-12 (5 years after 9999-12-31)",
        "sensitivity --samples 50000000 | --samples is 50000000; it must be from 2 to 1048576",
        "report --sensitivity-samples 50000000 | --sensitivity-samples is 50000000",
        "report --sensitivity-samples -1 | --sensitivity-samples is -1; it must be 0",
        "report --forecast-samples -5 | --forecast-samples is -5; it must be 0"
      })
  void anOptionBeyondItsBudgetIsAUsageErrorBeforeAnyWork(String args, String message) {
    Run r = thaw(args.split(" "));
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith(message);
    assertClean(r);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'freeze: {ratePerYear: 1e9, months: 6}' | freeze rate must be a number from 0 to 1000.0 per"
            + " year, got 1.0E9",
        "'steps: {AGREED->IN_PROGRESS: {distribution: pert, min: 1, mode: 2, max: 1e308}}' | pert"
            + " duration: max is 1.0E308 months; at most 12000.0 are allowed"
      })
  void aTransitionsValueThatWouldNeverFinishIsRefusedAtItsPlace(String yaml, String message)
      throws IOException {
    Path t = write("t.yaml", yaml + "\n");
    Run r = thaw("forecast", "--transitions", t.toString(), "--samples", "10");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).startsWith(t + ":1:").contains(message);
    assertClean(r);
  }

  @Test
  void aHugeWordInAYamlFileIsRefusedBeforeTheScannerSeesIt() throws IOException {
    // GIVEN a name of 200,000 characters without a space (a 20 MB one took minutes)
    Path m = model("huge.yaml", "{id: a, name: " + "x".repeat(200_000) + ", dimension: d}");
    Run r = thaw("validate", "--model", m.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err())
        .startsWith(m + ":5:19: milestones: ")
        .contains("more than 65536 characters without a space or line break");
    assertClean(r);
  }

  @Test
  void aLongTextWithSpacesIsRefusedAsTooLong() throws IOException {
    Path m = model("long.yaml", "{id: a, name: \"" + "xy ".repeat(30_000) + "\", dimension: d}");
    Run r = thaw("validate", "--model", m.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("text of 90000 characters is longer than the 65536 allowed");
  }

  // ---- linear diagnostics and the same cap everywhere

  @Test
  void twentyThousandUnknownReferencesListAThousandProblemsAndACount() throws IOException {
    StringBuilder b =
        new StringBuilder("name: Many\ndimensions: [{id: d, name: D}]\nmilestones:\n");
    b.append("  - {id: railway, name: R, dimension: d}\n");
    for (int i = 0; i < 20_000; i++) {
      b.append("  - {id: m").append(i).append(", name: M, dimension: d, requires: [raiway]}\n");
    }
    b.append("sources: []\nevents: []\n");
    Path m = write("many.yaml", b.toString());
    Run r = thaw("validate", "--model", m.toString());
    assertThat(r.code()).isEqualTo(3);
    List<String> lines = r.err().lines().toList();
    assertThat(lines).hasSize(1001);
    assertThat(lines.get(0))
        .isEqualTo(
            m
                + ":5:48: milestones[1].requires[0]: Milestone 'raiway' is not in model 'Many'"
                + " (did you mean 'railway'?)");
    assertThat(lines.get(1000)).contains("too many problems: 19000 more not shown");
  }

  @Test
  void scenarioProblemsStopAtTheSameCapAsModelProblems() throws IOException {
    StringBuilder b = new StringBuilder("name: many\nchanges:\n");
    for (int i = 0; i < 3000; i++) {
      b.append("  - setWeight: {milestone: nope").append(i).append(", weight: 2}\n");
    }
    Path s = write("s.yaml", b.toString());
    Run r = thaw("validate", s.toString());
    assertThat(r.code()).isEqualTo(3);
    List<String> lines = r.err().lines().toList();
    assertThat(lines).hasSize(1001);
    assertThat(lines.get(1000)).contains("too many problems: 2000 more not shown");
  }

  @Test
  void aScenarioMilestoneThatRequiresItselfIsNamedAsSuch() throws IOException {
    Path s =
        write(
            "self.yaml",
            String.join(
                "\n",
                "name: self",
                "changes:",
                "  - addMilestone: {id: loop, name: Loop, dimension: borders, requires: [loop]}",
                ""));
    Run r = thaw("validate", s.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("milestone 'loop' cannot require or be influenced by itself");
  }

  @Test
  void aModelThatIsADirectoryIsNamed() throws IOException {
    Path d = Files.createDirectory(dir.resolve("model.yaml"));
    Run r = thaw("index", "--model", d.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).isEqualTo(d + ": is a directory, not a file\n");
  }

  @Test
  void aNaNThatSlipsPastTheLimitsNeverLeavesAsJson() {
    com.fasterxml.jackson.databind.node.ObjectNode root = Json.object();
    root.putObject("dimensions").put("d", Double.NaN);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Json.write(root))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the result at /dimensions/d is NaN, not a number that can be");
  }

  @ParameterizedTest
  @ValueSource(strings = {"? [a, b]\n: 1\n", "? {a: 1}\n: 1\n"})
  void aComplexYamlKeyIsNamedWithoutTheParsersInternals(String key) throws IOException {
    Path m = write("key.yaml", "name: x\n" + key);
    Run r = thaw("validate", "--model", m.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err())
        .isEqualTo(
            m + ":2:4: syntax error: a key must be text, not a list or a mapping ('? ' key)\n");
  }
}
