package io.github.thaw.cli;

import static io.github.thaw.cli.ThawCommandTest.thaw;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.thaw.cli.ThawCommandTest.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code --model} and {@code --json} before or after the command name, help on every command, and
 * consistent placeholders. Every command runs on a small user model, never the built-in one.
 */
class CommandLineOptionsTest {
  @TempDir static Path dir;
  static Path model;
  static Path scenario;

  /** A model unlike the built-in one: its name, milestones and dates are its own. */
  static final String MINE =
      String.join(
          "\n",
          "name: Mine",
          "asOf: 2024-06",
          "dimensions:",
          "  - {id: d, name: D}",
          "milestones:",
          "  - {id: talks, name: Talks, dimension: d}",
          "  - {id: deal, name: Deal, dimension: d, requires: [talks]}",
          "sources:",
          "  - {id: s1, outlet: O, title: T, published: 2019-03-05, locator: s1.txt}",
          "  - {id: s2, outlet: O, title: U, published: 2025-01, locator: s2.txt}",
          "events:",
          "  - {date: 2019-03-05, milestone: talks, status: AGREED, sources: [s1]}",
          "  - {date: \"2024\", milestone: talks, status: COMPLETED, sources: [s2]}",
          "");

  @BeforeAll
  static void files() throws Exception {
    model = dir.resolve("mine.yaml");
    Files.writeString(model, MINE, StandardCharsets.UTF_8);
    scenario = dir.resolve("heavier-deal.yaml");
    Files.writeString(
        scenario,
        "name: heavier-deal\nchanges:\n  - setWeight: {milestone: deal, weight: 3}\n",
        StandardCharsets.UTF_8);
  }

  /**
   * One command with the arguments it needs on the user model, a text that only its output on that
   * model contains, and the arguments for a JSON run.
   */
  record Case(String command, List<String> args, String marker, List<String> jsonArgs) {
    @Override
    public String toString() {
      return command;
    }
  }

  static Map<String, Case> cases() {
    String out = dir.resolve("out").toString();
    Map<String, Case> c = new TreeMap<>();
    Function<Case, Case> put = x -> c.put(x.command(), x);
    put.apply(new Case("index", List.of(), "index of 'Mine' as of", List.of()));
    put.apply(new Case("trajectory", List.of(), "Mine: index over time", List.of()));
    put.apply(
        new Case(
            "compare",
            List.of(scenario.toString()),
            "Mine, index as of",
            List.of(scenario.toString())));
    put.apply(
        new Case(
            "forecast",
            List.of("--samples", "100"),
            "Forecast of 'Mine'",
            List.of("--samples", "100")));
    put.apply(
        new Case(
            "sensitivity",
            List.of("--samples", "8"),
            "of the index of 'Mine'",
            List.of("--samples", "8")));
    put.apply(new Case("summary", List.of(), "Mine: status as of", List.of()));
    put.apply(
        new Case(
            "robustness",
            List.of("--variants", "8"),
            "index of 'Mine'",
            List.of("--variants", "8")));
    put.apply(
        new Case(
            "backtest",
            List.of("--every", "12", "--samples", "100"),
            "Backtest of 'Mine'",
            List.of("--every", "12", "--samples", "100")));
    put.apply(new Case("validate", List.of(), "(Mine)", List.of()));
    put.apply(
        new Case("export", List.of("--format", "yaml"), "name: Mine", List.of("--format", "json")));
    put.apply(
        new Case(
            "report",
            List.of(
                "--out", out + ".html", "--forecast-samples", "0", "--sensitivity-samples", "0"),
            "report on Mine",
            List.of(
                "--out", out + ".html", "--forecast-samples", "0", "--sensitivity-samples", "0")));
    put.apply(
        new Case(
            "chart",
            List.of("--kind", "graph"),
            "Mine",
            List.of("--kind", "graph", "--out", out + ".svg")));
    return c;
  }

  static Stream<Case> everyCommand() {
    return cases().values().stream();
  }

  static List<String> commandNames() {
    List<String> names =
        new ArrayList<>(new CommandLine(ThawCommand.class).getSubcommands().keySet());
    names.remove("help");
    return names;
  }

