package io.github.thaw.cli;

import io.github.thaw.index.IndexResult;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.sensitivity.IndexRobustness;
import io.github.thaw.sensitivity.RobustnessResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The normalization-progress index at a date, with its breakdown and explanation. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = "The normalization-progress index at a date, explained milestone by milestone.")
final class IndexCommand implements Callable<Integer> {
  @Mixin ModelOptions options;
  @Mixin KnownAtOption knownAt;
  @Mixin MethodOption method;
  @Spec CommandSpec spec;

  @Mixin AsOfOption asOf;

  /** Base samples of the method range printed beside the value: 1,536 evaluations. */
  static final int RANGE_VARIANTS = 128;

  static final long RANGE_SEED = 11;

  @Override
  public Integer call() throws IOException {
    ProcessModel m = knownAt.apply(options.load());
    IndexResult r = method.load(m).evaluate(m, asOf.orReference(m));
    PrintWriter out = spec.commandLine().getOut();
    if (options.json()) {
      out.println(Json.write(IndexJson.result(r)));
    } else {
      RobustnessResult range = IndexRobustness.of(m, r.asOf()).analyze(RANGE_VARIANTS, RANGE_SEED);
      String explained = r.explain();
      int firstLine = explained.indexOf('\n') + 1;
      out.print(explained.substring(0, firstLine));
      out.printf(
          Locale.ROOT,
          "Method range: %.1f to %.1f (P5–P95 over %d defensible methods; thaw robustness"
              + " --variants %d --seed %d).%n",
          range.value().p5(),
          range.value().p95(),
          2 * RANGE_VARIANTS,
          RANGE_VARIANTS,
          RANGE_SEED);
      out.println(explained.substring(firstLine));
    }
    out.flush();
    return 0;
  }
}
