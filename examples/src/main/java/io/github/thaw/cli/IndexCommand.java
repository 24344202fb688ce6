package io.github.thaw.cli;

import io.github.thaw.index.IndexResult;
import io.github.thaw.model.ProcessModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The normalization-progress index at a date, with its breakdown and explanation. */
@Command(
    name = "index",
    description = "The normalization-progress index at a date, explained milestone by milestone.")
final class IndexCommand implements Callable<Integer> {
  @Mixin ModelOptions options;
  @Mixin MethodOption method;
  @Spec CommandSpec spec;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = DateConverter.class,
      description = "YYYY, YYYY-MM or YYYY-MM-DD. Default: the date of the latest event.")
  LocalDate asOf;

  @Override
  public Integer call() throws IOException {
    ProcessModel m = options.load();
    IndexResult r = method.load().evaluate(m, asOf != null ? asOf : ModelOptions.defaultDate(m));
    PrintWriter out = spec.commandLine().getOut();
    out.println(options.json ? Json.write(IndexJson.result(r)) : r.explain());
    out.flush();
    return 0;
  }
}