  static String[] concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all.toArray(String[]::new);
  }

  @Test
  void everyCommandHasACase() {
    assertThat(cases().keySet()).containsExactlyInAnyOrderElementsOf(commandNames());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyCommand")
  void modelBeforeTheCommandIsTheModelAfterIt(Case c) {
    Run before = thaw(concat(List.of("--model", model.toString(), c.command()), c.args()));
    Run after = thaw(concat(List.of(c.command()), concat2(c.args(), "--model", model)));
    assertThat(before.err()).isEqualTo(after.err());
    assertThat(before.code()).as(before.err()).isZero();
    assertThat(after.code()).isZero();
    assertThat(before.out()).contains(c.marker()).isEqualTo(after.out());
    assertThat(before.out()).doesNotContain("Türkiye").doesNotContain("border-opening");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyCommand")
  void jsonBeforeTheCommandPrintsJson(Case c) throws Exception {
    Run before =
        thaw(concat(List.of("--json", "--model", model.toString(), c.command()), c.jsonArgs()));
    Run after =
        thaw(concat(List.of(c.command()), concat2(c.jsonArgs(), "--model", model, "--json")));
    assertThat(before.code()).as(before.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(before.out());
    assertThat(root.isContainerNode()).as(before.out()).isTrue();
    assertThat(before.out()).isEqualTo(after.out());
  }

  private static List<String> concat2(List<String> a, String option, Path file, String... more) {
    List<String> all = new ArrayList<>(a);
    all.add(option);
    all.add(file.toString());
    all.addAll(List.of(more));
    return all;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyCommand")
  void twoDifferentModelsAreAUsageError(Case c) {
    Run r =
        thaw(
            concat(
                List.of("--model", model.toString(), c.command()),
                concat2(c.args(), "--model", dir.resolve("other.yaml"))));
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .startsWith(
            "--model is given twice, as '"
                + model
                + "' before the command and '"
                + dir.resolve("other.yaml")
                + "' after it; give it once");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void theSameModelInBothPlacesIsFine() {
    Run r = thaw("--model", model.toString(), "index", "--model", model.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("index of 'Mine'");
  }

  @Test
  void jsonWithoutACommandIsAUsageErrorNotText() {
    Run r = thaw("--json");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .startsWith(
            "--json needs a command, e.g. 'thaw --json index': the main job prints text only");
  }

  @Test
  void jsonWithAFormatOtherThanJsonIsAUsageError() {
    Run r = thaw("--json", "export", "--format", "yaml");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .startsWith("--json conflicts with --format yaml; use --format json for the model as JSON");
  }

  @ParameterizedTest
  @MethodSource("commandNames")
  void helpOnEveryCommandExitsZeroWithItsUsage(String command) {
    Run help = thaw("help", command);
    Run longOption = thaw(command, "--help");
    Run shortOption = thaw(command, "-h");
    for (Run r : List.of(help, longOption, shortOption)) {
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.err()).isEmpty();
      assertThat(r.out()).startsWith("Usage: thaw " + command + " [-hV]");
    }
    assertThat(longOption.out()).isEqualTo(help.out()).isEqualTo(shortOption.out());
    assertThat(help.out()).contains("--model=FILE").contains("--json");
  }

  @Test
  void helpWithoutACommandListsEveryCommand() {
    Run r = thaw("help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Usage: thaw [-hV]");
    for (String command : commandNames()) {
      assertThat(r.out()).containsPattern("(?m)^  " + command + " ");
    }
  }

  @Test
  void everyCommandAnswersVersion() {
    Run r = thaw("forecast", "-V");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("thaw 0.1.0-SNAPSHOT");
  }

  /** The build writes target/thaw_completion (exec-maven-plugin, process-classes) from picocli. */
  @Test
  void theBuildWritesABashCompletionScriptForEveryCommand() throws Exception {
    Path script = Path.of("target", "thaw_completion");
    assertThat(script).isRegularFile();
    String text = Files.readString(script, StandardCharsets.UTF_8);
    assertThat(text).contains("Bash completion support for the `thaw` command");
    assertThat(text).contains("local commands=\"" + String.join(" ", commandNames()) + " help\"");
    for (String command : commandNames()) {
      assertThat(text).contains("function _picocli_thaw_" + command + "()");
    }
    assertThat(text).contains("'--milestone'").contains("'--forecast-samples'");
  }

  /** Options every command shares; the README names them once, under the table. */
  static final List<String> SHARED = List.of("--model", "--json", "--help", "--version");

  /** The README's command-line table lists each command with exactly its own options. */
  @ParameterizedTest
  @MethodSource("commandNames")
  void theReadmeTableListsEveryOptionOfTheCommand(String command) throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher row = Pattern.compile("(?m)^\\| `thaw " + command + "( [^`]*)?` \\|").matcher(readme);
    assertThat(row.find()).as("README row for thaw " + command).isTrue();
    String synopsis = row.group(1) == null ? "" : row.group(1);
    Set<String> listed = new TreeSet<>();
    Matcher option = Pattern.compile("--[a-z-]+").matcher(synopsis);
    while (option.find()) {
      listed.add(option.group());
    }
    Set<String> real = new TreeSet<>();
    for (OptionSpec o :
        new CommandLine(ThawCommand.class)
            .getSubcommands()
            .get(command)
            .getCommandSpec()
            .options()) {
      if (!SHARED.contains(o.longestName())) {
        real.add(o.longestName());
      }
    }
    assertThat(listed).as("options in the README row of " + command).isEqualTo(real);
  }

  /** A placeholder is one of these, or a choice of literal words such as {@code index|forecast}. */
  static final List<String> PLACEHOLDERS = List.of("FILE", "N", "DATE", "YYYY-MM", "ID", "DIR");

  @ParameterizedTest
  @MethodSource("commandNames")
  void placeholdersAreConsistent(String command) {
    CommandLine cli = new CommandLine(ThawCommand.class).getSubcommands().get(command);
    for (OptionSpec o : cli.getCommandSpec().options()) {
      if (o.arity().max() == 0) {
        continue;
      }
      assertThat(o.paramLabel())
          .as(command + " " + o.longestName())
          .satisfiesAnyOf(
              l -> assertThat(PLACEHOLDERS).contains(l),
              l -> assertThat(l).matches("[a-z-]+(\\|[a-z-]+)+(\\|FILE)?"));
    }
    for (PositionalParamSpec p : cli.getCommandSpec().positionalParameters()) {
      assertThat(p.paramLabel()).as(command + " positional").isIn(PLACEHOLDERS);
    }
  }
}
