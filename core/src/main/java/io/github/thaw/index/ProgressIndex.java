package io.github.thaw.index;

import io.github.thaw.internal.StatusTimeline;
import io.github.thaw.internal.index.Engine;
import io.github.thaw.internal.index.Plan;
import io.github.thaw.model.Event;
import io.github.thaw.model.ProcessModel;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A method resolved against a model, ready to give the index at any date and trajectories over
 * time. Immutable and safe to share between threads; every call works on its own state.
 *
 * <p>A trajectory is computed incrementally: from one point to the next only the milestones with an
 * event in between are re-read, only those whose reading changed and the hard dependents their
 * change reaches are re-gated (in topological order), and only the dimensions they belong to are
 * re-aggregated. A point costs O(k · log n + dimensions) for k changed milestones, not O(n); when
 * more than an eighth of the milestones have events in one step, the step is a full evaluation
 * instead. Every point equals {@link #at} at its date exactly.
 *
 * <pre>{@code
 * ProgressIndex index = IndexMethod.defaults().prepare(model);
 * IndexResult now = index.at(LocalDate.of(2025, 9, 12));
 * Trajectory everyEvent = index.trajectory();
 * Trajectory monthly = index.monthly(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 9, 30));
 * }</pre>
 */
public final class ProgressIndex {
  private static final long DAY_OFFSET = 1L << 21;

  private final IndexMethod method;
  private final Plan plan;

  /** Status events by effective day (ties in declaration order): day, event and milestone. */
  private final long[] sortedDay;

  private final int[] sortedEvent;
  private final int[] sortedMilestone;

  ProgressIndex(ProcessModel model, IndexMethod method) {
    this.method = method;
    this.plan = new Plan(model, MethodResolver.spec(method, model));
    StatusTimeline t = plan.timeline();
    int[] start = t.start();
    long[] day = t.day();
    int[] event = t.event();
    int total = start[plan.size()];
    long[] keys = new long[total];
    int[] milestoneOfEvent = new int[model.events().size()];
    for (int m = 0; m < plan.size(); m++) {
      for (int k = start[m]; k < start[m + 1]; k++) {
        keys[k] = (day[k] + DAY_OFFSET) << 32 | event[k];
        milestoneOfEvent[event[k]] = m;
      }
    }
    Arrays.sort(keys);
    sortedDay = new long[total];
    sortedEvent = new int[total];
    sortedMilestone = new int[total];
    for (int i = 0; i < total; i++) {
      sortedDay[i] = (keys[i] >>> 32) - DAY_OFFSET;
      sortedEvent[i] = (int) keys[i];
      sortedMilestone[i] = milestoneOfEvent[sortedEvent[i]];
    }
  }

  /**
   * The model.
   *
   * @return the model
   */
  public ProcessModel model() {
    return plan.model();
  }

  /**
   * The method.
   *
   * @return the method
   */
  public IndexMethod method() {
    return method;
  }

  /**
   * The index at a date.
   *
   * @param date the date; events whose effective date is on or before it count
   * @return the result; O(milestones + dependencies + events)
   */
  public IndexResult at(LocalDate date) {
    return new IndexResult(method, plan, date, new Engine(plan, false).evaluate(date.toEpochDay()));
  }

  /**
   * The index at the effective date of every status event.
   *
   * @return the trajectory; empty when the model has no status event
   */
  public Trajectory trajectory() {
    long[] days = distinctDays(Long.MIN_VALUE, Long.MAX_VALUE);
    return run(days);
  }

  /**
   * The index at {@code from}, at every status event's effective date after it up to {@code to},
   * and at {@code to}.
   *
   * @param from the first date
   * @param to the last date
   * @return the trajectory
   * @throws IllegalArgumentException if {@code from} is after {@code to}
   */
  public Trajectory trajectory(LocalDate from, LocalDate to) {
    check(from, to);
    TreeSet<Long> days = new TreeSet<>();
    days.add(from.toEpochDay());
    for (long d : distinctDays(from.toEpochDay(), to.toEpochDay())) {
      days.add(d);
    }
    days.add(to.toEpochDay());
    return run(days.stream().mapToLong(Long::longValue).toArray());
  }

  /**
   * The index monthly: at {@code from}, at the last day of every month after it and before {@code
   * to}, and at {@code to}. Month ends match the rule that a month-precision event counts from the
   * end of its month.
   *
   * @param from the first date
   * @param to the last date
   * @return the trajectory
   * @throws IllegalArgumentException if {@code from} is after {@code to}
   */
  public Trajectory monthly(LocalDate from, LocalDate to) {
    check(from, to);
    List<LocalDate> dates = new ArrayList<>();
    dates.add(from);
    for (YearMonth m = YearMonth.from(from); ; m = m.plusMonths(1)) {
      LocalDate end = m.atEndOfMonth();
      if (!end.isBefore(to)) {
        break;
      }
      if (end.isAfter(from)) {
        dates.add(end);
      }
    }
    dates.add(to);
    return trajectoryAt(dates);
  }

  /**
   * The index at the given dates, in date order; duplicates count once.
   *
   * @param dates the dates
   * @return the trajectory
   */
  public Trajectory trajectoryAt(Collection<LocalDate> dates) {
    return run(new TreeSet<>(dates).stream().mapToLong(LocalDate::toEpochDay).distinct().toArray());
  }

  private static void check(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.isAfter(to)) {
      throw new IllegalArgumentException(IndexMessages.fromAfterTo(from, to));
    }
  }

  /** The distinct effective days of status events in (after, upTo]. */
  private long[] distinctDays(long after, long upTo) {
    long[] out = new long[sortedDay.length];
    int n = 0;
    for (long d : sortedDay) {
      if (d > after && d <= upTo && (n == 0 || out[n - 1] != d)) {
        out[n++] = d;
      }
    }
    return Arrays.copyOf(out, n);
  }

  private Trajectory run(long[] days) {
    List<TrajectoryPoint> points = new ArrayList<>(days.length);
    if (days.length == 0) {
      return new Trajectory(method, points);
    }
    Engine engine = new Engine(plan, true);
    engine.rebuild(Long.MIN_VALUE);
    double previous = engine.total(Engine.VALUE);
    List<Event> events = plan.model().events();
    int next = 0;
    for (long day : days) {
      int end = next;
      while (end < sortedDay.length && sortedDay[end] <= day) {
        end++;
      }
      if ((long) (end - next) * 8 > plan.size()) {
        engine.rebuild(day);
      } else if (end > next) {
        engine.advance(day, sortedMilestone, next, end);
      }
      List<Event> moved = new ArrayList<>(end - next);
      for (int i = next; i < end; i++) {
        moved.add(events.get(sortedEvent[i]));
      }
      double value = engine.total(Engine.VALUE);
      points.add(
          new TrajectoryPoint(
              LocalDate.ofEpochDay(day),
              engine.total(Engine.LOW),
              value,
              engine.total(Engine.HIGH),
              value - previous,
              dimensionValues(engine),
              moved,
              engine.total(Engine.AGREEMENT),
              engine.total(Engine.IMPLEMENTATION)));
      previous = value;
      next = end;
    }
    return new Trajectory(method, points);
  }

  private Map<String, Double> dimensionValues(Engine engine) {
    Map<String, Double> out = new java.util.LinkedHashMap<>();
    for (int g = 0; g < plan.groups(); g++) {
      if (!plan.context(g)) {
        out.put(plan.groupDimension(g).id(), engine.groupValue(Engine.VALUE, g));
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "ProgressIndex[" + plan.model() + ", " + method + "]";
  }
}
