package io.github.thaw.testing;

import io.github.thaw.index.Band;
import io.github.thaw.index.GatingFinding;
import io.github.thaw.index.IndexResult;
import io.github.thaw.index.MilestoneScore;
import io.github.thaw.model.ProcessModel;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the index of a model at one date. Reach it through {@link
 * ThawAssertions#assertThat(IndexResult)} or {@link IndexAssert#at}.
 *
 * <pre>{@code
 * IndexResult now = IndexMethod.defaults().evaluate(model, LocalDate.of(2025, 9, 12));
 * assertThat(now).hasNoFindings().isMonotoneUnderProgress();
 * assertThat(now).value().isBetween(30, 50);
 * assertThat(now).dimension("diplomacy").isAtMost(50);
 * }</pre>
 */
public class IndexResultAssert extends AbstractAssert<IndexResultAssert, IndexResult> {
  private static final int TOP = 3;

  /**
   * Assertions on an index result; prefer {@link ThawAssertions#assertThat(IndexResult)}.
   *
   * @param actual the result
   */
  public IndexResultAssert(IndexResult actual) {
    super(actual, IndexResultAssert.class);
  }

  /**
   * Assertions on the value, 0–100. Failures show the band and the largest contributions.
   *
   * @return the value's assert object
   */
  public IndexValueAssert value() {
    isNotNull();
    IndexResult r = actual;
    return new IndexValueAssert(
        r.value(),
        "the index of '" + r.model().name() + "' at " + r.asOf(),
        bandText(r.band()),
        () -> "Largest contributions: " + contributions(r));
  }

  /**
   * Assertions on one dimension's value, 0–100. Failures show the dimension's milestones and how
   * far each counts.
   *
   * @param id the dimension's id
   * @return the value's assert object
   * @throws AssertionError if the result has no value for that dimension, listing those it has
   */
  public IndexValueAssert dimension(String id) {
    isNotNull();
    Objects.requireNonNull(id, "id");
    IndexResult r = actual;
    Double v = r.dimensions().get(id);
    if (v == null) {
      failWithMessage(
          "%s",
          "Expecting a dimension '"
              + id
              + "' in the index of '"
              + r.model().name()
              + "' at "
              + r.asOf()
              + ",\nbut "
              + (r.model().dimensions().stream().anyMatch(d -> d.id().equals(id))
                  ? "it has no value: its milestones are not scored (context) or weigh nothing"
                  : "its dimensions are: " + String.join(", ", r.dimensions().keySet())));
    }
    Supplier<String> details =
        () ->
            "Its milestones: "
                + r.milestones().stream()
                    .filter(s -> s.dimension().equals(id))
                    .map(IndexResultAssert::counts)
                    .collect(Collectors.joining(", "));
    return new IndexValueAssert(
        v,
        "dimension '" + id + "' of the index of '" + r.model().name() + "' at " + r.asOf(),
        bandText(r.dimensionBands().get(id)),
        details);
  }

  /**
   * Checks that no milestone is held back by a hard prerequisite: the result has no gating finding.
   *
   * @return this
   * @throws AssertionError listing each finding in its own words
   */
  public IndexResultAssert hasNoFindings() {
    isNotNull();
    List<GatingFinding> findings = actual.findings();
    if (!findings.isEmpty()) {
      failWithMessage(
          "%s",
          "Expecting no milestone of '"
              + actual.model().name()
              + "' to be held back by a hard prerequisite at "
              + actual.asOf()
              + ",\nbut "
              + Texts.count(findings.size(), "milestone")
              + (findings.size() == 1 ? " is" : " are")
              + ":\n"
              + Texts.findings(findings));
    }
    return this;
  }

  /**
   * Checks that advancing any single milestone by one step after this result's date never lowers
   * the index under this result's method; see {@link IndexAssert#isMonotoneUnderProgressAt}.
   *
   * @return this
   * @throws AssertionError naming each milestone whose advance lowers the index, with both values
   */
  public IndexResultAssert isMonotoneUnderProgress() {
    isNotNull();
    ProcessModel model = actual.model();
    new IndexAssert(actual.method().prepare(model)).isMonotoneUnderProgressAt(actual.asOf());
    return this;
  }

  private static String counts(MilestoneScore s) {
    return s.milestone()
        + " counts as "
        + s.counted()
        + (s.isCapped() ? " (reported " + s.status() + ", capped)" : "");
  }

  private static String contributions(IndexResult r) {
    List<MilestoneScore> top = r.topContributors(TOP);
    if (top.isEmpty()) {
      return "none, no milestone has advanced";
    }
    return top.stream()
        .map(s -> s.milestone() + " " + Texts.points(s.contribution()) + " (" + s.counted() + ")")
        .collect(Collectors.joining(", "));
  }

  private static String bandText(Band b) {
    return b.isDisputed()
        ? " (band " + Texts.points(b.low()) + " to " + Texts.points(b.high()) + ")"
        : "";
  }
}
