package io.github.thaw.cli;

import io.github.thaw.index.ProgressIndex;
import io.github.thaw.index.Trajectory;
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

/** The index over time: at every event date, or monthly, with what moved it. */
@Command(
    name = "trajectory",
    mixinStandardHelpOptions = true,
    description =
        "The index over time, at every event date or monthly, with the events that moved it.")
final class TrajectoryCommand implements Callable<Integer> {
  @Mixin ModelOptions options;
  @Mixin KnownAtOption knownAt;
  @Mixin MethodOption method;
  @Spec CommandSpec spec;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      converter = StartDateConverter.class,
      description =
          "First date; a month or year means its first day. Default: the first status event.")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      converter = DateConverter.class,
      description =
          "Last date; a month or year means its last day. Default: the model's asOf, else its"
              + " latest event.")
  LocalDate to;

  @Option(names = "--monthly", description = "One point at the end of every month.")
  boolean monthly;

  @Override
  public Integer call() throws IOException {
    ProcessModel m = knownAt.apply(options.load());
    LocalDate end = to != null ? to : options.referenceDate(m, "--to");
    LocalDate from = this.from != null ? this.from : CommandSupport.defaultFrom(m, end);
    if (from.isAfter(end)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--from " + from + " is after --to " + end);
    }
    ProgressIndex index = method.load(m).prepare(m);
    Trajectory t = monthly ? index.monthly(from, end) : index.trajectory(from, end);
    PrintWriter out = spec.commandLine().getOut();
    if (options.json()) {
      com.fasterxml.jackson.databind.node.ArrayNode points = IndexJson.trajectory(t);
      // Beside each revised value, the value as it could have been computed on its date.
      double[] realTime = t.realTime(m);
      for (int i = 0; i < realTime.length; i++) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) points.get(i))
            .put("realTime", realTime[i]);
      }
      out.println(Json.write(points));
    } else {
      CommandSupport.printTrajectory(m, t, out);
    }
    out.flush();
    return 0;
  }
}
