package io.github.thaw.model;

import io.github.thaw.internal.DependencyGraph;
import io.github.thaw.internal.SharedSecrets;
import io.github.thaw.internal.StatusTimeline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable normalization process: dimensions, milestones with their dependencies, sources and
 * dated, cited events. The only way in is {@link #builder(String)}, whose {@link Builder#build()}
 * validates everything at once.
 *
 * <pre>{@code
 * ProcessModel model = ProcessModel.builder("Example")
 *     .dimension(Dimension.of("borders", "Borders and people"))
 *     .milestone(Milestone.builder("crossing", "Third-country crossing", "borders").build())
 *     .milestone(Milestone.builder("border-opening", "Border opens", "borders")
 *         .requires("crossing").build())
 *     .source(Source.of("s1", "s1.txt"))
 *     .event(Event.status("2022-07-01", "crossing", Status.AGREED, "s1").withNote("Crossing agreed."))
 *     .build();
 * Status s = model.stateAt(LocalDate.of(2023, 1, 1)).status("crossing"); // AGREED
 * Set<MilestoneId> before = model.transitivePrerequisites("border-opening"); // [crossing]
 * }</pre>
 *
 * <p>Every query about one milestone takes its id as text ({@code "border-opening"}) or as a {@link
 * MilestoneId}; an unknown id fails with the nearest known id as a hint.
 *
 * <p>Queries cost O(milestones + dependencies) at most and never recurse, so a chain of a million
 * milestones is fine.
 */
public final class ProcessModel {
  /**
   * The default dispute window in days: reports of one milestone from different sources at most
   * this far apart are contemporaneous, so when they differ the sources disagree (the state shows a
   * band) rather than the later one updating the earlier.
   */
  public static final int DEFAULT_DISPUTE_WINDOW_DAYS = StatusTimeline.DEFAULT_DISPUTE_WINDOW_DAYS;

  static {
    SharedSecrets.setModelAccess(
        new SharedSecrets.ModelAccess() {
          @Override
          public DependencyGraph graph(Object model) {
            return ((ProcessModel) model).graph;
          }

          @Override
          public StatusTimeline timeline(Object model) {
            return ((ProcessModel) model).timeline;
          }

          @Override
          public int indexOf(Object model, Object id) {
            Integer i = ((ProcessModel) model).index.get((MilestoneId) id);
            return i == null ? -1 : i;
          }

          @Override
          public int[] dimensionOf(Object model) {
            return ((ProcessModel) model).dimensionOf;
          }

          @Override
          public double[] milestoneWeights(Object model) {
            return ((ProcessModel) model).milestoneWeight;
          }

          @Override
          public Object buildByPath(Object builder) {
            return ((Builder) builder).build(true);
          }
        });
  }

  private final String name;
  private final Optional<PartialDate> asOf;
  private final List<Dimension> dimensions;
  private final List<Milestone> milestones;
  private final List<Source> sources;
  private final List<Event> events;
  private final Map<MilestoneId, Integer> index;
  private final Map<String, Dimension> dimensionById;
  private final Map<String, Source> sourceById;
  private final DependencyGraph graph;
  private final StatusTimeline timeline;
  private final int[] dimensionOf;
  private final double[] milestoneWeight;

  private ProcessModel(Builder b, Map<MilestoneId, Integer> index, DependencyGraph graph) {
    this.name = b.name;
    this.asOf = Optional.ofNullable(b.asOf);
    this.dimensions = List.copyOf(b.dimensions);
    this.milestones = List.copyOf(b.milestones);
    this.sources = List.copyOf(b.sources);
    this.events = List.copyOf(b.events);
    this.index = Collections.unmodifiableMap(index);
    Map<String, Dimension> dims = new LinkedHashMap<>();
    dimensions.forEach(d -> dims.put(d.id(), d));
    this.dimensionById = Collections.unmodifiableMap(dims);
    Map<String, Source> srcs = new LinkedHashMap<>();
    sources.forEach(s -> srcs.put(s.id(), s));
    this.sourceById = Collections.unmodifiableMap(srcs);
    this.graph = graph;
    this.timeline = buildTimeline();
    // Per-milestone primitive views for the index, read once here rather than at every evaluation.
    Map<String, Integer> dimensionIndex = new HashMap<>();
    for (Dimension d : dimensions) {
      dimensionIndex.put(d.id(), dimensionIndex.size());
    }
    this.dimensionOf = new int[milestones.size()];
    this.milestoneWeight = new double[milestones.size()];
    for (int m = 0; m < milestones.size(); m++) {
      Milestone milestone = milestones.get(m);
      dimensionOf[m] = dimensionIndex.get(milestone.dimension());
      milestoneWeight[m] = milestone.weight();
    }
  }

  private StatusTimeline buildTimeline() {
    int n = events.size();
    int[] milestone = new int[n];
    long[] day = new long[n];
    int[] level = new int[n];
    int[][] cited = new int[n][];
    Map<String, Integer> sourceIndex = new HashMap<>();
    for (Source s : sources) {
      sourceIndex.put(s.id(), sourceIndex.size());
    }
    for (int e = 0; e < n; e++) {
      Event ev = events.get(e);
      milestone[e] = ev.milestone().map(index::get).orElse(-1);
      day[e] = ev.date().effectiveDate().toEpochDay();
      level[e] = ev.status().map(Status::level).orElse(0);
      cited[e] = ev.sources().stream().mapToInt(sourceIndex::get).toArray();
    }
    return new StatusTimeline(milestones.size(), milestone, day, level, cited);
  }

  /**
   * Starts a model.
   *
   * @param name the process's name, shown in reports and error messages
   * @return an empty builder
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /**
   * The model as it could have been written on a date: only the events known by then. An event is
   * known from the earliest {@code published} date among its cited sources, a month or year
   * counting from the end of its period; when none of its sources has a date, it is known from its
   * own effective date. Event time ({@link #stateAt}) and knowledge time are separate axes: {@code
   * knownAt(d).stateAt(e)} is what a reader on day d believed about day e.
   *
   * @param date the day of knowledge
   * @return a model with the same elements and fewer events (this model if none is left out);
   *     O(events · sources per event)
   * @throws NullPointerException if date is null
   */
  public ProcessModel knownAt(LocalDate date) {
    Objects.requireNonNull(date, "date");
    List<Event> known = new ArrayList<>(events.size());
    for (Event e : events) {
      if (!knownFrom(e).isAfter(date)) {
        known.add(e);
      }
    }
    if (known.size() == events.size()) {
      return this;
    }
    Builder b = toBuilder();
    b.events.clear();
    b.events.addAll(known);
    return b.build();
  }

  /**
   * The day an event became known: the earliest effective {@code published} date among its cited
   * sources, or the event's own effective date when none has one.
   *
   * @param event an event of this model
   * @return the day
   * @throws IllegalArgumentException if the event cites a source not in this model
   */
  public LocalDate knownFrom(Event event) {
    LocalDate best = null;
    for (String citation : event.sources()) {
      PartialDate published = source(citedSource(citation)).published();
      if (published != null) {
        LocalDate d = published.effectiveDate();
        best = best == null || d.isBefore(best) ? d : best;
      }
    }
    return best != null ? best : event.date().effectiveDate();
  }

  /**
   * Events that begin after every one of their cited sources was published: a report cannot precede
   * what it reports, so the date or a citation is likely wrong. Events whose sources carry no date
   * are not judged.
   *
   * @return one sentence per such event, in model order, naming it by its place {@code events[i]}
   */
  public List<String> vintageWarnings() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      LocalDate begins = e.date().startDate();
      LocalDate latest = null;
      boolean allDated = !e.sources().isEmpty();
      for (String citation : e.sources()) {
        PartialDate published = source(citedSource(citation)).published();
        if (published == null) {
          allDated = false;
          break;
        }
        LocalDate d = published.effectiveDate();
        latest = latest == null || d.isAfter(latest) ? d : latest;
      }
      if (allDated && begins.isAfter(latest)) {
        out.add(
            "events["
                + i
                + "] ("
                + e.date()
                + e.milestone().map(m -> ", " + m).orElse("")
                + "): the event's period begins "
                + begins
                + ", after every cited source was published (latest "
                + latest
                + ", "
                + String.join(", ", e.sources())
                + ")");
      }
    }
    return out;
  }

  /**
   * Pairs of events in which one source reports two different statuses of one milestone taking
   * effect on the same day. The reading rule cannot order them, so it reads them as a disagreement
   * counted at the lower status (docs/methodology.md, section 2), and a forecast calibrated on the
   * record sees the milestone wait at that status with no step out of it. When the milestone took
   * both steps that day, the record should hold one event at the status it reached; when the source
   * contradicts itself, the warning says where.
   *
   * @return one sentence per such pair, in model order, naming the events by their places {@code
   *     events[i]}
   */
  public List<String> sameDayWarnings() {
    Map<List<Object>, List<Integer>> byDay = new LinkedHashMap<>();
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      if (e.milestone().isPresent()) {
        byDay
            .computeIfAbsent(
                List.of(e.milestone().get(), e.date().effectiveDate()), k -> new ArrayList<>())
            .add(i);
      }
    }
    List<String> out = new ArrayList<>();
    for (List<Integer> group : byDay.values()) {
      for (int a = 0; a < group.size(); a++) {
        for (int b = a + 1; b < group.size(); b++) {
          Event first = events.get(group.get(a));
          Event second = events.get(group.get(b));
          if (first.status().equals(second.status())) {
            continue;
          }
          Optional<String> shared =
              first.sources().stream().filter(second.sources()::contains).findFirst();
          if (shared.isEmpty()) {
            continue; // two sources that differ on one day: a disagreement, as the rule reads it
          }
          Status low = Status.min(first.status().get(), second.status().get());
          Status high = low == first.status().get() ? second.status().get() : first.status().get();
          out.add(
              "events["
                  + group.get(a)
                  + "] and events["
                  + group.get(b)
                  + "] ("
                  + first.milestone().get()
                  + ", "
                  + first.date().effectiveDate()
                  + "): source "
                  + shared.get()
                  + " reports both "
                  + low
                  + " and "
                  + high
                  + " taking effect that day; they are read as a disagreement counted at "
                  + low
                  + ". If the milestone reached "
                  + high
                  + " that day, keep only the event at "
                  + high);
        }
      }
    }
    return out;
  }

  private static String citedSource(String citation) {
    int hash = citation.indexOf('#');
    return hash < 0 ? citation : citation.substring(0, hash);
  }

  /**
   * A builder holding everything in this model, to derive a changed copy; this model is untouched.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(name);
    b.asOf = asOf.orElse(null);
    b.dimensions.addAll(dimensions);
    b.milestones.addAll(milestones);
    b.sources.addAll(sources);
    b.events.addAll(events);
    return b;
  }

  /**
   * The process's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The date the data was last checked, if given.
   *
   * @return the date
   */
  public Optional<PartialDate> asOf() {
    return asOf;
  }

  /**
   * The dimensions in declaration order.
   *
   * @return an immutable list
   */
  public List<Dimension> dimensions() {
    return dimensions;
  }

  /**
   * A dimension by id.
   *
   * @param id the dimension id
   * @return the dimension
   * @throws IllegalArgumentException if there is none, with the nearest id as a hint
   */
  public Dimension dimension(String id) {
    Dimension d = dimensionById.get(id);
    if (d == null) {
      throw new IllegalArgumentException(
          ModelMessages.unknown("Dimension", id, name, dimensionById.keySet()));
    }
    return d;
  }

  /**
   * The milestones in declaration order.
   *
   * @return an immutable list
   */
  public List<Milestone> milestones() {
    return milestones;
  }

  /**
   * Whether a milestone is in the model.
   *
   * @param id the id
   * @return true if present
   */
  public boolean contains(MilestoneId id) {
    return index.containsKey(id);
  }

  /**
   * Whether a milestone is in the model.
   *
   * @param id the id; any text (one that is not lower-kebab-case is in no model)
   * @return true if present
   */
  public boolean contains(String id) {
    return MilestoneId.isValid(id) && index.containsKey(MilestoneId.of(id));
  }

  /**
   * A milestone by id.
   *
   * @param id the id
   * @return the milestone
   * @throws IllegalArgumentException if there is none, naming the nearest id as a hint
   */
  public Milestone milestone(MilestoneId id) {
    return milestones.get(indexOrThrow(id));
  }

  /**
   * A milestone by id.
   *
   * @param id the id
   * @return the milestone
   * @throws IllegalArgumentException if there is none, naming the nearest id as a hint
   */
  public Milestone milestone(String id) {
    return milestone(known(id));
  }

  /**
   * A milestone by id, if present.
   *
   * @param id the id
   * @return the milestone, or empty
   */
  public Optional<Milestone> findMilestone(MilestoneId id) {
    Integer i = index.get(id);
    return i == null ? Optional.empty() : Optional.of(milestones.get(i));
  }

  /**
   * A milestone by id, if present.
   *
   * @param id the id; any text
   * @return the milestone, or empty
   */
  public Optional<Milestone> findMilestone(String id) {
    return MilestoneId.isValid(id) ? findMilestone(MilestoneId.of(id)) : Optional.empty();
  }

  /** The id of a milestone named in text, or an error naming the nearest id. */
  private MilestoneId known(String id) {
    Objects.requireNonNull(id, "milestone id");
    if (!MilestoneId.isValid(id)) {
      throw new IllegalArgumentException(unknownMilestone(id));
    }
    return MilestoneId.of(id);
  }

  private int indexOrThrow(MilestoneId id) {
    Integer i = index.get(Objects.requireNonNull(id, "milestone id"));
    if (i == null) {
      throw new IllegalArgumentException(unknownMilestone(id.value()));
    }
    return i;
  }

  /**
   * The error text for an id that is not in this model, with the nearest id as a hint.
   *
   * @param id the unknown id
   * @return {@code Milestone 'raiway' is not in model '…' (did you mean 'railway'?)}
   */
  public String unknownMilestone(String id) {
    return ModelMessages.unknown("Milestone", id, name, idTexts());
  }

  private List<String> idTexts() {
    List<String> ids = new ArrayList<>(milestones.size());
    milestones.forEach(m -> ids.add(m.id().value()));
    return ids;
  }

  /**
   * The sources in declaration order.
   *
   * @return an immutable list
   */
  public List<Source> sources() {
    return sources;
  }

  /**
   * A source by id.
   *
   * @param id the source id
   * @return the source
   * @throws IllegalArgumentException if there is none
   */
  public Source source(String id) {
    Source s = sourceById.get(id);
    if (s == null) {
      throw new IllegalArgumentException(
          ModelMessages.unknown("Source", id, name, sourceById.keySet()));
    }
    return s;
  }

  /**
   * All events in declaration order.
   *
   * @return an immutable list
   */
  public List<Event> events() {
    return events;
  }

  /**
   * The status events of one milestone, by effective date (ties in declaration order).
   *
   * @param id the milestone
   * @return a new immutable list
   * @throws IllegalArgumentException if the milestone is not in the model
   */
  public List<Event> eventsOf(MilestoneId id) {
    int m = indexOrThrow(id);
    int[] start = timeline.start();
    int[] ev = timeline.event();
    List<Event> out = new ArrayList<>(start[m + 1] - start[m]);
    for (int k = start[m]; k < start[m + 1]; k++) {
      out.add(events.get(ev[k]));
    }
    return List.copyOf(out);
  }

  /**
   * The status events of one milestone, by effective date (ties in declaration order).
   *
   * @param id the milestone id, such as {@code "border-opening"}
   * @return a new immutable list
   * @throws IllegalArgumentException if the milestone is not in the model, naming the nearest id
   */
  public List<Event> eventsOf(String id) {
    return eventsOf(known(id));
  }

  /**
   * The context events (no milestone), by effective date.
   *
   * @return a new immutable list
   */
  public List<Event> contextEvents() {
    return events.stream()
        .filter(Event::isContext)
        .sorted((a, b) -> a.date().compareTo(b.date()))
        .toList();
  }

  /**
   * The effective date of the latest event, if there is any event.
   *
   * @return the date
   */
  public Optional<LocalDate> latestEventDate() {
    return events.stream().map(e -> e.date().effectiveDate()).max(LocalDate::compareTo);
  }

  /**
   * The date the model describes when no date is given: its {@code asOf} if it has one, else the
   * effective date of its latest event (a month or year counts from the end of its period). Every
   * command and every default of the library reads the model at this date; none reads the clock, so
   * the same model gives the same answers on any day. See {@code docs/reference-date.md}.
   *
   * <p>An event that takes effect after {@code asOf} does not count at the reference date: {@code
   * asOf} says when the data was last checked, so a later event is not yet known to have happened.
   *
   * <pre>{@code
   * // asOf: 2024-06, one event dated 2024 (counts from 2024-12-31)
   * model.referenceDate(); // Optional[2024-06-30]
   * }</pre>
   *
   * @return the date, or empty for a model with neither an {@code asOf} nor any event (callers then
   *     need a date from their user); O(events)
   */
  public Optional<LocalDate> referenceDate() {
    return asOf.map(PartialDate::effectiveDate).or(this::latestEventDate);
  }

  /**
   * Every dependency edge: each milestone's {@code requires} then {@code influencedBy}, in
   * declaration order.
   *
   * @return a new immutable list
   */
  public List<Dependency> dependencies() {
    List<Dependency> out = new ArrayList<>();
    for (Milestone m : milestones) {
      m.requires().forEach(p -> out.add(new Dependency(m.id(), p, Dependency.Kind.REQUIRES)));
      m.influencedBy()
          .forEach(p -> out.add(new Dependency(m.id(), p, Dependency.Kind.INFLUENCED_BY)));
    }
    return List.copyOf(out);
  }

  /**
   * Direct hard prerequisites ({@code requires}).
   *
   * @param id the milestone
   * @return an immutable set in declaration order
   * @throws IllegalArgumentException if the milestone is not in the model
   */
  public Set<MilestoneId> prerequisites(MilestoneId id) {
    return ids(slice(graph.hardStart(), graph.hardTargets(), indexOrThrow(id)));
  }

  /**
   * Direct hard prerequisites ({@code requires}).
   *
   * @param id the milestone id, such as {@code "border-opening"}
   * @return an immutable set in declaration order
   * @throws IllegalArgumentException if the milestone is not in the model, naming the nearest id
   */
  public Set<MilestoneId> prerequisites(String id) {
    return prerequisites(known(id));
  }

  /**
   * Hard prerequisites, direct and transitive, nearest first.
   *
   * @param id the milestone
   * @return an immutable set in breadth-first order; O(milestones + dependencies)
   * @throws IllegalArgumentException if the milestone is not in the model
   */
  public Set<MilestoneId> transitivePrerequisites(MilestoneId id) {
    return ids(graph.reachable(indexOrThrow(id), graph.hardStart(), graph.hardTargets()));
  }

  /**
   * Hard prerequisites, direct and transitive, nearest first.
   *
   * @param id the milestone id, such as {@code "border-opening"}
   * @return an immutable set in breadth-first order; O(milestones + dependencies)
   * @throws IllegalArgumentException if the milestone is not in the model, naming the nearest id
   */
  public Set<MilestoneId> transitivePrerequisites(String id) {
    return transitivePrerequisites(known(id));
  }

  /**
   * Milestones that directly require this one.
   *
   * @param id the milestone
   * @return an immutable set in declaration order
   * @throws IllegalArgumentException if the milestone is not in the model
   */
  public Set<MilestoneId> dependents(MilestoneId id) {
    return ids(slice(graph.hardDependentStart(), graph.hardDependentTargets(), indexOrThrow(id)));
  }

  /**
   * Milestones that directly require this one.
   *
   * @param id the milestone id, such as {@code "border-opening"}
   * @return an immutable set in declaration order
   * @throws IllegalArgumentException if the milestone is not in the model, naming the nearest id
   */
  public Set<MilestoneId> dependents(String id) {
    return dependents(known(id));
  }

  /**
   * Milestones that require this one, directly or transitively, nearest first.
   *
   * @param id the milestone
   * @return an immutable set in breadth-first order; O(milestones + dependencies)
   * @throws IllegalArgumentException if the milestone is not in the model
   */
  public Set<MilestoneId> transitiveDependents(MilestoneId id) {
    return ids(
        graph.reachable(
            indexOrThrow(id), graph.hardDependentStart(), graph.hardDependentTargets()));
  }

  /**
   * Milestones that require this one, directly or transitively, nearest first.
   *
   * @param id the milestone id, such as {@code "border-opening"}
   * @return an immutable set in breadth-first order; O(milestones + dependencies)
   * @throws IllegalArgumentException if the milestone is not in the model, naming the nearest id
   */
  public Set<MilestoneId> transitiveDependents(String id) {
    return transitiveDependents(known(id));
  }

  /**
   * Direct soft prerequisites ({@code influencedBy}).
   *
   * @param id the milestone
   * @return an immutable set in declaration order
   * @throws IllegalArgumentException if the milestone is not in the model
   */
  public Set<MilestoneId> influences(MilestoneId id) {
    return ids(slice(graph.softStart(), graph.softTargets(), indexOrThrow(id)));
  }

  /**
   * Direct soft prerequisites ({@code influencedBy}).
   *
   * @param id the milestone id, such as {@code "border-opening"}
   * @return an immutable set in declaration order
   * @throws IllegalArgumentException if the milestone is not in the model, naming the nearest id
   */
  public Set<MilestoneId> influences(String id) {
    return influences(known(id));
  }

  /**
   * Milestones directly influenced by this one.
   *
   * @param id the milestone
   * @return an immutable set in declaration order
   * @throws IllegalArgumentException if the milestone is not in the model
   */
  public Set<MilestoneId> influenced(MilestoneId id) {
    return ids(slice(graph.softDependentStart(), graph.softDependentTargets(), indexOrThrow(id)));
  }

  /**
   * Milestones directly influenced by this one.
   *
   * @param id the milestone id, such as {@code "border-opening"}
   * @return an immutable set in declaration order
   * @throws IllegalArgumentException if the milestone is not in the model, naming the nearest id
   */
  public Set<MilestoneId> influenced(String id) {
    return influenced(known(id));
  }

  /**
   * Milestones with every prerequisite (hard or soft) before its dependents; ties in declaration
   * order, so the result is deterministic.
   *
   * @return a new immutable list; O(milestones + dependencies)
   */
  public List<MilestoneId> topologicalOrder() {
    int[] order = graph.topologicalOrder();
    List<MilestoneId> out = new ArrayList<>(order.length);
    for (int i : order) {
      out.add(milestones.get(i).id());
    }
    return Collections.unmodifiableList(out);
  }

  private static int[] slice(int[] start, int[] targets, int i) {
    int[] out = new int[start[i + 1] - start[i]];
    System.arraycopy(targets, start[i], out, 0, out.length);
    return out;
  }

  private Set<MilestoneId> ids(int[] nodes) {
    Set<MilestoneId> out = new LinkedHashSet<>();
    for (int i : nodes) {
      out.add(milestones.get(i).id());
    }
    return Collections.unmodifiableSet(out);
  }

  /**
   * Every milestone's state at a date: the preferred status, the band of disagreement and the
   * events behind them, under the {@linkplain #DEFAULT_DISPUTE_WINDOW_DAYS default dispute window}.
   * Events known to a month or year count from the end of their period.
   *
   * @param date the date
   * @return the state; O(milestones + events)
   */
  public ProcessState stateAt(LocalDate date) {
    long day = date.toEpochDay();
    Map<MilestoneId, MilestoneState> out = new LinkedHashMap<>();
    for (int m = 0; m < milestones.size(); m++) {
      out.put(milestones.get(m).id(), state(m, day, DEFAULT_DISPUTE_WINDOW_DAYS));
    }
    return new ProcessState(date, out);
  }

  /**
   * One milestone's state at a date.
   *
   * @param id the milestone
   * @param date the date
   * @return its state
   * @throws IllegalArgumentException if the milestone is not in the model
   */
  public MilestoneState stateAt(MilestoneId id, LocalDate date) {
    return state(indexOrThrow(id), date.toEpochDay(), DEFAULT_DISPUTE_WINDOW_DAYS);
  }

  /**
   * One milestone's state at a date.
   *
   * @param id the milestone id, such as {@code "border-opening"}
   * @param date the date
   * @return its state
   * @throws IllegalArgumentException if the milestone is not in the model, naming the nearest id
   */
  public MilestoneState stateAt(String id, LocalDate date) {
    return stateAt(known(id), date);
  }

  /**
   * One milestone's state at a date, with a chosen dispute window.
   *
   * @param id the milestone
   * @param date the date
   * @param disputeWindowDays reports from different sources at most this many days apart are
   *     contemporaneous, so a difference between them is a disagreement; 0 makes every strictly
   *     later report at least as advanced supersede an earlier one
   * @return its state
   * @throws IllegalArgumentException if the milestone is not in the model or the window is negative
   */
  public MilestoneState stateAt(MilestoneId id, LocalDate date, int disputeWindowDays) {
    if (disputeWindowDays < 0) {
      throw new IllegalArgumentException(
          "dispute window is " + disputeWindowDays + " days; it must be >= 0");
    }
    return state(indexOrThrow(id), date.toEpochDay(), disputeWindowDays);
  }

  /**
   * One milestone's state at a date, with a chosen dispute window.
   *
   * @param id the milestone id, such as {@code "border-opening"}
   * @param date the date
   * @param disputeWindowDays as for {@link #stateAt(MilestoneId, LocalDate, int)}
   * @return its state
   * @throws IllegalArgumentException if the milestone is not in the model, naming the nearest id,
   *     or the window is negative
   */
  public MilestoneState stateAt(String id, LocalDate date, int disputeWindowDays) {
    return stateAt(known(id), date, disputeWindowDays);
  }

  private MilestoneState state(int m, long day, int window) {
    int packed = timeline.readingAt(m, day, window);
    int first = timeline.start()[m];
    int end = timeline.endAt(m, day);
    Optional<Event> latest =
        end > first ? Optional.of(events.get(timeline.event()[end - 1])) : Optional.empty();
    List<Event> readings = new ArrayList<>();
    boolean[] live = timeline.liveAt(m, day, window);
    for (int k = first; k < end; k++) {
      if (live[k - first]) {
        readings.add(events.get(timeline.event()[k]));
      }
    }
    return new MilestoneState(
        milestones.get(m).id(),
        Status.ofLevel(StatusTimeline.value(packed)),
        Status.ofLevel(StatusTimeline.low(packed)),
        Status.ofLevel(StatusTimeline.high(packed)),
        latest,
        readings);
  }

  /** Two models are equal when their name, date and every declared element are equal, in order. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ProcessModel other
        && name.equals(other.name)
        && asOf.equals(other.asOf)
        && dimensions.equals(other.dimensions)
        && milestones.equals(other.milestones)
        && sources.equals(other.sources)
        && events.equals(other.events);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, asOf, dimensions, milestones, sources, events);
  }

  @Override
  public String toString() {
    return "ProcessModel['"
        + name
        + "': "
        + dimensions.size()
        + " dimensions, "
        + milestones.size()
        + " milestones, "
        + sources.size()
        + " sources, "
        + events.size()
        + " events]";
  }

  /**
   * Collects the parts of a model; {@link #build()} checks them all and reports every problem at
   * once, each naming the element it is about. Not thread-safe.
   *
   * <p>Dates are given as text ({@code "2024"}, {@code "2024-03"}, {@code "2024-03-15"}) or as a
   * {@link PartialDate}, wherever a builder or factory takes the date of an event, a source or the
   * model's {@code asOf}; queries about a day ({@link ProcessModel#stateAt(LocalDate)}, the index
   * "as of" a date) take a {@link LocalDate}.
   */
  public static final class Builder {
    private String name;
    private PartialDate asOf;
    private final List<Dimension> dimensions = new ArrayList<>();
    private final List<Milestone> milestones = new ArrayList<>();
    private final List<Source> sources = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    /**
     * Sets the name.
     *
     * @param name the process's name
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets the date the data was last checked.
     *
     * @param asOf the date, or null for none
     * @return this builder
     */
    public Builder asOf(PartialDate asOf) {
      this.asOf = asOf;
      return this;
    }

    /**
     * Sets the date the data was last checked.
     *
     * @param asOf {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
     * @return this builder
     * @throws IllegalArgumentException if the text is not one of the three forms or not a real date
     */
    public Builder asOf(String asOf) {
      return asOf(PartialDate.parse(asOf));
    }

    /**
     * Adds a dimension.
     *
     * @param dimension the dimension
     * @return this builder
     */
    public Builder dimension(Dimension dimension) {
      dimensions.add(Objects.requireNonNull(dimension, "dimension"));
      return this;
    }

    /**
     * Adds a milestone.
     *
     * @param milestone the milestone
     * @return this builder
     */
    public Builder milestone(Milestone milestone) {
      milestones.add(Objects.requireNonNull(milestone, "milestone"));
      return this;
    }

    /**
     * Replaces the milestone with the same id, keeping its position.
     *
     * @param milestone the new version
     * @return this builder
     * @throws IllegalArgumentException if no milestone has that id
     */
    public Builder replaceMilestone(Milestone milestone) {
      for (int i = 0; i < milestones.size(); i++) {
        if (milestones.get(i).id().equals(milestone.id())) {
          milestones.set(i, milestone);
          return this;
        }
      }
      throw new IllegalArgumentException(
          ModelMessages.unknown(
              "Milestone",
              milestone.id().value(),
              name,
              milestones.stream().map(m -> m.id().value()).toList()));
    }

    /**
     * Adds a source.
     *
     * @param source the source
     * @return this builder
     */
    public Builder source(Source source) {
      sources.add(Objects.requireNonNull(source, "source"));
      return this;
    }

    /**
     * Adds an event.
     *
     * @param event the event
     * @return this builder
     */
    public Builder event(Event event) {
      events.add(Objects.requireNonNull(event, "event"));
      return this;
    }

    /**
     * Checks everything and builds the model.
     *
     * <p>Each problem names the element it is about, for example {@code milestone 'elections'
     * requires 'disarmement', which is not in model 'X' (did you mean 'disarmament'?)}.
     *
     * @return the model
     * @throws ModelException listing every problem: a blank name, duplicate ids, an unknown
     *     dimension, milestone or source, an event citing no source, a dependency cycle
     */
    public ProcessModel build() {
      return build(false);
    }

    /**
     * Builds, reporting problems by element or, for file readers, by the path of the bad value
     * ({@code milestones[4].requires[0]}), which they turn into a file position.
     */
    private ProcessModel build(boolean byPath) {
      ModelValidator v = new ModelValidator(name, dimensions, milestones, sources, events);
      List<Problem> problems = v.validate(byPath);
      if (!problems.isEmpty()) {
        throw new ModelException(problems);
      }
      return new ProcessModel(this, v.index(), v.graph());
    }
  }
}
