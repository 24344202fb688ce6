package io.github.thaw.testing;

import io.github.thaw.index.GatingFinding;
import io.github.thaw.index.IndexMethod;
import io.github.thaw.model.Event;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.ProcessModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
  private boolean customComparator;

  /**
   * Assertions on a model; prefer {@link ThawAssertions#assertThat(ProcessModel)}.
   *
   * @param actual the model
   */
  public ModelAssert(ProcessModel actual) {
    super(actual, ModelAssert.class);
  }

  /**
   * Checks that the model equals another: the same name and date and the same dimensions,
   * milestones, sources and events, in the same order. A failure lists what differs, element by
   * element, instead of the two models' one-line summaries:
   *
   * <pre>
   * Expecting model 'Example' to equal the expected model, but 3 things differ
   * (+ only in the actual model, - only in the expected one, ~ changed, expected → actual):
   *   ~ milestone 'railway' changed: weight 1.0 → 2.0
   *   + dependency added: border requires envoys
   *   - event removed: 2024-06-01 railway AGREED [s2] — Railway works agreed.
   * </pre>
   *
   * @param expected the expected value; anything but a model, or any value after {@code
   *     usingComparator(...)}, is compared as AssertJ does
   * @return this
   * @throws AssertionError listing every difference
   */
  @Override
  public ModelAssert isEqualTo(Object expected) {
    if (!(expected instanceof ProcessModel other) || actual == null || customComparator) {
      // A comparator set with usingComparator decides equality itself.
      return super.isEqualTo(expected);
    }
    if (!actual.equals(other)) {
      List<String> differences = ModelDiff.between(other, actual);
      failWithMessage(
          "%s",
          "Expecting model '"
              + actual.name()
              + "' to equal the expected model, but "
              + Texts.count(differences.size(), "thing")
              + (differences.size() == 1 ? " differs" : " differ")
              + "\n(+ only in the actual model, - only in the expected one, ~ changed, expected"
              + " → actual):\n  "
              + String.join("\n  ", differences));
    }
    return this;
  }

  /**
   * Compares with a comparator instead of {@link ProcessModel#equals}; {@link #isEqualTo} then
   * fails as AssertJ does, without the element-by-element difference.
   *
   * @param comparator the comparator
   * @return this
   */
  @Override
  public ModelAssert usingComparator(Comparator<? super ProcessModel> comparator) {
    customComparator = true;
    return super.usingComparator(comparator);
  }

  /**
   * Compares with a comparator instead of {@link ProcessModel#equals}; {@link #isEqualTo} then
   * fails as AssertJ does, without the element-by-element difference.
   *
   * @param comparator the comparator
   * @param description how it compares, for failure messages
   * @return this
   */
  @Override
  public ModelAssert usingComparator(
      Comparator<? super ProcessModel> comparator, String description) {
    customComparator = true;
    return super.usingComparator(comparator, description);
  }

  /**
   * Returns to {@link ProcessModel#equals}.
   *
   * @return this
   */
  @Override
  public ModelAssert usingDefaultComparator() {
    customComparator = false;
    return super.usingDefaultComparator();
  }

  /**
   * Assertions on one milestone's dependencies.
   *
   * @param id the milestone's id
   * @return the milestone's assert object
   * @throws AssertionError if the model has no such milestone, naming the nearest id
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
    if (!actual.contains(id)) {
      failWithMessage("%s", actual.unknownMilestone(id));
    }
    return MilestoneId.of(id);
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
