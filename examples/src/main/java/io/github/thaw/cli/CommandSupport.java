package io.github.thaw.cli;

import io.github.thaw.index.IndexMethod;
import io.github.thaw.index.Trajectory;
import io.github.thaw.index.TrajectoryPoint;
import io.github.thaw.io.ScenarioFiles;
import io.github.thaw.model.Event;
import io.github.thaw.model.ModelException;
import io.github.thaw.model.Problem;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.scenario.Scenario;
import io.github.thaw.scenario.ScenarioComparison;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What more than one command does the same way: reading scenario files, comparing scenarios,
 * printing a trajectory. A helper that a second command needs moves here rather than being called
 * on the first command's class.
 */
final class CommandSupport {
  private CommandSupport() {}

  /** Compares scenarios at a date, or at the model's reference date when none is given. */
  static ScenarioComparison compare(
      ProcessModel m, IndexMethod method, List<Scenario> scenarios, LocalDate asOf) {
    return asOf == null
        ? ScenarioComparison.atLatest(m, method, scenarios)
        : ScenarioComparison.at(m, method, scenarios, asOf);
  }

  /** Reads every file, reporting the problems of all of them at once. */
  static List<Scenario> readScenarios(List<Path> files) throws IOException {
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

  /**
   * Where a trajectory starts when no date is given: the first date a status event takes effect, so
   * every status event shows on its own date; the end date if that is earlier or there is none.
   */
  static LocalDate defaultFrom(ProcessModel m, LocalDate end) {
    return m.events().stream()
        .filter(e -> !e.isContext())
        .map(e -> e.date().effectiveDate())
        .min(LocalDate::compareTo)
        .filter(first -> first.isBefore(end))
        .orElse(end);
  }

  /** Prints a trajectory as the {@code trajectory} command and the bare {@code thaw} do. */
  static void printTrajectory(ProcessModel m, Trajectory t, PrintWriter out) {
    out.printf("%s: index over time%n", m.name());
    out.printf(
        Locale.ROOT,
        "%-10s  %6s  %-13s  %6s  %6s  %6s  %s%n",
        "date",
        "value",
        "band",
        "delta",
        "agreed",
        "impl",
        "moved by");
    for (TrajectoryPoint p : t.points()) {
      List<String> moved = new ArrayList<>();
      for (Event e : p.events()) {
        moved.add(e.milestone().orElseThrow() + " " + e.status().orElseThrow() + " " + e.sources());
      }
      out.printf(
          Locale.ROOT,
          "%-10s  %6.1f  [%4.1f, %4.1f]  %+6.1f  %6.1f  %6.1f  %s%n",
          p.date(),
          p.value(),
          p.low(),
          p.high(),
          p.delta(),
          p.agreement(),
          p.implementation(),
          String.join("; ", moved));
    }
  }
}
