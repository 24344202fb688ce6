package io.github.thaw.io;

import io.github.thaw.internal.SharedSecrets;
import io.github.thaw.internal.io.InternalIoMessages;
import io.github.thaw.internal.io.ObjectSpec;
import io.github.thaw.internal.io.Positions;
import io.github.thaw.internal.io.ProblemList;
import io.github.thaw.internal.io.ReadLimits;
import io.github.thaw.internal.io.SourceMap;
import io.github.thaw.internal.io.StrictReader;
import io.github.thaw.internal.io.Values;
import io.github.thaw.model.Citation;
import io.github.thaw.model.Dimension;
import io.github.thaw.model.Event;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.ModelException;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Reliability;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one model file in a single streaming pass into a {@link ProcessModel.Builder}, then maps
 * the builder's problems back to the file.
 *
 * <p>An element with a valid id goes to the builder even when another of its fields is bad, with a
 * stand-in for that field, so that references to it do not turn into false "not in model" problems;
 * builder problems about a stand-in are suppressed, since the reader already reported the cause.
 */
final class ModelFileReader {
  static final ObjectSpec MODEL =
      ObjectSpec.of(
          "model",
          List.of("name", "asOf", "dimensions", "milestones", "sources", "events"),
          "name");
  static final ObjectSpec DIMENSION =
      ObjectSpec.of(
          "dimension", List.of("id", "name", "weight", "description", "scored"), "id", "name");
  static final ObjectSpec MILESTONE =
      ObjectSpec.of(
          "milestone",
          List.of(
              "id",
              "name",
              "dimension",
              "weight",
              "description",
              "requires",
              "influencedBy",
              "scored"),
          "id",
          "name",
          "dimension");
  static final ObjectSpec SOURCE =
      ObjectSpec.of(
          "source", List.of("id", "outlet", "title", "published", "locator", "reliability"), "id");
  static final ObjectSpec EVENT =
      ObjectSpec.of(
          "event", List.of("date", "milestone", "status", "sources", "note"), "date", "sources");

  /** Stands in for a bad or missing text after its problem was reported. */
  private static final String STAND_IN = "?";

  private static final PartialDate STAND_IN_DATE = PartialDate.ofYear(1);
  private static final int MAX_SHARED = 100_000;

  private final StrictReader in;
  private final SourceMap map;
  private final ProcessModel.Builder builder = ProcessModel.builder(null);
  private final SourceMap.Section dimensions;
  private final SourceMap.Section milestones;
  private final SourceMap.Section sources;
  private final SourceMap.Section events;
  private final Map<String, String> shared = new HashMap<>();
  private boolean named;

  private ModelFileReader(InputStream input, String file, FileSyntax format, ReadLimits limits) {
    this.in = new StrictReader(input, file, format == FileSyntax.YAML, limits);
    this.map = new SourceMap(in.file(), Positions.of(1, 1));
    this.dimensions = map.section("dimensions");
    this.milestones = map.section("milestones");
    this.sources = map.section("sources");
    this.events = map.section("events");
  }

  /**
   * Reads a model, optionally checking it against the default index method's rules too.
   *
   * @throws ModelException listing every problem with its location
   * @throws java.io.UncheckedIOException if the input itself fails
   */
  static ProcessModel read(
      InputStream input, String file, FileSyntax format, ReadLimits limits, boolean indexRules) {
    return new ModelFileReader(input, file, format, limits).read(indexRules);
  }

  /** A model read from a file, with the map that finds its elements' places in the file. */
  record Located(ProcessModel model, SourceMap map) {}

  /**
   * Reads a model and keeps where each element came from, so that later findings about it can be
   * reported at a line and column.
   *
   * @throws ModelException listing every problem with its location
   */
  static Located readLocated(InputStream input, String file, FileSyntax format, ReadLimits limits) {
    ModelFileReader reader = new ModelFileReader(input, file, format, limits);
    return new Located(reader.read(false), reader.map);
  }

  private ProcessModel read(boolean indexRules) {
    boolean complete = in.readDocument(MODEL, this::topLevel);
    ProblemList problems = in.problems();
    ProcessModel model = null;
    if (complete) {
      if (!named) {
        map.suppress("name");
      }
      try {
        model = SharedSecrets.buildByPath(builder);
      } catch (ModelException e) {
        map.locateAll(e.problems()).forEach(problems::add);
      }
      if (model != null && indexRules && !model.milestones().isEmpty()) {
        // The rules the index applies to weights, checked here too, so that validate and every
        // command refuse the same file with the same located problem.
        map.locateAll(IndexRules.problems(model)).forEach(problems::add);
      }
    }
    problems.throwIfAny();
    if (model == null) {
      throw new IllegalStateException("reading stopped without a problem");
    }
    return model;
  }

