package io.github.thaw.testing;

import io.github.thaw.index.GatingFinding;
import io.github.thaw.index.IndexResult;
import io.github.thaw.index.MilestoneScore;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Status;
import io.github.thaw.scenario.ScenarioOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one scenario against its baseline: how far it moves the index, what it unblocks,
 * and whether it reports milestones further along than their prerequisites allow. Reach it through
 * {@link ScenarioComparisonAssert#scenario(String)}.
 *
 * <pre>{@code
 * assertThat(comparison).scenario("railway-reactivated")
 *     .raisesIndexBy(4)
 *     .unblocks("railway-rehabilitation")
 *     .introducesNoFindings();
 * assertThat(comparison).scenario("reversal").lowersIndexBy(5);
 * }</pre>
 */
public class ScenarioOutcomeAssert extends AbstractAssert<ScenarioOutcomeAssert, ScenarioOutcome> {
  /** Differences this small are rounding in the index arithmetic, not a change. */
  private static final double TOLERANCE = 1e-9;

  /**
   * Assertions on a scenario's outcome; prefer {@link ThawAssertions#assertThat(ScenarioOutcome)}.
   *
   * @param actual the outcome
   */
  public ScenarioOutcomeAssert(ScenarioOutcome actual) {
    super(actual, ScenarioOutcomeAssert.class);
  }

  /**
   * Checks that the scenario raises the index by at least this many points against the baseline.
   *
   * @param atLeast the smallest acceptable rise, in index points
   * @return this
   * @throws AssertionError giving the change, what the scenario unblocks and what stays blocked
   */
  public ScenarioOutcomeAssert raisesIndexBy(double atLeast) {
    isNotNull();
    if (actual.delta() < atLeast - TOLERANCE) {
      failMove("raise the index by at least " + Texts.given(atLeast) + " points");
    }
    return this;
  }

  /**
   * Checks that the scenario lowers the index by at least this many points against the baseline.
   *
   * @param atLeast the smallest acceptable fall, in index points
   * @return this
   * @throws AssertionError giving the change, what the scenario unblocks and what stays blocked
   */
  public ScenarioOutcomeAssert lowersIndexBy(double atLeast) {
    isNotNull();
    if (actual.delta() > -atLeast + TOLERANCE) {
      failMove("lower the index by at least " + Texts.given(atLeast) + " points");
    }
    return this;
  }

  private void failMove(String expectation) {
    IndexResult r = actual.result();
    double baseline = r.value() - actual.delta();
    StringBuilder out =
        new StringBuilder("Expecting scenario '")
            .append(actual.name())
            .append("' to ")
            .append(expectation)
            .append(" at ")
            .append(r.asOf())
            .append(",\nbut it moves it by ")
            .append(Texts.delta(actual.delta()))
            .append(" (from ")
            .append(Texts.points(baseline))
            .append(" to ")
            .append(Texts.points(r.value()))
            .append(").\nUnblocks: ")
            .append(Texts.ids(actual.unblocked()));
    actual
        .stillBlocked()
        .forEach(
            (m, waits) ->
                out.append("\nStill blocked: ")
                    .append(m)
                    .append(" waits for ")
                    .append(Texts.ids(waits)));
    failWithMessage("%s", out);
  }

  /**
   * Checks that in the scenario every hard prerequisite of each milestone counts as completed,
   * whereas in the baseline some did not.
   *
   * @param ids the milestones' ids
   * @return this
   * @throws AssertionError naming the first milestone not unblocked and what it still waits for
   */
  public ScenarioOutcomeAssert unblocks(String... ids) {
    isNotNull();
    ProcessModel model = actual.result().model();
    for (String id : ids) {
      MilestoneId m = MilestoneId.of(id);
      if (actual.unblocked().contains(m)) {
        continue;
      }
      if (!model.contains(m)) {
        failWithMessage("%s", model.unknownMilestone(id));
      }
      List<MilestoneId> waits = waitsFor(model.milestone(m));
      String why;
      if (model.milestone(m).requires().isEmpty()) {
        why = id + " has no hard prerequisite, so there is nothing to unblock";
      } else if (waits.isEmpty()) {
        why = id + " was not blocked in the baseline";
      } else {
        why = id + " still waits for " + Texts.ids(waits);
      }
      failWithMessage(
          "%s",
          "Expecting scenario '"
              + actual.name()
              + "' to unblock "
              + id
              + " at "
              + actual.result().asOf()
              + ",\nbut it unblocks "
              + (actual.unblocked().isEmpty() ? "nothing" : Texts.ids(actual.unblocked()))
              + ":\n"
              + why);
    }
    return this;
  }

  /** The hard prerequisites of a milestone that count below COMPLETED in the scenario. */
  private List<MilestoneId> waitsFor(Milestone m) {
    Map<MilestoneId, List<MilestoneId>> still = actual.stillBlocked();
    if (still.containsKey(m.id())) {
      return still.get(m.id());
    }
    List<MilestoneId> out = new ArrayList<>();
    for (MilestoneId p : m.requires()) {
      MilestoneScore s = actual.result().milestone(p);
      if (s.counted() != Status.COMPLETED) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * Checks that the scenario introduces no gating finding: it reports no milestone further along
   * than its hard prerequisites allow, beyond what the baseline already does.
   *
   * @return this
   * @throws AssertionError listing each new finding in its own words
   */
  public ScenarioOutcomeAssert introducesNoFindings() {
    isNotNull();
    List<GatingFinding> found = actual.introducedFindings();
    if (!found.isEmpty()) {
      failWithMessage(
          "%s",
          "Expecting scenario '"
              + actual.name()
              + "' to introduce no gating finding at "
              + actual.result().asOf()
              + ",\nbut it introduces "
              + found.size()
              + ":\n"
              + Texts.findings(found));
    }
    return this;
  }

  /**
   * Checks that the scenario reports a milestone further along than a hard prerequisite allows and
   * that this prerequisite is what holds it back: a gating finding introduced for {@code id} is
   * capped by {@code prerequisite}, directly or through its chain of caps.
   *
   * @param id the milestone expected to be capped
   * @param prerequisite the hard prerequisite expected to cap it
   * @return this
   * @throws AssertionError listing the findings the scenario introduces, in their own words
   */
  public ScenarioOutcomeAssert introducesFindingFor(String id, String prerequisite) {
    isNotNull();
    MilestoneId m = MilestoneId.of(id);
    MilestoneId p = MilestoneId.of(prerequisite);
    List<GatingFinding> found = actual.introducedFindings();
    for (GatingFinding f : found) {
      if (f.milestone().equals(m) && f.chain().contains(p)) {
        return this;
      }
    }
    failWithMessage(
        "%s",
        "Expecting scenario '"
            + actual.name()
            + "' to introduce a gating finding for "
            + id
            + " capped by "
            + prerequisite
            + " at "
            + actual.result().asOf()
            + ",\nbut it introduces "
            + (found.isEmpty() ? "none" : found.size() + ":\n" + Texts.findings(found)));
    return this;
  }

  /**
   * Checks that the scenario reports a milestone further along than a hard prerequisite allows, so
   * the index caps it: the scenario introduces a gating finding for that milestone.
   *
   * @param id the milestone expected to be capped
   * @return this
   * @throws AssertionError naming the milestones the scenario's findings are about, if any
   */
  public ScenarioOutcomeAssert introducesFindingFor(String id) {
    isNotNull();
    MilestoneId m = MilestoneId.of(id);
    List<MilestoneId> capped = new ArrayList<>();
    for (GatingFinding f : actual.introducedFindings()) {
      if (f.milestone().equals(m)) {
        return this;
      }
      capped.add(f.milestone());
    }
    failWithMessage(
        "%s",
        "Expecting scenario '"
            + actual.name()
            + "' to introduce a gating finding for "
            + id
            + " at "
            + actual.result().asOf()
            + ",\nbut it introduces "
            + (capped.isEmpty() ? "none" : "findings only for " + Texts.ids(capped)));
    return this;
  }
}
