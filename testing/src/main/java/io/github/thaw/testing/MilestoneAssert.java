package io.github.thaw.testing;

import io.github.thaw.model.Milestone;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.ProcessModel;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one milestone's place in the dependency graph of its model. Reach it through {@link
 * ModelAssert#milestone(String)}.
 *
 * <pre>{@code
 * assertThat(model).milestone("border-opening")
 *     .requires("third-country-crossing", "railway-rehabilitation")
 *     .requires("railway-border-gate")                 // through railway-rehabilitation
 *     .isInfluencedBy("armenia-azerbaijan-peace")
 *     .doesNotRequire("diplomatic-relations");
 * }</pre>
 */
public class MilestoneAssert extends AbstractAssert<MilestoneAssert, Milestone> {
  private final ProcessModel model;

  /**
   * Assertions on a milestone of a model.
   *
   * @param model the model the milestone belongs to
   * @param actual the milestone
   */
  public MilestoneAssert(ProcessModel model, Milestone actual) {
    super(actual, MilestoneAssert.class);
    this.model = model;
  }

  /**
   * Checks that the milestone cannot count as further along than each of these: each is a hard
   * prerequisite, directly or through a chain of {@code requires}.
   *
   * @param others the prerequisites' ids
   * @return this
   * @throws AssertionError naming the first that is not, with the milestone's actual hard
   *     prerequisites
   */
  public MilestoneAssert requires(String... others) {
    isNotNull();
    Set<MilestoneId> all = model.transitivePrerequisites(actual.id());
    for (String other : others) {
      MilestoneId o = existing(other);
      if (!all.contains(o)) {
        failWithMessage(
            "%s",
            "Expecting milestone '"
                + actual.id()
                + "' to require '"
                + o
                + "', directly or through a chain of requires,\nbut "
                + prerequisitesText(all)
                + softHint(o));
      }
    }
    return this;
  }

  /**
   * Checks that each of these is in the milestone's own {@code requires} list.
   *
   * @param others the prerequisites' ids
   * @return this
   * @throws AssertionError naming the first that is not, with the milestone's {@code requires} list
   *     and the chain through which it requires the other, if any
   */
  public MilestoneAssert requiresDirectly(String... others) {
    isNotNull();
    for (String other : others) {
      MilestoneId o = existing(other);
      if (!actual.requires().contains(o)) {
        Optional<List<MilestoneId>> chain = Graphs.requiresChain(model, actual.id(), o);
        failWithMessage(
            "%s",
            "Expecting milestone '"
                + actual.id()
                + "' to list '"
                + o
                + "' in its requires,\nbut its requires list is ["
                + Texts.ids(actual.requires())
                + "]"
                + chain
                    .map(c -> "; it requires '" + o + "' only through " + Texts.chain(c))
                    .orElse("")
                + softHint(o));
      }
    }
    return this;
  }

  /**
   * Checks that the milestone does not depend on another through any chain of {@code requires}: the
   * other can lag behind without capping it.
   *
   * @param other the other milestone's id
   * @return this
   * @throws AssertionError showing the chain of {@code requires} that links them
   */
  public MilestoneAssert doesNotRequire(String other) {
    isNotNull();
    MilestoneId o = existing(other);
    Graphs.requiresChain(model, actual.id(), o)
        .ifPresent(
            chain ->
                failWithMessage(
                    "%s",
                    "Expecting milestone '"
                        + actual.id()
                        + "' not to require '"
                        + o
                        + "',\nbut it does, through "
                        + Texts.chain(chain)));
    return this;
  }

  /**
   * Checks that each of these is in the milestone's {@code influencedBy} list: a soft dependency
   * that changes likelihood but never caps.
   *
   * @param others the influences' ids
   * @return this
   * @throws AssertionError naming the first that is not, with the milestone's {@code influencedBy}
   *     list
   */
  public MilestoneAssert isInfluencedBy(String... others) {
    isNotNull();
    for (String other : others) {
      MilestoneId o = existing(other);
      if (!actual.influencedBy().contains(o)) {
        failWithMessage(
            "%s",
            "Expecting milestone '"
                + actual.id()
                + "' to be influenced by '"
                + o
                + "' (influencedBy),\nbut its influencedBy list is ["
                + Texts.ids(actual.influencedBy())
                + "]"
                + (actual.requires().contains(o)
                    ? "; '" + o + "' is a hard prerequisite (requires), not a soft one"
                    : ""));
      }
    }
    return this;
  }

  private MilestoneId existing(String id) {
    if (!model.contains(id)) {
      failWithMessage("%s", model.unknownMilestone(id));
    }
    return MilestoneId.of(id);
  }

  private static String prerequisitesText(Set<MilestoneId> all) {
    return all.isEmpty()
        ? "it has no hard prerequisite"
        : "its hard prerequisites are only: " + Texts.ids(all);
  }

  private String softHint(MilestoneId o) {
    return actual.influencedBy().contains(o)
        ? "; '" + o + "' only influences it (influencedBy), which never caps"
        : "";
  }
}
