package io.github.thaw.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.thaw.model.ProcessModel;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Checks a model file and reports every problem with its location. */
@Command(
    name = "validate",
    description = "Check a model file; list every problem as file:line:col: message (exit 3).")
final class ValidateCommand implements Callable<Integer> {
  @Mixin ModelOptions options;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws java.io.IOException {
    ProcessModel m = options.load();
    if (options.json) {
      ObjectNode out = Json.object();
      out.put("valid", true);
      out.put("model", m.name());
      out.put("milestones", m.milestones().size());
      out.put("dependencies", m.dependencies().size());
      out.put("events", m.events().size());
      out.put("sources", m.sources().size());
      spec.commandLine().getOut().println(Json.write(out));
    } else {
      spec.commandLine()
          .getOut()
          .printf(
              "valid: %s (%s): %d milestones, %d dependencies, %d events, %d sources%n",
              options.modelLabel(),
              m.name(),
              m.milestones().size(),
              m.dependencies().size(),
              m.events().size(),
              m.sources().size());
    }
    return 0;
  }
}
