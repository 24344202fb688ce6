package io.github.thaw.cli;

import static io.github.thaw.io.FileSyntax.YAML;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.thaw.io.SourceCheck;
import io.github.thaw.model.Event;
import io.github.thaw.model.ModelException;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.Problem;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.scenario.Scenario;
import io.github.thaw.seeds.TurkiyeArmenia;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
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
    mixinStandardHelpOptions = true,
    description = {
      "Check a model file, and scenario files against it.",
      "Every problem is listed as file:line:col: message (exit 3).",
      "Warns on stderr (exit 0) about events that take effect after the model's asOf, an asOf"
          + " earlier than every event, events that begin after every cited source was published,"
          + " and one source giving two statuses of a milestone on one day.",
      "With --sources DIR, also check each citation ID#N against the documents in DIR.",
      "With --method FILE, also check the method file against the model, as index would."
    })
final class ValidateCommand implements Callable<Integer> {
  @Mixin ModelOptions options;
  @Mixin MethodOption method;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "Scenario files to check and apply to the model.")
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
    for (Scenario s : CommandSupport.readScenarios(scenarios)) {
      try {
        s.applyTo(m);
      } catch (ModelException e) {
        problems.addAll(e.problems());
      }
    }
    try {
      method.load(m);
    } catch (ModelException e) {
      problems.addAll(e.problems());
    }
    SourceCheck.Result cited = null;
    if (sources != null) {
      Path file = options.modelFile();
      cited =
          file == null
              ? SourceCheck.check(TurkiyeArmenia.text(), "turkiye-armenia.yaml", YAML, sources)
              : SourceCheck.check(file, sources);
      problems.addAll(cited.problems());
    }
    if (!problems.isEmpty()) {
      throw new ModelException(problems);
    }
    List<String> warnings = new ArrayList<>(warnings(m, options.modelLabel()));
    for (String w : m.vintageWarnings()) {
      warnings.add(options.modelLabel() + ": warning: " + w);
    }
    for (String w : m.sameDayWarnings()) {
      warnings.add(options.modelLabel() + ": warning: " + w);
    }
    PrintWriter err = spec.commandLine().getErr();
    for (String warning : warnings) {
      err.println(warning);
    }
    err.flush();
    if (options.json()) {
      ObjectNode out = Json.object();
      out.put("valid", true);
      ArrayNode w = out.putArray("warnings");
      warnings.forEach(w::add);
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
              "valid: %s (%s): %s, %s, %s, %s; %s%n",
              options.modelLabel(),
              m.name(),
              CliMessages.count(m.milestones().size(), "milestone", "milestones"),
              CliMessages.count(m.dependencies().size(), "dependency", "dependencies"),
              CliMessages.count(m.events().size(), "event", "events"),
              CliMessages.count(m.sources().size(), "source", "sources"),
              CliMessages.count(scenarios.size(), "scenario file", "scenario files"));
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

  /**
   * Dates that make the model read differently from what its author may expect: every event that
   * takes effect after {@code asOf} (the reference date leaves it out), and an {@code asOf} earlier
   * than every event.
   */
  static List<String> warnings(ProcessModel m, String file) {
    List<String> out = new ArrayList<>();
    if (m.asOf().isEmpty()) {
      return out;
    }
    PartialDate asOf = m.asOf().get();
    LocalDate reference = asOf.effectiveDate();
    List<Event> events = m.events();
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).date().effectiveDate().isAfter(reference)) {
        out.add(CliMessages.eventAfterAsOf(file, i, events.get(i), asOf));
      }
    }
    m.events().stream()
        .map(e -> e.date().effectiveDate())
        .min(LocalDate::compareTo)
        .filter(reference::isBefore)
        .ifPresent(first -> out.add(CliMessages.asOfBeforeFirstEvent(file, asOf, first)));
    return out;
  }
}
