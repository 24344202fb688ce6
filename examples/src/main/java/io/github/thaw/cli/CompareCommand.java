package io.github.thaw.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.thaw.forecast.Forecast;
import io.github.thaw.forecast.ForecastSummary;
import io.github.thaw.forecast.IndexFanPoint;
import io.github.thaw.forecast.MilestoneForecast;
import io.github.thaw.forecast.ScenarioForecasts;
import io.github.thaw.index.GatingFinding;
import io.github.thaw.index.IndexMethod;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.scenario.Scenario;
import io.github.thaw.scenario.ScenarioComparison;
import io.github.thaw.scenario.ScenarioOutcome;
import io.github.thaw.seeds.TurkiyeArmenia;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Scenarios against the baseline: values, deltas, what they unblock and why. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Compare what-if scenarios with the baseline.",
      "With no files, runs the built-in Türkiye–Armenia scenarios on the built-in model."
    })
final class CompareCommand implements Callable<Integer> {
  @Mixin ModelOptions options;
  @Mixin KnownAtOption knownAt;
  @Mixin MethodOption method;
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      description =
          "Scenario files (YAML or JSON). None: the built-in scenarios, for the built-in model"
              + " only.")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = DateConverter.class,
      description =
          "Comparison date. Default: the model's asOf, else its latest event, or the latest date a"
              + " scenario sets a status if later.")
  LocalDate asOf;

  @Option(names = "--strict", description = "Fail (exit 1) if a scenario introduces a gating cap.")
  boolean strict;

  @Option(
      names = "--horizon",
      paramLabel = "YYYY-MM",
      converter = MonthConverter.class,
      description =
          "Also compare the scenarios as forecasts to this month: index P10/P50/P90 and each"
              + " milestone's chance of completion (docs/forecasting.md).")
  YearMonth horizon;

  @Option(
      names = "--samples",
      paramLabel = "N",
      description = "Paths per forecast with --horizon. Default: ${DEFAULT-VALUE}.")
  long samples = Forecast.DEFAULT_SAMPLES;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Seed of every forecast with --horizon. Default: ${DEFAULT-VALUE}.")
  long seed = Forecast.DEFAULT_SEED;

  @Override
  public Integer call() throws IOException {
    if (files.isEmpty() && !options.builtIn()) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), CliMessages.scenariosNeeded("compare", "scenario FILE"));
    }
    ProcessModel m = knownAt.apply(options.load());
    List<Scenario> scenarios =
        files.isEmpty() ? TurkiyeArmenia.scenarios() : CommandSupport.readScenarios(files);
    IndexMethod im = method.load(m);
    ScenarioComparison c = CommandSupport.compare(m, im, scenarios, asOf);
    ScenarioForecasts f =
        horizon == null ? null : ScenarioForecasts.run(m, im, scenarios, horizon, samples, seed);
    PrintWriter out = spec.commandLine().getOut();
    if (options.json()) {
      ObjectNode root = json(c);
      if (f != null) {
        addForecasts(root, f);
      }
      out.println(Json.write(root));
    } else {
      out.println(c.table());
      if (f != null) {
        out.print(forecastTable(f, scenarios));
      }
    }
    out.flush();
    if (strict && !c.violations().isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      c.violations().forEach(v -> err.println("strict: " + v));
      err.flush();
      return ThawCommand.CHECK_FAILED;
    }
    return 0;
  }

  /** Adds {@code "forecast"} to the baseline and to each scenario entry, and the run's settings. */
  static void addForecasts(ObjectNode root, ScenarioForecasts f) {
    root.put("horizon", f.horizon().toString());
    root.put("samples", f.baseline().samples());
    root.put("seed", f.baseline().seed());
    ((ObjectNode) root.get("baseline")).set("forecast", forecast(f.baseline()));
    ArrayNode list = (ArrayNode) root.get("scenarios");
    for (int i = 0; i < list.size(); i++) {
      ((ObjectNode) list.get(i)).set("forecast", forecast(f.scenarios().get(i)));
    }
  }

  private static ObjectNode forecast(ForecastSummary s) {
    ObjectNode n = Json.object();
    IndexFanPoint p = ScenarioForecasts.atHorizon(s);
    ObjectNode index = n.putObject("index");
    index.put("p10", p.p10());
    index.put("p50", p.p50());
    index.put("p90", p.p90());
    ObjectNode done = n.putObject("pCompletedByHorizon");
    for (MilestoneForecast m : s.milestones()) {
      done.put(m.milestone().value(), m.pCompletedByHorizon());
    }
    return n;
  }

  /** Per scenario: the index fan at the horizon and the milestone whose chance moves most. */
  static String forecastTable(ScenarioForecasts f, List<Scenario> scenarios) {
    StringBuilder s = new StringBuilder();
    ForecastSummary base = f.baseline();
    s.append(
        String.format(
            Locale.ROOT,
            "%nAs forecasts to %s (%,d paths, seed %d, the same paths for every scenario):%n",
            f.horizon(),
            base.samples(),
            base.seed()));
    s.append(
        String.format(
            Locale.ROOT,
            "%-32s %7s %7s %7s %8s  %s%n",
            "scenario",
            "P10",
            "P50",
            "P90",
            "dP50",
            "largest change in P(completed by the horizon)"));
    IndexFanPoint b = ScenarioForecasts.atHorizon(base);
    s.append(row("(no scenario)", b, b, ""));
    for (int i = 0; i < scenarios.size(); i++) {
      ForecastSummary x = f.scenarios().get(i);
      String largest = "";
      double most = 0;
      for (MilestoneForecast m : x.milestones()) {
        String id = m.milestone().value();
        double d = m.pCompletedByHorizon() - base.pCompletedByHorizon(id);
        if (Math.abs(d) > Math.abs(most) + 1e-12) {
          most = d;
          largest =
              String.format(
                  Locale.ROOT,
                  "%s %.3f -> %.3f",
                  id,
                  base.pCompletedByHorizon(id),
                  m.pCompletedByHorizon());
        }
      }
      s.append(row(scenarios.get(i).name(), ScenarioForecasts.atHorizon(x), b, largest));
    }
    return s.toString();
  }

  private static String row(String name, IndexFanPoint p, IndexFanPoint base, String largest) {
    return String.format(
        Locale.ROOT,
        "%-32s %7.2f %7.2f %7.2f %+8.2f  %s%n",
        name,
        p.p10(),
        p.p50(),
        p.p90(),
        p.p50() - base.p50(),
        largest);
  }

  static ObjectNode json(ScenarioComparison c) {
    ObjectNode root = Json.object();
    root.put("asOf", c.date().toString());
    root.set("baseline", IndexJson.result(c.baseline()));
    ArrayNode list = root.putArray("scenarios");
    for (ScenarioOutcome o : c.outcomes()) {
      ObjectNode n = list.addObject();
      n.put("name", o.name());
      n.put("description", o.scenario().description());
      n.put("value", o.result().value());
      n.put("low", o.result().low());
      n.put("high", o.result().high());
      n.put("delta", o.delta());
      ObjectNode dims = n.putObject("dimensionDeltas");
      o.dimensionDeltas().forEach(dims::put);
      ArrayNode unblocked = n.putArray("unblocked");
      o.unblocked().forEach(id -> unblocked.add(id.value()));
      ArrayNode blocked = n.putArray("newlyBlocked");
      o.newlyBlocked().forEach(id -> blocked.add(id.value()));
      ObjectNode still = n.putObject("stillBlocked");
      o.stillBlocked()
          .forEach(
              (id, waits) -> {
                ArrayNode w = still.putArray(id.value());
                waits.forEach(p -> w.add(p.value()));
              });
      ArrayNode violations = n.putArray("violations");
      for (GatingFinding f : o.introducedFindings()) {
        violations.add(f.describe());
      }
      n.put("explanation", o.explain());
    }
    return root;
  }
}
