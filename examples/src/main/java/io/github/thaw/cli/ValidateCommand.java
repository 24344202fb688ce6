package io.github.thaw.cli;

import static io.github.thaw.io.ModelFormat.YAML;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.thaw.io.SourceCheck;
import io.github.thaw.model.ModelException;
import io.github.thaw.model.Problem;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.scenario.Scenario;
import io.github.thaw.seeds.TurkiyeArmenia;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checks a model file and reports every problem with its location. */
@Command(
    name = "validate",
    description = {
      "Check a model file, and scenario files against it.",
      "Every problem is listed as file:line:col: message (exit 3).",
      "With --sources DIR, also check each citation ID#N against the documents in DIR."
    })
final class ValidateCommand implements Callable<Integer> {
  @Mixin ModelOptions options;
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "SCENARIO_FILE",
      description = "Scenario files to check and apply to the model.")
  List<Path> scenarios = new ArrayList<>();

  @Option(
      names = "--sources",
      paramLabel = "DIR",
      description = {
        "Folder holding the documents the sources locate: check that each file is there and",
        "that every citation ID#N names a paragraph (non-empty line) of it."
      })
  Path sources;

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
    SourceCheck.Result cited = null;
    if (sources != null) {
      cited =
          options.model == null
              ? SourceCheck.check(TurkiyeArmenia.text(), "turkiye-armenia.yaml", YAML, sources)
              : SourceCheck.check(options.model, sources);
      problems.addAll(cited.problems());
    }
    if (!problems.isEmpty()) {
      throw new ModelException(problems);
    }
    if (options.json) {
      ObjectNode out = Json.object();
      out.put("valid", true);
      out.put("model", m.name());
      out.put("milestones", m.milestones().size());
      out.put("dependencies", m.dependencies().size());
      out.put("events", m.events().size());
      out.put("sources", m.sources().size());
      out.put("scenarios", scenarios.size());
      if (cited != null) {
        ObjectNode src = out.putObject("citations");
        src.put("checked", cited.citationsChecked());
        src.put("documents", cited.documentsRead());
        src.put("notChecked", cited.sourcesNotChecked());
      }
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
      if (cited != null) {
        spec.commandLine()
            .getOut()
            .printf(
                "citations: %d paragraphs found in %d documents in %s; %d sources without a file"
                    + " to check%n",
                cited.citationsChecked(),
                cited.documentsRead(),
                sources,
                cited.sourcesNotChecked());
      }
    }
    return 0;
  }
}
