package io.github.thaw.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.thaw.model.Dimension;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.MilestoneState;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.ProcessState;
import io.github.thaw.model.Status;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Each milestone's status at a date, by dimension, and the prerequisites it still waits for. */
@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    description = "Milestones with their status as of a date, and what each waits for.")
final class SummaryCommand implements Callable<Integer> {
  @Mixin ModelOptions options;
  @Mixin KnownAtOption knownAt;
  @Spec CommandSpec spec;

  @Mixin AsOfOption asOf;

  @Override
  public Integer call() throws java.io.IOException {
    ProcessModel m = knownAt.apply(options.load());
    LocalDate date = asOf.orReference(m);
    ProcessState state = m.stateAt(date);
    PrintWriter out = spec.commandLine().getOut();
    if (options.json()) {
      out.println(Json.write(json(m, state)));
    } else {
      print(m, state, out);
    }
    out.flush();
    return 0;
  }

  /** Hard prerequisites that are not yet completed at the date. */
  static List<MilestoneId> waitsFor(ProcessModel m, ProcessState state, Milestone milestone) {
    List<MilestoneId> out = new ArrayList<>();
    for (MilestoneId p : milestone.requires()) {
      if (state.of(p).status() != Status.COMPLETED) {
        out.add(p);
      }
    }
    return out;
  }

  private static ObjectNode json(ProcessModel m, ProcessState state) {
    ObjectNode root = Json.object();
    root.put("model", m.name());
    root.put("asOf", state.date().toString());
    ArrayNode list = root.putArray("milestones");
    for (Milestone milestone : m.milestones()) {
      MilestoneState s = state.of(milestone.id());
      ObjectNode o = list.addObject();
      o.put("id", milestone.id().value());
      o.put("name", milestone.name());
      o.put("dimension", milestone.dimension());
      o.put("status", s.status().name());
      o.put("low", s.low().name());
      o.put("high", s.high().name());
      ArrayNode waits = o.putArray("waitsFor");
      waitsFor(m, state, milestone).forEach(p -> waits.add(p.value()));
    }
    return root;
  }

  static void print(ProcessModel m, ProcessState state, PrintWriter out) {
    out.printf("%s: status as of %s%n", m.name(), state.date());
    out.printf(
        "%d milestones, %d dependencies, %d events, %d sources%n",
        m.milestones().size(), m.dependencies().size(), m.events().size(), m.sources().size());
    int width = m.milestones().stream().mapToInt(x -> x.id().value().length()).max().orElse(10);
    for (Dimension d : m.dimensions()) {
      out.printf("%n%s%n", d.name());
      for (Milestone milestone : m.milestones()) {
        if (!milestone.dimension().equals(d.id())) {
          continue;
        }
        MilestoneState s = state.of(milestone.id());
        StringBuilder line = new StringBuilder();
        line.append(String.format("  %-" + width + "s  %-11s", milestone.id(), s.status()));
        if (s.isDisputed()) {
          line.append(String.format("  sources disagree: %s to %s", s.low(), s.high()));
        }
        List<MilestoneId> waits = waitsFor(m, state, milestone);
        if (!waits.isEmpty()) {
          List<String> parts = new ArrayList<>();
          for (MilestoneId p : waits) {
            parts.add(p + " (" + state.of(p).status() + ")");
          }
          line.append("  waits for: ").append(String.join(", ", parts));
        }
        out.println(line.toString().stripTrailing());
      }
    }
  }
}