  private void topLevel(String key) {
    switch (key) {
      case "name" -> {
        long at = in.position();
        String name = in.text();
        if (name != null) {
          builder.name(name);
          map.put("name", at);
          named = true;
        }
      }
      case "asOf" -> {
        map.put("asOf", in.position());
        builder.asOf(date());
      }
      case "dimensions" -> in.readList(this::dimension);
      case "milestones" -> in.readList(this::milestone);
      case "sources" -> in.readList(this::source);
      case "events" -> in.readList(this::event);
      default -> throw new IllegalStateException("no reader for key " + key);
    }
  }

  // ---- elements

  private static final class DimensionDraft {
    String id;
    String name;
    double weight = 1.0;
    String description = "";
    boolean scored = true;
  }

  private void dimension(int index) {
    long start = in.position();
    dimensions.begin(index, start);
    DimensionDraft d = new DimensionDraft();
    boolean mapping =
        in.readObject(
            DIMENSION,
            key -> {
              switch (key) {
                case "id" -> d.id = dimensionId();
                case "name" -> d.name = nonBlank("dimension name");
                case "weight" -> d.weight = weight();
                case "description" -> d.description = textOr(d.description);
                case "scored" -> d.scored = scored(d.scored);
                default -> throw new IllegalStateException(key);
              }
            });
    if (!mapping || d.id == null) {
      dimensions.discard();
      return;
    }
    String name = d.name == null ? STAND_IN : d.name;
    commit(
        dimensions,
        start,
        () -> builder.dimension(new Dimension(d.id, name, d.weight, d.description, d.scored)));
  }

  private static final class MilestoneDraft {
    MilestoneId id;
    String name;
    String dimension;
    double weight = 1.0;
    String description = "";
    List<MilestoneId> requires = List.of();
    List<MilestoneId> influencedBy = List.of();
    boolean scored = true;
  }

  private void milestone(int index) {
    long start = in.position();
    milestones.begin(index, start);
    MilestoneDraft d = new MilestoneDraft();
    boolean mapping =
        in.readObject(
            MILESTONE,
            key -> {
              switch (key) {
                case "id" -> d.id = milestoneId(milestones, "id");
                case "name" -> d.name = nonBlank("milestone name");
                case "dimension" -> {
                  long at = in.position();
                  d.dimension = nonBlank("milestone dimension");
                  if (d.dimension != null) {
                    d.dimension = share(d.dimension);
                    milestones.field("dimension", at);
                  }
                }
                case "weight" -> d.weight = weight();
                case "description" -> d.description = textOr(d.description);
                case "requires" -> d.requires = milestoneIds("requires");
                case "influencedBy" -> d.influencedBy = milestoneIds("influencedBy");
                case "scored" -> d.scored = scored(d.scored);
                default -> throw new IllegalStateException(key);
              }
            });
    if (!mapping || d.id == null) {
      milestones.discard();
      return;
    }
    if (d.dimension == null) {
      milestones.suppress("dimension");
    }
    String name = d.name == null ? STAND_IN : d.name;
    String dimension = d.dimension == null ? STAND_IN : d.dimension;
    commit(
        milestones,
        start,
        () ->
            builder.milestone(
                new Milestone(
                    d.id,
                    name,
                    dimension,
                    d.description,
                    d.weight,
                    d.requires,
                    d.influencedBy,
                    d.scored)));
  }

  private static final class SourceDraft {
    String id;
    String outlet;
    String title;
    PartialDate published;
    String locator;
    Reliability reliability;
  }

  private void source(int index) {
    long start = in.position();
    sources.begin(index, start);
    SourceDraft d = new SourceDraft();
    boolean mapping =
        in.readObject(
            SOURCE,
            key -> {
              switch (key) {
                case "id" -> {
                  long at = in.position();
                  d.id = nonBlank("source id");
                  if (d.id != null) {
                    sources.field("id", at);
                  }
                }
                case "outlet" -> d.outlet = in.text();
                case "title" -> d.title = in.text();
                case "published" -> d.published = date();
                case "locator" -> {
                  long at = in.position();
                  d.locator = in.text();
                  if (d.locator != null) {
                    sources.field("locator", at);
                  }
                }
                case "reliability" -> d.reliability = reliability();
                default -> throw new IllegalStateException(key);
              }
            });
    if (!mapping || d.id == null) {
      sources.discard();
      return;
    }
    commit(
        sources,
        start,
        () ->
            builder.source(
                new Source(d.id, d.outlet, d.title, d.published, d.locator, d.reliability)));
  }

  private static final class EventDraft {
    PartialDate date;
    boolean milestoneGiven;
    MilestoneId milestone;
    boolean statusGiven;
    Status status;
    boolean sourcesRead;
    boolean sourceRefused;
    final List<String> sources = new ArrayList<>(2);
    String note = "";
  }

