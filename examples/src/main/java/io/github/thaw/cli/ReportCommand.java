package io.github.thaw.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.thaw.forecast.Backtest;
import io.github.thaw.forecast.Forecast;
import io.github.thaw.forecast.ForecastSummary;
import io.github.thaw.index.IndexMethod;
import io.github.thaw.model.Limits;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.report.FanChartData;
import io.github.thaw.report.HtmlReport;
import io.github.thaw.report.SensitivityData;
import io.github.thaw.report.SvgChart;
import io.github.thaw.scenario.Scenario;
import io.github.thaw.seeds.TurkiyeArmenia;
import io.github.thaw.sensitivity.IndexRobustness;
import io.github.thaw.sensitivity.IndexSensitivity;
import io.github.thaw.sensitivity.RobustnessResult;
import io.github.thaw.sensitivity.SobolResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes the self-contained HTML report. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Write one self-contained HTML report: summary, timeline with sources, dependency graph,"
          + " scenarios, forecast, sensitivity and robustness sections, and a methodology appendix.",
      "Charts are inline SVG; the page runs no script and loads nothing from the network."
    })
final class ReportCommand implements Callable<Integer> {
  static {
    Headless.ensure();
  }

  @Mixin ModelOptions options;
  @Mixin MethodOption method;
  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Where to write the report. Default: ${DEFAULT-VALUE}.")
  Path out = Path.of("report.html");

  @Option(
      names = "--scenario",
      paramLabel = "FILE",
      description =
          "A scenario file to compare with the baseline; repeat for more. Default: the built-in"
              + " scenarios for the built-in model, none for a model file.")
  List<Path> scenarios = new ArrayList<>();

  @Mixin AsOfOption asOf;

  @Option(
      names = "--sensitivity-samples",
      paramLabel = "N",
      description =
          "Base samples of the index's Sobol' analysis in the report; 0 leaves it out. Default:"
              + " ${DEFAULT-VALUE}.")
  int sensitivitySamples = 256;

  @Option(
      names = "--forecast-samples",
      paramLabel = "N",
      description =
          "Paths of the forecast fan in the report; 0 leaves it out. Default: ${DEFAULT-VALUE}.")
  long forecastSamples = 2000;

  @Option(
      names = "--robustness-variants",
      paramLabel = "N",
      description =
          "Base samples N of the robustness analysis in the report (2N method variants); 0 leaves"
              + " it out. Default: ${DEFAULT-VALUE}.")
  int robustnessVariants = 128;

  @Option(
      names = "--backtest-samples",
      paramLabel = "N",
      description =
          "Paths per origin of a backtest section (thaw backtest's defaults otherwise); 0 leaves"
              + " it out. Default: ${DEFAULT-VALUE}.")
  long backtestSamples = 0;

  private static final long SENSITIVITY_SEED = 11;

  /**
   * The three milestones at the end of the longest chains of hard prerequisites: the ones that
   * wait. Ties go to the model's order. O(milestones + dependencies): each depth is computed once,
   * in topological order, never inside the sort.
   */
  static List<String> curveMilestones(ProcessModel m) {
    java.util.Map<MilestoneId, Integer> depth = new java.util.HashMap<>();
    for (MilestoneId id : m.topologicalOrder()) {
      int d = 0;
      for (MilestoneId p : m.prerequisites(id)) {
        d = Math.max(d, depth.getOrDefault(p, 0) + 1);
      }
      depth.put(id, d);
    }
    List<Milestone> all = m.milestones();
    Integer[] order = new Integer[all.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    int[] key = new int[all.size()];
    for (int i = 0; i < key.length; i++) {
      key[i] = depth.getOrDefault(all.get(i).id(), 0);
    }
    java.util.Arrays.sort(
        order, java.util.Comparator.comparingInt((Integer i) -> -key[i]).thenComparingInt(i -> i));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < Math.min(3, order.length); i++) {
      out.add(all.get(order[i]).id().value());
    }
    return out;
  }

