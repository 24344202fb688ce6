package io.github.thaw.cli;

import io.github.thaw.index.IndexResult;
import io.github.thaw.model.ProcessModel;
import java.io.IOException;
import java.io.PrintWriter;
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
  @Mixin MethodOption method;
  @Spec CommandSpec spec;

  @Mixin AsOfOption asOf;

  @Override
  public Integer call() throws IOException {
    ProcessModel m = options.load();
    IndexResult r = method.load().evaluate(m, asOf.orReference(m));
    PrintWriter out = spec.commandLine().getOut();
    out.println(options.json() ? Json.write(IndexJson.result(r)) : r.explain());
    out.flush();
    return 0;
  }
}
