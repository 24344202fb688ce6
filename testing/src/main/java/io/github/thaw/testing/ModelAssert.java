package io.github.thaw.testing;

import io.github.thaw.index.GatingFinding;
import io.github.thaw.index.IndexMethod;
import io.github.thaw.model.Event;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.ProcessModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link ProcessModel}: its dependencies, the status of its milestones at a date,
 * its sources, and (through {@link #withMethod}) its index over time.
 *
 * <pre>{@code
 * assertThat(model).isAcyclic().everyEventCitesASource().isConsistentAt(LocalDate.of(2025, 9, 12));
 * assertThat(model).milestone("border-opening").requires("railway-rehabilitation");
 * assertThat(model).statusAt("railway-border-gate", LocalDate.of(2024, 7, 30)).isAtLeast(AGREED);
 * assertThat(model).withMethod(IndexMethod.pam()).valueAt(LocalDate.of(2025, 9, 12)).isAtMost(40);
 * }</pre>
 */
public class ModelAssert extends AbstractAssert<ModelAssert, ProcessModel> {

  /**
   * Assertions on a model; prefer {@link ThawAssertions#assertThat(ProcessModel)}.
   *
   * @param actual the model
   */
  public ModelAssert(ProcessModel actual) {
    super(actual, ModelAssert.class);
  }

  /**
   * Assertions on one milestone's dependencies.
   *
   * @param id the milestone's id
   * @return the milestone's assert object
   * @throws AssertionError if the model has no such milestone, naming the nearest id
   * @throws IllegalArgumentException if {@code id} is not lower-kebab-case
   */
  public MilestoneAssert milestone(String id) {
    isNotNull();
    MilestoneId m = existing(id);
    return new MilestoneAssert(actual, actual.milestone(m));
  }

  /**
   * Assertions on one milestone's state at a date: its preferred status (the latest report), the
   * band when sources disagree, and the sources behind it.
   *
   * @param id the milestone's id
   * @param date the date; events whose effective date is on or before it count
   * @return the state's assert object
   * @throws AssertionError if the model has no such milestone, naming the nearest id
   */
  public MilestoneStateAssert statusAt(String id, LocalDate date) {
    isNotNull();
    Objects.requireNonNull(date, "date");
    MilestoneId m = existing(id);
    return new MilestoneStateAssert(actual.stateAt(m, date), date);
  }

  private MilestoneId existing(String id) {
    MilestoneId m = MilestoneId.of(id);
    if (!actual.contains(m)) {
      failWithMessage("%s", actual.unknownMilestone(id));
    }
    return m;
  }

  /**
   * Checks that no chain of hard or soft dependencies leads back to where it started. A model that
   * {@link ProcessModel.Builder#build()} accepted always passes; the assertion states the
   * assumption in a test and guards against models made some other way.
   *
   * @return this
   * @throws AssertionError naming the milestones of a cycle, as {@code a → b → a}
   */
  public ModelAssert isAcyclic() {
    isNotNull();
    Graphs.findCycle(actual.milestones())
        .ifPresent(cycle -> failWithMessage("%s", cycleMessage(actual.name(), cycle)));
    return this;
  }

  static String cycleMessage(String model, List<MilestoneId> cycle) {
    return "Expecting model '"
        + model
        + "' to have no dependency cycle,\nbut it has one: "
        + Texts.chain(cycle);
  }

  /**
   * Checks that at a date no milestone is reported further along than a hard prerequisite allows:
   * under {@link IndexMethod#defaults()} the index has no gating finding. Use {@code
   * withMethod(m).at(date).hasNoFindings()} for another method.
   *
   * @param date the date
   * @return this
   * @throws AssertionError listing each finding in its own words
   */
  public ModelAssert isConsistentAt(LocalDate date) {
    isNotNull();
    Objects.requireNonNull(date, "date");
    List<GatingFinding> findings = IndexMethod.defaults().evaluate(actual, date).findings();
    if (!findings.isEmpty()) {
      failWithMessage(
          "%s",
          "Expecting model '"
              + actual.name()
              + "' to be consistent at "
              + date
              + ": no milestone reported further along than its hard prerequisites,\nbut "
              + Texts.count(findings.size(), "milestone")
              + (findings.size() == 1 ? " is" : " are")
              + " held back:\n"
              + Texts.findings(findings));
    }
    return this;
  }

  /**
   * Checks that every event can be traced to evidence: it cites at least one source with a locator
   * (a file name or URL where it can be read). A model that was built passes the "at least one
   * source" part by construction; the locator is what makes the evidence traceable.
   *
   * @return this
   * @throws AssertionError listing each event that cites no such source
   */
  public ModelAssert everyEventCitesASource() {
    isNotNull();
    List<Event> untraced = new ArrayList<>();
    for (Event e : actual.events()) {
      boolean traced = false;
      for (String s : e.sources()) {
        traced |= !actual.source(s).locator().isBlank();
      }
      if (!traced) {
        untraced.add(e);
      }
    }
    if (!untraced.isEmpty()) {
      failWithMessage(
          "%s",
          "Expecting every event of model '"
              + actual.name()
              + "' to cite a source with a locator (a file name or URL),\nbut "
              + Texts.count(untraced.size(), "event")
              + (untraced.size() == 1 ? " cites" : " cite")
              + " none:\n"
              + Texts.events(untraced));
    }
    return this;
  }

  /**
   * Assertions on the model's index under a method, at any date.
   *
   * @param method the index method
   * @return the index's assert object
   * @throws IllegalArgumentException if the method cannot be applied to the model (see {@link
   *     IndexMethod#prepare})
   */
  public IndexAssert withMethod(IndexMethod method) {
    isNotNull();
    Objects.requireNonNull(method, "method");
    return new IndexAssert(method.prepare(actual));
  }

  /**
   * Assertions on the model's index under {@link IndexMethod#defaults()}.
   *
   * @return the index's assert object
   */
  public IndexAssert index() {
    return withMethod(IndexMethod.defaults());
  }
}