  @Override
  public Integer call() throws IOException {
    OptionLimits.zeroOrRange(
        spec.commandLine(),
        "--sensitivity-samples",
        sensitivitySamples,
        2,
        Limits.MAX_SOBOL_BASE_SAMPLES);
    OptionLimits.zeroOrRange(
        spec.commandLine(),
        "--robustness-variants",
        robustnessVariants,
        2,
        Limits.MAX_SOBOL_BASE_SAMPLES);
    OptionLimits.zeroOrRange(
        spec.commandLine(), "--forecast-samples", forecastSamples, 1, Limits.MAX_FORECAST_SAMPLES);
    OptionLimits.zeroOrRange(
        spec.commandLine(), "--backtest-samples", backtestSamples, 1, Limits.MAX_FORECAST_SAMPLES);
    ProcessModel m = options.load();
    List<Scenario> list =
        !scenarios.isEmpty()
            ? CommandSupport.readScenarios(scenarios)
            : options.builtIn() ? TurkiyeArmenia.scenarios() : List.of();
    IndexMethod im = method.load(m);
    String forecastProblem = null;
    String sensitivityProblem = null;
    LocalDate date = asOf.orReference(m);
    HtmlReport.Builder builder = HtmlReport.builder(m).method(im).asOf(date).scenarios(list);
    if (sensitivitySamples > 0) {
      try {
        SobolResult r =
            IndexSensitivity.of(m, date).method(im).analyze(sensitivitySamples, SENSITIVITY_SEED);
        builder.sensitivity(
            SensitivityData.of("index at " + date, r),
            String.format(
                java.util.Locale.ROOT,
                "Sobol' indices of the index over milestone and dimension weights (±50%%) and the"
                    + " scores of AGREED and IN_PROGRESS; N = %d, seed %d, %d evaluations, %d%%"
                    + " bootstrap intervals.",
                sensitivitySamples,
                SENSITIVITY_SEED,
                r.evaluations(),
                Math.round(r.confidence() * 100)));
      } catch (IllegalArgumentException e) {
        sensitivityProblem = e.getMessage();
      }
    }
    String robustnessProblem = null;
    if (robustnessVariants > 0) {
      try {
        RobustnessResult r =
            IndexRobustness.of(m, date).analyze(robustnessVariants, SENSITIVITY_SEED);
        builder.robustness(
            r,
            String.format(
                java.util.Locale.ROOT,
                "Nine method choices varied jointly in a Saltelli design (docs/methodology.md); N ="
                    + " %d, seed %d, %d evaluations.",
                robustnessVariants,
                SENSITIVITY_SEED,
                (IndexRobustness.FACTORS.size() + 2) * robustnessVariants));
      } catch (IllegalArgumentException e) {
        robustnessProblem = e.getMessage();
      }
    }
    if (forecastSamples > 0) {
      try {
        ForecastSummary f =
            Forecast.builder(m)
                .asOf(date)
                .method(im)
                .samples(forecastSamples)
                .build()
                .run(SENSITIVITY_SEED);
        List<String> curves = curveMilestones(m);
        builder.forecast(
            FanChartData.of(f, curves),
            String.format(
                java.util.Locale.ROOT,
                "Monte Carlo forecast from %s to %s: %d paths, seed %d, step rates calibrated on the"
                    + " model's own record (see docs/forecasting.md). Curves: P(COMPLETED) of %s.",
                f.asOf(),
                f.horizon(),
                f.samples(),
                f.seed(),
                String.join(", ", curves)));
      } catch (IllegalArgumentException e) {
        // A model whose record cannot calibrate a forecast gets the report without one; the
        // forecast section then says it was not computed.
        forecastProblem = e.getMessage();
      }
    }
    String backtestProblem = null;
    if (backtestSamples > 0) {
      try {
        builder.backtest(
            Backtest.builder(m).samples(backtestSamples).seed(SENSITIVITY_SEED).build().run(),
            String.format(
                java.util.Locale.ROOT,
                "%d paths per origin, seed %d (thaw backtest, docs/forecasting.md).",
                backtestSamples,
                SENSITIVITY_SEED));
      } catch (IllegalArgumentException e) {
        backtestProblem = e.getMessage();
      }
    }
    HtmlReport report = builder.build();
    if (!Output.write(out, report.html(), spec.commandLine().getErr())) {
      return ThawCommand.INVALID_INPUT;
    }
    PrintWriter o = spec.commandLine().getOut();
    if (options.json()) {
      ObjectNode root = Json.object();
      root.put("out", out.toString());
      root.put("asOf", report.asOf().toString());
      root.put("bytes", report.html().getBytes(StandardCharsets.UTF_8).length);
      ArrayNode charts = root.putArray("charts");
      report.charts().forEach(c -> charts.add(c.id()));
      ObjectNode skipped = root.putObject("notComputed");
      if (forecastProblem != null) {
        skipped.put("forecast", forecastProblem);
      }
      if (sensitivityProblem != null) {
        skipped.put("sensitivity", sensitivityProblem);
      }
      if (robustnessProblem != null) {
        skipped.put("robustness", robustnessProblem);
      }
      if (backtestProblem != null) {
        skipped.put("backtest", backtestProblem);
      }
      o.println(Json.write(root));
    } else {
      o.printf(
          "wrote %s: report on %s as of %s, %d charts (%s)%n",
          out,
          m.name(),
          report.asOf(),
          report.charts().size(),
          String.join(", ", report.charts().stream().map(SvgChart::id).toList()));
    }
    if (!options.json() && forecastProblem != null) {
      o.printf("forecast not computed: %s%n", forecastProblem);
    }
    if (!options.json() && sensitivityProblem != null) {
      o.printf("sensitivity not computed: %s%n", sensitivityProblem);
    }
    if (!options.json() && robustnessProblem != null) {
      o.printf("robustness not computed: %s%n", robustnessProblem);
    }
    if (!options.json() && backtestProblem != null) {
      o.printf("backtest not computed: %s%n", backtestProblem);
    }
    o.flush();
    return 0;
  }
}
