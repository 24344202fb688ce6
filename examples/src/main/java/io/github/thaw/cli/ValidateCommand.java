package io.github.thaw.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.thaw.model.ModelException;
import io.github.thaw.model.Problem;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.scenario.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checks a model file and reports every problem with its location. */
@Command(
    name = "validate",
    description = {
      "Check a model file, and scenario files against it.",
      "Every problem is listed as file:line:col: message (exit 3)."
    })
final class ValidateCommand implements Callable<Integer> {
  @Mixin ModelOptions options;
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "SCENARIO_FILE",
      description = "Scenario files to check and apply to the model.")
  List<Path> scenarios = new ArrayList<>();

  @Override
  public Integer call() throws java.io.IOException {
    ProcessModel m = options.load();
    List<Problem> problems = new ArrayList<>();
    for (Scenario s : CompareCommand.read(scenarios)) {
      try {
        s.applyTo(m);
      } catch (ModelException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new ModelException(problems);
    }
    List<String> warnings = m.vintageWarnings();
    if (options.json) {
      ObjectNode out = Json.object();
      out.put("valid", true);
      com.fasterxml.jackson.databind.node.ArrayNode w = out.putArray("warnings");
      warnings.forEach(w::add);
      out.put("model", m.name());
      out.put("milestones", m.milestones().size());
      out.put("dependencies", m.dependencies().size());
      out.put("events", m.events().size());
      out.put("sources", m.sources().size());
      out.put("scenarios", scenarios.size());
      spec.commandLine().getOut().println(Json.write(out));
    } else {
      spec.commandLine()
          .getOut()
          .printf(
              "valid: %s (%s): %d milestones, %d dependencies, %d events, %d sources; %d"
                  + " scenario files%n",
              options.modelLabel(),
              m.name(),
              m.milestones().size(),
              m.dependencies().size(),
              m.events().size(),
              m.sources().size(),
              scenarios.size());
    }
    if (!options.json) {
      java.io.PrintWriter err = spec.commandLine().getErr();
      for (String w : warnings) {
        err.println(options.modelLabel() + ": warning: " + w);
      }
      err.flush();
    }
    return 0;
  }
}