  private void event(int index) {
    long start = in.position();
    events.begin(index, start);
    EventDraft d = new EventDraft();
    boolean mapping =
        in.readObject(
            EVENT,
            key -> {
              switch (key) {
                case "date" -> d.date = date();
                case "milestone" -> {
                  d.milestoneGiven = true;
                  d.milestone = milestoneId(events, "milestone");
                }
                case "status" -> {
                  d.statusGiven = true;
                  d.status = status();
                }
                case "sources" -> {
                  events.field("sources", in.position());
                  d.sourcesRead = in.readList(j -> sourceRef(d, j));
                }
                case "note" -> d.note = textOr(d.note);
                default -> throw new IllegalStateException(key);
              }
            });
    if (!mapping) {
      events.discard();
      return;
    }
    MilestoneId milestone = d.milestone;
    Status status = d.status;
    if (milestone != null && !d.statusGiven) {
      in.problemAt(start, in.path(), IoMessages.milestoneWithoutStatus(milestone.value()));
    } else if (status != null && !d.milestoneGiven) {
      in.problemAt(start, in.path(), IoMessages.statusWithoutMilestone(status));
    }
    if (milestone == null) {
      status = null; // a context event: nothing left to check against the model
    } else if (status == null) {
      status = Status.NOT_STARTED; // stands in after the problem above or a bad status
    }
    if (!d.sourcesRead || (d.sources.isEmpty() && d.sourceRefused)) {
      // The reader reported why; "cites no source" would only repeat it.
      events.suppress("sources");
    }
    PartialDate date = d.date == null ? STAND_IN_DATE : d.date;
    Optional<MilestoneId> about = Optional.ofNullable(milestone);
    Optional<Status> sets = Optional.ofNullable(status);
    commit(events, start, () -> builder.event(new Event(date, about, sets, d.sources, d.note)));
  }

  private void sourceRef(EventDraft d, int index) {
    long at = in.position();
    String text = nonBlank("source id");
    if (text == null) {
      d.sourceRefused = true;
      return;
    }
    Citation c;
    try {
      c = Citation.parse(text);
    } catch (IllegalArgumentException e) {
      in.problem(e.getMessage());
      d.sourceRefused = true;
      return;
    }
    // Only a bare id is shared: a citation with a paragraph is seldom repeated.
    d.sources.add(c.paragraph().isPresent() ? text : share(text));
    events.item("sources", index, at);
  }

  /** Gives an element to the builder; a rule of the model that the reader missed is reported. */
  private void commit(SourceMap.Section section, long start, Runnable add) {
    try {
      add.run();
      section.commit();
    } catch (IllegalArgumentException e) {
      in.problemAt(start, in.path(), e.getMessage());
      section.discard();
    }
  }

  // ---- values

  private String textOr(String fallback) {
    String t = in.text();
    return t == null ? fallback : t;
  }

  private String nonBlank(String what) {
    String t = in.text();
    if (t != null && t.isBlank()) {
      in.problem(InternalIoMessages.blank(what));
      return null;
    }
    return t;
  }

  private boolean scored(boolean previous) {
    Boolean b = in.bool();
    return b == null ? previous : b;
  }

  private double weight() {
    Double w = Values.weight(in);
    return w == null ? 1.0 : w;
  }

  private PartialDate date() {
    return Values.date(in);
  }

  private Status status() {
    return Values.status(in);
  }

  private Reliability reliability() {
    String t = in.text();
    if (t == null) {
      return null;
    }
    try {
      return Reliability.parse(t);
    } catch (IllegalArgumentException e) {
      in.problem(e.getMessage());
      return null;
    }
  }

  private String dimensionId() {
    long at = in.position();
    String t = in.text();
    if (t == null) {
      return null;
    }
    try {
      // The record's own check, so the message is the model's.
      new Dimension(t, STAND_IN, 1.0, "");
    } catch (IllegalArgumentException e) {
      in.problem(e.getMessage());
      return null;
    }
    dimensions.field("id", at);
    return share(t);
  }

  private MilestoneId milestoneId(SourceMap.Section section, String field) {
    long at = in.position();
    MilestoneId id = milestoneIdValue();
    if (id != null) {
      section.field(field, at);
    }
    return id;
  }

  private MilestoneId milestoneIdValue() {
    return Values.milestoneId(in);
  }

  private List<MilestoneId> milestoneIds(String field) {
    List<MilestoneId> ids = new ArrayList<>(2);
    in.readList(
        j -> {
          long at = in.position();
          MilestoneId id = milestoneIdValue();
          if (id != null) {
            ids.add(id);
            milestones.item(field, j, at);
          }
        });
    return ids;
  }

  /** One copy of texts that repeat across elements, such as dimension and source ids. */
  private String share(String text) {
    String known = shared.get(text);
    if (known != null) {
      return known;
    }
    if (shared.size() < MAX_SHARED) {
      shared.put(text, text);
    }
    return text;
  }
}
