package io.github.thaw.testing;

import io.github.thaw.index.IndexMethod;
import io.github.thaw.index.ProgressIndex;
import io.github.thaw.index.TrajectoryPoint;
import io.github.thaw.model.Event;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.ProcessModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a model's index under one method, at any date: a {@link ProgressIndex}. Reach it
 * through {@link ModelAssert#withMethod(IndexMethod)} or {@link
 * ThawAssertions#assertThat(ProgressIndex)}.
 *
 * <pre>{@code
 * assertThat(model).withMethod(IndexMethod.defaults())
 *     .rose(LocalDate.of(2025, 9, 11), LocalDate.of(2025, 9, 12))
 *     .isMonotoneUnderProgress()
 *     .valueAt(LocalDate.of(2025, 9, 12)).isBetween(30, 50);
 * assertThat(model).index().at(LocalDate.of(2025, 9, 12)).dimension("diplomacy").isAtMost(50);
 * }</pre>
 */
public class IndexAssert extends AbstractAssert<IndexAssert, ProgressIndex> {

  /**
   * Assertions on a prepared index; prefer {@link ThawAssertions#assertThat(ProgressIndex)}.
   *
   * @param actual the index
   */
  public IndexAssert(ProgressIndex actual) {
    super(actual, IndexAssert.class);
  }

  /**
   * Assertions on the index at a date.
   *
   * @param date the date
   * @return the result's assert object
   */
  public IndexResultAssert at(LocalDate date) {
    isNotNull();
    return new IndexResultAssert(actual.at(Objects.requireNonNull(date, "date")));
  }

  /**
   * Assertions on the index value at a date, 0–100.
   *
   * @param date the date
   * @return the value's assert object
   */
  public IndexValueAssert valueAt(LocalDate date) {
    return at(date).value();
  }

  /**
   * Checks that the index value at {@code to} is higher than at {@code from}.
   *
   * @param from the earlier date
   * @param to the later date
   * @return this
   * @throws AssertionError giving both values and the status events in between
   * @throws IllegalArgumentException if {@code from} is not before {@code to}
   */
  public IndexAssert rose(LocalDate from, LocalDate to) {
    return moved("rose", "rise", from, to, true);
  }

  /**
   * Checks that the index value at {@code to} is lower than at {@code from}: a reversal, a
   * suspension or a source that reports less than before took effect in between.
   *
   * @param from the earlier date
   * @param to the later date
   * @return this
   * @throws AssertionError giving both values and the status events in between
   * @throws IllegalArgumentException if {@code from} is not before {@code to}
   */
  public IndexAssert fell(LocalDate from, LocalDate to) {
    return moved("fell", "fall", from, to, false);
  }

  private IndexAssert moved(String name, String verb, LocalDate from, LocalDate to, boolean up) {
    isNotNull();
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException(
          name + "(from, to) needs from before to, got " + from + " and " + to);
    }
    List<TrajectoryPoint> points = actual.trajectory(from, to).points();
    double before = points.get(0).value();
    double after = points.get(points.size() - 1).value();
    if (!(up ? after > before : after < before)) {
      List<Event> between = new ArrayList<>();
      points.subList(1, points.size()).forEach(p -> between.addAll(p.events()));
      failWithMessage(
          "%s",
          "Expecting the index of '"
              + actual.model().name()
              + "' to "
              + verb
              + " from "
              + from
              + " to "
              + to
              + ",\nbut it went from "
              + Texts.points(before)
              + " to "
              + Texts.points(after)
              + ".\nStatus events in between:"
              + (between.isEmpty() ? " none" : "\n" + Texts.events(between)));
    }
    return this;
  }

  /**
   * Checks that advancing any single milestone by one step never lowers the index, at the model's
   * {@code asOf} date or, if it has none, at its latest event. See {@link
   * #isMonotoneUnderProgressAt(LocalDate)}.
   *
   * @return this
   * @throws AssertionError naming each milestone whose advance lowers the index, with both values
   * @throws IllegalArgumentException if the model has neither an {@code asOf} date nor any event
   */
  public IndexAssert isMonotoneUnderProgress() {
    isNotNull();
    ProcessModel model = actual.model();
    LocalDate date =
        model
            .asOf()
            .map(PartialDate::effectiveDate)
            .or(model::latestEventDate)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "model '"
                            + model.name()
                            + "' has no asOf date and no event; use"
                            + " isMonotoneUnderProgressAt(date)"));
    return isMonotoneUnderProgressAt(date);
  }

  /**
   * Checks that advancing any single milestone by one step never lowers the index: for each
   * milestone not yet completed, a new report the day after {@code date}, from a source not heard
   * before, one level above its status at {@code date}, leaves the value and both ends of the band
   * at least where they were. Costs one evaluation per milestone: O(milestones × (milestones +
   * dependencies + events)).
   *
   * @param date the date the milestones are advanced from
   * @return this
   * @throws AssertionError naming each milestone whose advance lowers the index, with both values
   */
  public IndexAssert isMonotoneUnderProgressAt(LocalDate date) {
    IndexMethod method = actual.method();
    return isMonotoneUnderProgressAt(date, (m, d) -> method.evaluate(m, d).band());
  }

  /** The check with the index supplied by the caller, so tests can feed it one that misbehaves. */
  IndexAssert isMonotoneUnderProgressAt(LocalDate date, Monotonicity.Probe probe) {
    isNotNull();
    Objects.requireNonNull(date, "date");
    List<String> violations = Monotonicity.violations(actual.model(), date, probe);
    if (!violations.isEmpty()) {
      failWithMessage("%s", Monotonicity.message(actual.model().name(), date, violations));
    }
    return this;
  }
}
