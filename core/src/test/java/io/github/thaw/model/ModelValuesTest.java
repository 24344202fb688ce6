package io.github.thaw.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Small value types of the model: how they read, and how builders change them. */
class ModelValuesTest {
  @Test
  void eventsReadAsDateWhatSourcesAndNote() {
    Event status =
        Event.status(
            PartialDate.parse("2022-07"), "crossing", Status.AGREED, List.of("s1", "s2"), "Vienna");
    assertThat(status).hasToString("2022-07 crossing AGREED [s1, s2] — Vienna");
    Event context = Event.context(PartialDate.parse("2021"), List.of("s3"), "");
    assertThat(context).hasToString("2021 context [s3]");
    assertThat(context.isContext()).isTrue();
    assertThat(status.isContext()).isFalse();
  }

  @Test
  void aMilestonesBuilderChangesNameDimensionAndRequirements() {
    Milestone m =
        Milestone.builder("border-opening", "Border", "borders")
            .requires("crossing", "railway")
            .build();
    Milestone changed =
        m.toBuilder()
            .name("Land border opens")
            .dimension("transport")
            .dropRequires(MilestoneId.of("railway"))
            .dropRequires(MilestoneId.of("not-there"))
            .build();
    assertThat(changed.name()).isEqualTo("Land border opens");
    assertThat(changed.dimension()).isEqualTo("transport");
    assertThat(changed.requires()).containsExactly(MilestoneId.of("crossing"));
    assertThat(m.requires()).hasSize(2);
  }

  @Test
  void aProblemMovedElsewhereKeepsItsMessage() {
    Problem p = Problem.at("milestones[2].requires", "unknown milestone 'x'");
    Location where = new Location("m.yaml", 7, 3, "milestones[2].requires[0]");
    Problem moved = p.at(where);
    assertThat(moved.message()).isEqualTo(p.message());
    assertThat(moved.location()).isEqualTo(where);
    assertThat(moved).hasToString("m.yaml:7:3: milestones[2].requires[0]: unknown milestone 'x'");
  }

  @Test
  void milestoneIdsAreSlugsOfAtMostTwoHundredCharactersAndSortAlphabetically() {
    assertThat(MilestoneId.isValid("a".repeat(200))).isTrue();
    assertThat(MilestoneId.isValid("a".repeat(201))).isFalse();
    assertThat(MilestoneId.of("railway").compareTo(MilestoneId.of("border"))).isPositive();
    assertThat(MilestoneId.of("border").compareTo(MilestoneId.of("railway"))).isNegative();
    assertThat(MilestoneId.of("border").compareTo(MilestoneId.of("border"))).isZero();
  }
}
