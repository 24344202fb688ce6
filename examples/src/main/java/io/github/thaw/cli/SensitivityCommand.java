package io.github.thaw.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.thaw.model.Limits;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.seeds.TurkiyeArmenia;
import io.github.thaw.sensitivity.ForecastSensitivity;
import io.github.thaw.sensitivity.IndexSensitivity;
import io.github.thaw.sensitivity.SobolResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Which assumptions drive the conclusion: Sobol' indices, ranked. */
@Command(
    name = "sensitivity",
    mixinStandardHelpOptions = true,
    description = {
      "Rank the assumptions behind the index by their Sobol' indices.",
      "index: milestone and dimension weights and the scores of AGREED and IN_PROGRESS.",
      "forecast: P(--milestone COMPLETED by the horizon) over the calibrated step rates and the"
          + " soft factor."
    })
final class SensitivityCommand implements Callable<Integer> {
  /** What to analyse. */
  enum Target {
    index,
    forecast
  }

  @Mixin ModelOptions options;
  @Mixin MethodOption method;
  @Spec CommandSpec spec;

  @Option(
      names = "--target",
      paramLabel = "index|forecast",
      description = "What to analyse. Default: ${DEFAULT-VALUE}.")
  Target target = Target.index;

  @Option(
      names = "--samples",
      paramLabel = "N",
      description =
          "Base samples (a power of two suits Sobol' sampling). Default: ${DEFAULT-VALUE}.")
  int samples = 1024;

  @Option(names = "--seed", paramLabel = "N", description = "Seed. Default: ${DEFAULT-VALUE}.")
  long seed = 11;

  @Option(
      names = "--milestone",
      paramLabel = "ID",
      description =
          "For --target forecast: the milestone. Required with --model; default for the built-in"
              + " model: "
              + TurkiyeArmenia.HEADLINE_MILESTONE
              + ".")
  String milestone;

  @Mixin AsOfOption asOf;

  @Override
  public Integer call() throws IOException {
    if (samples < 2) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--samples is " + samples + "; it must be at least 2");
    }
    OptionLimits.range(spec.commandLine(), "--samples", samples, 2, Limits.MAX_SOBOL_BASE_SAMPLES);
    String subject = target == Target.forecast ? milestone() : null;
    ProcessModel m = options.load();
    if (target == Target.forecast && subject == null) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          CliMessages.milestoneNeeded(
              m.name(), m.milestones().stream().map(x -> x.id().value()).toList()));
    }
    LocalDate date = asOf.orReference(m);
    SobolResult r =
        target == Target.index
            ? IndexSensitivity.of(m, date).method(method.load(m)).analyze(samples, seed)
            : ForecastSensitivity.of(m, date, subject).analyze(samples, seed);
    PrintWriter out = spec.commandLine().getOut();
    if (options.json()) {
      out.println(Json.write(json(r, date, subject)));
    } else {
      out.printf(
          "Sensitivity of %s of '%s' as of %s (N = %d, seed %d, %d evaluations)%n%n",
          target == Target.index ? "the index" : "P(" + subject + " completed within five years)",
          m.name(),
          date,
          samples,
          seed,
          r.evaluations());
      out.print(r.table());
    }
    out.flush();
    return 0;
  }

  /** The milestone given, or the built-in model's headline milestone; null for another model. */
  private String milestone() {
    if (milestone != null) {
      return milestone;
    }
    return options.builtIn() ? TurkiyeArmenia.HEADLINE_MILESTONE : null;
  }

  private ObjectNode json(SobolResult r, LocalDate date, String subject) {
    ObjectNode root = Json.object();
    root.put("target", target.name());
    if (target == Target.forecast) {
      root.put("milestone", subject);
    }
    root.put("asOf", date.toString());
    root.put("samples", samples);
    root.put("seed", seed);
    root.put("evaluations", r.evaluations());
    ArrayNode ranked = root.putArray("parameters");
    for (SobolResult.Entry e : r.ranked()) {
      ObjectNode o = ranked.addObject();
      o.put("rank", e.rank());
      o.put("name", e.name());
      o.put("firstOrder", e.firstOrder());
      o.put("firstOrderLow", e.firstOrderLow());
      o.put("firstOrderHigh", e.firstOrderHigh());
      o.put("totalOrder", e.totalOrder());
      o.put("totalOrderLow", e.totalOrderLow());
      o.put("totalOrderHigh", e.totalOrderHigh());
    }
    return root;
  }
}
