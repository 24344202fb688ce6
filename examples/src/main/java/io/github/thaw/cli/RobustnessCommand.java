package io.github.thaw.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.thaw.model.Limits;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.sensitivity.IndexRobustness;
import io.github.thaw.sensitivity.RobustnessResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The index under every method choice an analyst could defend, varied jointly. */
@Command(
    name = "robustness",
    mixinStandardHelpOptions = true,
    description = {
      "The index under every defensible method choice, varied jointly: spread of the value, of"
          + " its change between two dates, and each choice's Sobol' indices.",
      "Choices: scores, milestone and dimension weights, aggregation at each level, gating,"
          + " reading rule, date rule, dispute window, unscored context (docs/methodology.md)."
    })
final class RobustnessCommand implements Callable<Integer> {
  @Mixin ModelOptions options;
  @Spec CommandSpec spec;
  @Mixin AsOfOption asOf;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      converter = DateConverter.class,
      description = "Start of the change. Default: a year before --to.")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      converter = DateConverter.class,
      description = "End of the change. Default: the as-of date.")
  LocalDate to;

  @Option(
      names = "--variants",
      paramLabel = "N",
      description =
          "Base samples N of the Saltelli design (N × 12 evaluations; a power of two suits"
              + " Sobol' points). Default: ${DEFAULT-VALUE}.")
  int variants = 1024;

  @Option(names = "--seed", paramLabel = "N", description = "Seed. Default: ${DEFAULT-VALUE}.")
  long seed = 11;

  @Override
  public Integer call() throws IOException {
    OptionLimits.range(
        spec.commandLine(), "--variants", variants, 2, Limits.MAX_SOBOL_BASE_SAMPLES);
    ProcessModel m = options.load();
    LocalDate date = asOf.orReference(m);
    LocalDate end = to != null ? to : date;
    LocalDate start = from != null ? from : end.minusYears(1);
    if (start.isAfter(end)) {
      throw new ParameterException(spec.commandLine(), "--from " + start + " is after --to " + end);
    }
    RobustnessResult r = IndexRobustness.of(m, date).change(start, end).analyze(variants, seed);
    PrintWriter out = spec.commandLine().getOut();
    if (options.json()) {
      out.println(Json.write(json(r)));
    } else {
      out.printf("Robustness of the index of '%s' (N = %d, seed %d)%n%n", m.name(), variants, seed);
      out.print(r.describe());
    }
    out.flush();
    return 0;
  }

  static ObjectNode json(RobustnessResult r) {
    ObjectNode root = Json.object();
    root.put("asOf", r.asOf().toString());
    root.put("variants", r.variants());
    ObjectNode value = root.putObject("value");
    value.put("p5", r.value().p5());
    value.put("p50", r.value().p50());
    value.put("p95", r.value().p95());
    value.put("min", r.value().min());
    value.put("max", r.value().max());
    ObjectNode change = root.putObject("change");
    change.put("from", r.change().from().toString());
    change.put("to", r.change().to().toString());
    change.put("p5", r.change().p5());
    change.put("p50", r.change().p50());
    change.put("p95", r.change().p95());
    change.put("pRise", r.change().pRise());
    ArrayNode factors = root.putArray("factors");
    for (RobustnessResult.Factor f : r.factors()) {
      ObjectNode o = factors.addObject();
      o.put("name", f.name());
      o.put("firstOrder", f.firstOrder());
      o.put("totalOrder", f.totalOrder());
    }
    return root;
  }
}
