package io.github.thaw.io;

import io.github.thaw.internal.io.ObjectSpec;
import io.github.thaw.internal.io.ReadLimits;
import io.github.thaw.internal.io.StrictReader;
import io.github.thaw.internal.io.Values;
import io.github.thaw.model.Location;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.Status;
import io.github.thaw.scenario.Change;
import io.github.thaw.scenario.Scenario;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one scenario file in a single streaming pass. Each change keeps the file location of its
 * mapping, so that {@link Scenario#applyTo} can name the line of a change that refers to an unknown
 * milestone or closes a cycle.
 */
final class ScenarioFileReader {
  static final ObjectSpec SCENARIO =
      ObjectSpec.of("scenario", List.of("name", "description", "changes"), "name");
  static final ObjectSpec CHANGE =
      ObjectSpec.of(
          "change",
          List.of(
              "setStatus", "addRequires", "dropRequires", "setWeight", "freeze", "addMilestone"));
  static final ObjectSpec SET_STATUS =
      ObjectSpec.of(
          "setStatus", List.of("milestone", "status", "date"), "milestone", "status", "date");
  static final ObjectSpec ADD_REQUIRES =
      ObjectSpec.of("addRequires", List.of("milestone", "requires"), "milestone", "requires");
  static final ObjectSpec DROP_REQUIRES =
      ObjectSpec.of("dropRequires", List.of("milestone", "requires"), "milestone", "requires");
  static final ObjectSpec SET_WEIGHT =
      ObjectSpec.of("setWeight", List.of("milestone", "weight"), "milestone", "weight");
  static final ObjectSpec FREEZE = ObjectSpec.of("freeze", List.of("from"), "from");

  private final StrictReader in;
  private String name;
  private String description = "";
  private final List<Change> changes = new ArrayList<>();
  private final List<Location> locations = new ArrayList<>();

  private ScenarioFileReader(InputStream input, String file, FileSyntax format, ReadLimits limits) {
    this.in = new StrictReader(input, file, format == FileSyntax.YAML, limits);
  }

  static Scenario read(InputStream input, String file, FileSyntax format, ReadLimits limits) {
    return new ScenarioFileReader(input, file, format, limits).read();
  }

  private Scenario read() {
    boolean complete =
        in.readDocument(
            SCENARIO,
            key -> {
              switch (key) {
                case "name" -> name = nonBlank("scenario name");
                case "description" -> {
                  String d = in.text();
                  description = d == null ? "" : d;
                }
                case "changes" -> in.readList(this::change);
                default -> throw new IllegalStateException("no reader for key " + key);
              }
            });
    in.problems().throwIfAny();
    if (!complete || name == null) {
      throw new IllegalStateException("reading stopped without a problem");
    }
    Scenario.Builder b = Scenario.named(name).description(description);
    for (int i = 0; i < changes.size(); i++) {
      b.change(changes.get(i), locations.get(i));
    }
    return b.build();
  }

  private String nonBlank(String what) {
    String t = in.text();
    if (t != null && t.isBlank()) {
      in.problem(what + " must not be blank");
      return null;
    }
    return t;
  }

  private void change(int index) {
    long start = in.position();
    String path = in.path();
    List<String> kinds = new ArrayList<>(1);
    List<Change> read = new ArrayList<>(1);
    boolean mapping =
        in.readObject(
            CHANGE,
            key -> {
              kinds.add(key);
              Change c = changeOf(key);
              if (c != null) {
                read.add(c);
              }
            });
    if (!mapping) {
      return;
    }
    if (kinds.size() != 1) {
      in.problemAt(
          start,
          path,
          kinds.isEmpty()
              ? "a change needs exactly one of: " + CHANGE.allowed()
              : "a change has exactly one key, found " + String.join(" and ", kinds));
      return;
    }
    if (read.size() == 1) {
      changes.add(read.get(0));
      locations.add(in.location(start, path));
    }
  }

  private Change changeOf(String key) {
    return switch (key) {
      case "setStatus" -> setStatus();
      case "addRequires", "dropRequires" -> requirement(key);
      case "setWeight" -> setWeight();
      case "freeze" -> freeze();
      case "addMilestone" -> addMilestone();
      default -> throw new IllegalStateException("no reader for change " + key);
    };
  }

  private Change setStatus() {
    MilestoneId[] id = new MilestoneId[1];
    Status[] status = new Status[1];
    PartialDate[] date = new PartialDate[1];
    boolean ok =
        in.readObject(
            SET_STATUS,
            k -> {
              switch (k) {
                case "milestone" -> id[0] = Values.milestoneId(in);
                case "status" -> status[0] = Values.status(in);
                default -> date[0] = Values.date(in);
              }
            });
    return ok && id[0] != null && status[0] != null && date[0] != null
        ? new Change.SetStatus(id[0], status[0], date[0])
        : null;
  }

  private Change requirement(String key) {
    MilestoneId[] ids = new MilestoneId[2];
    boolean ok =
        in.readObject(
            key.equals("addRequires") ? ADD_REQUIRES : DROP_REQUIRES,
            k -> ids[k.equals("milestone") ? 0 : 1] = Values.milestoneId(in));
    if (!ok || ids[0] == null || ids[1] == null) {
      return null;
    }
    return key.equals("addRequires")
        ? new Change.AddRequires(ids[0], ids[1])
        : new Change.DropRequires(ids[0], ids[1]);
  }

  private Change setWeight() {
    MilestoneId[] id = new MilestoneId[1];
    Double[] weight = new Double[1];
    boolean ok =
        in.readObject(
            SET_WEIGHT,
            k -> {
              if (k.equals("milestone")) {
                id[0] = Values.milestoneId(in);
              } else {
                weight[0] = Values.weight(in);
              }
            });
    return ok && id[0] != null && weight[0] != null ? new Change.SetWeight(id[0], weight[0]) : null;
  }

  private Change freeze() {
    PartialDate[] from = new PartialDate[1];
    boolean ok = in.readObject(FREEZE, k -> from[0] = Values.date(in));
    return ok && from[0] != null ? new Change.Freeze(from[0]) : null;
  }

  private Change addMilestone() {
    long start = in.position();
    String path = in.path();
    String[] text = new String[4];
    Double[] weight = {1.0};
    List<List<MilestoneId>> deps = new ArrayList<>(List.of(List.of(), List.of()));
    MilestoneId[] id = new MilestoneId[1];
    boolean ok =
        in.readObject(
            ModelFileReader.MILESTONE,
            k -> {
              switch (k) {
                case "id" -> id[0] = Values.milestoneId(in);
                case "name" -> text[0] = nonBlank("milestone name");
                case "dimension" -> text[1] = nonBlank("milestone dimension");
                case "description" -> text[2] = in.text();
                case "weight" -> weight[0] = Values.weight(in);
                case "requires" -> deps.set(0, ids());
                default -> deps.set(1, ids());
              }
            });
    if (!ok || id[0] == null || text[0] == null || text[1] == null || weight[0] == null) {
      return null;
    }
    try {
      return new Change.AddMilestone(
          new Milestone(id[0], text[0], text[1], text[2], weight[0], deps.get(0), deps.get(1)));
    } catch (IllegalArgumentException e) {
      in.problemAt(start, path, e.getMessage());
      return null;
    }
  }

  private List<MilestoneId> ids() {
    List<MilestoneId> out = new ArrayList<>();
    in.readList(
        j -> {
          MilestoneId id = Values.milestoneId(in);
          if (id != null) {
            out.add(id);
          }
        });
    return out;
  }
}
