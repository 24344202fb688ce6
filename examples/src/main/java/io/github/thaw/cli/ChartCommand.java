package io.github.thaw.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.thaw.index.IndexMethod;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.report.Charts;
import io.github.thaw.report.SvgChart;
import io.github.thaw.scenario.Scenario;
import io.github.thaw.scenario.ScenarioComparison;
import io.github.thaw.seeds.TurkiyeArmenia;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Draws one chart as a standalone SVG file. */
@Command(
    name = "chart",
    mixinStandardHelpOptions = true,
    description = {
      "Draw one chart as SVG: the index over time (trajectory), scenarios against the baseline"
          + " (scenarios) or the dependency graph by status (graph).",
      "Without --out the SVG goes to stdout."
    })
final class ChartCommand implements Callable<Integer> {
  static {
    Headless.ensure();
  }

  /** The charts this command draws. */
  enum Kind {
    trajectory,
    scenarios,
    graph
  }

  @Mixin ModelOptions options;
  @Mixin MethodOption method;
  @Spec CommandSpec spec;

  @Option(
      names = "--kind",
      required = true,
      paramLabel = "trajectory|scenarios|graph",
      description = "Which chart.")
  Kind kind;

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write the SVG file.")
  Path out;

  @Option(
      names = "--scenario",
      paramLabel = "FILE",
      description =
          "For --kind scenarios: a scenario file; repeat for more. Default: the built-in"
              + " scenarios (built-in model only).")
  List<Path> scenarios = new ArrayList<>();

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = DateConverter.class,
      description =
          "The chart's date. Default: the model's asOf, else its latest event (for scenarios:"
              + " the latest date any of them sets a status, if later).")
  LocalDate asOf;

  @Override
  public Integer call() throws IOException {
    if (options.json() && out == null) {
      throw new ParameterException(
          spec.commandLine(), "--json needs --out: without it the SVG itself goes to stdout");
    }
    ProcessModel m = options.load();
    IndexMethod im = method.load(m);
    LocalDate date = asOf != null ? asOf : options.referenceDate(m, "--as-of");
    SvgChart chart =
        switch (kind) {
          case trajectory -> Charts.trajectory(im.prepare(m), date);
          case graph -> Charts.graph(m, date);
          case scenarios -> Charts.scenarios(compare(m, im));
        };
    PrintWriter o = spec.commandLine().getOut();
    if (out == null) {
      o.print(chart.document());
    } else {
      if (!Output.write(out, chart.document(), spec.commandLine().getErr())) {
        return ThawCommand.INVALID_INPUT;
      }
      if (options.json()) {
        ObjectNode root = Json.object();
        root.put("out", out.toString());
        root.put("id", chart.id());
        root.put("title", chart.title());
        o.println(Json.write(root));
      } else {
        o.printf("wrote %s: %s%n", out, chart.title());
      }
    }
    o.flush();
    return 0;
  }

  private ScenarioComparison compare(ProcessModel m, IndexMethod im) throws IOException {
    List<Scenario> list;
    if (!scenarios.isEmpty()) {
      list = CommandSupport.readScenarios(scenarios);
    } else if (options.builtIn()) {
      list = TurkiyeArmenia.scenarios();
    } else {
      throw new ParameterException(
          spec.commandLine(), CliMessages.scenariosNeeded("--kind scenarios", "--scenario FILE"));
    }
    return CommandSupport.compare(m, im, list, asOf);
  }
}
