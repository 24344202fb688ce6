package io.github.thaw.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.thaw.index.GatingFinding;
import io.github.thaw.index.IndexMethod;
import io.github.thaw.io.ScenarioFiles;
import io.github.thaw.model.ModelException;
import io.github.thaw.model.Problem;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.scenario.Scenario;
import io.github.thaw.scenario.ScenarioComparison;
import io.github.thaw.scenario.ScenarioOutcome;
import io.github.thaw.seeds.TurkiyeArmenia;
import java.io.IOException;
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

/** Scenarios against the baseline: values, deltas, what they unblock and why. */
@Command(
    name = "compare",
    description = {
      "Compare what-if scenarios with the baseline.",
      "With no files, runs the built-in Türkiye–Armenia scenarios."
    })
final class CompareCommand implements Callable<Integer> {
  @Mixin ModelOptions options;
  @Mixin KnownAtOption knownAt;
  @Mixin MethodOption method;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SCENARIO_FILE", description = "Scenario files (YAML or JSON).")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = DateConverter.class,
      description = "Comparison date. Default: the latest date of any event or scenario change.")
  LocalDate asOf;

  @Option(names = "--strict", description = "Fail (exit 1) if a scenario introduces a gating cap.")
  boolean strict;

  @Override
  public Integer call() throws IOException {
    ProcessModel m = knownAt.apply(options.load());
    List<Scenario> scenarios = files.isEmpty() ? TurkiyeArmenia.scenarios() : read(files);
    ScenarioComparison c = compare(m, method.load(), scenarios, asOf);
    PrintWriter out = spec.commandLine().getOut();
    out.println(options.json ? Json.write(json(c)) : c.table());
    out.flush();
    if (strict && !c.violations().isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      c.violations().forEach(v -> err.println("strict: " + v));
      err.flush();
      return ThawCommand.CHECK_FAILED;
    }
    return 0;
  }

  static ScenarioComparison compare(
      ProcessModel m, IndexMethod method, List<Scenario> scenarios, LocalDate asOf) {
    return asOf == null
        ? ScenarioComparison.atLatest(m, method, scenarios)
        : ScenarioComparison.at(m, method, scenarios, asOf);
  }

  /** Reads every file, reporting the problems of all of them at once. */
  static List<Scenario> read(List<Path> files) throws IOException {
    List<Scenario> out = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Path f : files) {
      try {
        out.add(ScenarioFiles.read(f));
      } catch (ModelException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new ModelException(problems);
    }
    return out;
  }

  static ObjectNode json(ScenarioComparison c) {
    ObjectNode root = Json.object();
    root.put("asOf", c.date().toString());
    root.set("baseline", IndexJson.result(c.baseline()));
    ArrayNode list = root.putArray("scenarios");
    for (ScenarioOutcome o : c.outcomes()) {
      ObjectNode n = list.addObject();
      n.put("name", o.name());
      n.put("description", o.scenario().description());
      n.put("value", o.result().value());
      n.put("low", o.result().low());
      n.put("high", o.result().high());
      n.put("delta", o.delta());
      ObjectNode dims = n.putObject("dimensionDeltas");
      o.dimensionDeltas().forEach(dims::put);
      ArrayNode unblocked = n.putArray("unblocked");
      o.unblocked().forEach(id -> unblocked.add(id.value()));
      ArrayNode blocked = n.putArray("newlyBlocked");
      o.newlyBlocked().forEach(id -> blocked.add(id.value()));
      ObjectNode still = n.putObject("stillBlocked");
      o.stillBlocked()
          .forEach(
              (id, waits) -> {
                ArrayNode w = still.putArray(id.value());
                waits.forEach(p -> w.add(p.value()));
              });
      ArrayNode violations = n.putArray("violations");
      for (GatingFinding f : o.introducedFindings()) {
        violations.add(f.describe());
      }
      n.put("explanation", o.explain());
    }
    return root;
  }
}
