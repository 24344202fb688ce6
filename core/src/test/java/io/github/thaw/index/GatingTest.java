package io.github.thaw.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.thaw.model.Dimension;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import org.junit.jupiter.api.Test;

class GatingTest {

  /** c requires b requires a; a is AGREED, b and c are COMPLETED. */
  private static ProcessModel chain() {
    return ProcessModel.builder("Chain")
        .dimension(Dimension.of("all", "All"))
        .milestone(Milestone.builder("a", "A", "all").build())
        .milestone(Milestone.builder("b", "B", "all").requires("a").build())
        .milestone(Milestone.builder("c", "C", "all").requires("b").build())
        .source(new Source("s1", "", "", null, ""))
        .source(new Source("s2", "", "", null, ""))
        .event(Examples.status("2021-03-01", "a", Status.AGREED, "s1"))
        .event(Examples.status("2022-04", "b", Status.COMPLETED, "s2"))
        .event(Examples.status("2023", "c", Status.COMPLETED, "s2"))
        .build();
  }

  @Test
  void aMilestoneCountsNoFurtherThanItsPrerequisiteTransitively() {
    IndexResult r = IndexMethod.legacy().evaluate(chain(), Examples.AS_OF);

    assertThat(r.milestone("b").status()).isEqualTo(Status.COMPLETED);
    assertThat(r.milestone("b").counted()).isEqualTo(Status.AGREED);
    assertThat(r.milestone("c").counted()).isEqualTo(Status.AGREED);
    assertThat(r.milestone("c").isCapped()).isTrue();
    assertThat(r.milestone("c").rawScore()).isEqualTo(1.0);
    assertThat(r.milestone("c").countedScore()).isEqualTo(1 / 3.0);
    // (1/3 + 1/3 + 1/3) / 3
    assertThat(r.value()).isCloseTo(100 / 3.0, within(1e-12));
  }

  @Test
  void everyCapIsAFindingWithItsChainAndEvents() {
    IndexResult r = IndexMethod.legacy().evaluate(chain(), Examples.AS_OF);

    assertThat(r.findings()).hasSize(2);
    GatingFinding b = r.findings().get(0);
    assertThat(b.milestone()).isEqualTo(MilestoneId.of("b"));
    assertThat(b.status()).isEqualTo(Status.COMPLETED);
    assertThat(b.prerequisite()).isEqualTo(MilestoneId.of("a"));
    assertThat(b.prerequisiteStatus()).isEqualTo(Status.AGREED);
    assertThat(b.countedStatus()).isEqualTo(Status.AGREED);
    assertThat(b.chain()).containsExactly(MilestoneId.of("a"));
    assertThat(b.milestoneEvent().orElseThrow().date()).hasToString("2022-04");
    assertThat(b.prerequisiteEvent().orElseThrow().date()).hasToString("2021-03-01");
    assertThat(b.describe())
        .isEqualTo(
            "b is reported COMPLETED (2022-04, s2) but counts as AGREED: it requires a, which is"
                + " AGREED (2021-03-01, s1).");

    GatingFinding c = r.findings().get(1);
    assertThat(c.prerequisite()).isEqualTo(MilestoneId.of("b"));
    assertThat(c.chain()).containsExactly(MilestoneId.of("b"), MilestoneId.of("a"));
    assertThat(c.origin()).isEqualTo(MilestoneId.of("a"));
    assertThat(c.originEvent().orElseThrow().date()).hasToString("2021-03-01");
    assertThat(c.describe())
        .isEqualTo(
            "c is reported COMPLETED (2023, s2) but counts as AGREED: it requires b, which counts"
                + " as AGREED through b → a, and a is AGREED (2021-03-01, s1).");
  }

  @Test
  void theWorkedExampleHasOneCap() {
    IndexResult r = IndexMethod.legacy().evaluate(Examples.worked(), Examples.AS_OF);

    assertThat(r.findings())
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.describe())
                    .isEqualTo(
                        "border-opening is reported IN_PROGRESS (2024, s6) but counts as AGREED: it requires"
                            + " crossing, which is AGREED (2022-07-01, s3)."));
  }

  @Test
  void softDependenciesNeverGate() {
    // flights is influenced by crossing (AGREED) yet counts as COMPLETED.
    IndexResult r = IndexMethod.legacy().evaluate(Examples.worked(), Examples.AS_OF);

    assertThat(r.milestone("flights").counted()).isEqualTo(Status.COMPLETED);
    assertThat(r.findings()).noneMatch(f -> f.milestone().value().equals("flights"));
  }

  @Test
  void withoutGatingEveryMilestoneCountsAtItsReading() {
    // borders = (1 + 1/3 + 2·2/3) / 4 = 2/3; total (66.67 + 66.67) / 2
    IndexResult r =
        IndexMethod.legacy().toBuilder()
            .gating(Gating.NONE)
            .build()
            .evaluate(Examples.worked(), Examples.AS_OF);

    assertThat(r.findings()).isEmpty();
    assertThat(r.milestone("border-opening").counted()).isEqualTo(Status.IN_PROGRESS);
    assertThat(r.value()).isCloseTo(200 / 3.0, within(1e-12));
  }

  @Test
  void theLeastAdvancedPrerequisiteCapsAndTheFirstDeclaredWinsATie() {
    ProcessModel m =
        ProcessModel.builder("Several")
            .dimension(Dimension.of("all", "All"))
            .milestone(Milestone.builder("x", "X", "all").build())
            .milestone(Milestone.builder("y", "Y", "all").build())
            .milestone(Milestone.builder("z", "Z", "all").build())
            .milestone(Milestone.builder("d", "D", "all").requires("x", "y", "z").build())
            .source(new Source("s1", "", "", null, ""))
            .event(Examples.status("2020-01-01", "x", Status.IN_PROGRESS, "s1"))
            .event(Examples.status("2020-01-01", "y", Status.AGREED, "s1"))
            .event(Examples.status("2020-01-01", "z", Status.AGREED, "s1"))
            .event(Examples.status("2020-01-01", "d", Status.COMPLETED, "s1"))
            .build();

    GatingFinding f = IndexMethod.legacy().evaluate(m, Examples.AS_OF).findings().get(0);

    assertThat(f.prerequisite()).isEqualTo(MilestoneId.of("y"));
    assertThat(f.countedStatus()).isEqualTo(Status.AGREED);
  }

  @Test
  void aPrerequisiteWithoutReportsCapsAtNotStarted() {
    ProcessModel m =
        ProcessModel.builder("Unreported")
            .dimension(Dimension.of("all", "All"))
            .milestone(Milestone.builder("p", "P", "all").build())
            .milestone(Milestone.builder("q", "Q", "all").requires("p").build())
            .source(new Source("s1", "", "", null, ""))
            .event(Examples.status("2020-01-01", "q", Status.AGREED, "s1"))
            .build();

    IndexResult r = IndexMethod.legacy().evaluate(m, Examples.AS_OF);

    assertThat(r.value()).isZero();
    assertThat(r.findings().get(0).describe())
        .isEqualTo(
            "q is reported AGREED (2020-01-01, s1) but counts as NOT_STARTED: it requires p,"
                + " which is NOT_STARTED (no report yet).");
  }

  @Test
  void gatingAppliesToEachEndOfTheBand() {
    // p: s1 says COMPLETED, later s2 says AGREED, so p reads AGREED within AGREED..COMPLETED.
    // q requires p and is COMPLETED: it counts as AGREED for the value, COMPLETED for the high end.
    ProcessModel m =
        ProcessModel.builder("Band")
            .dimension(Dimension.of("all", "All"))
            .milestone(Milestone.builder("p", "P", "all").build())
            .milestone(Milestone.builder("q", "Q", "all").requires("p").build())
            .source(new Source("s1", "", "", null, ""))
            .source(new Source("s2", "", "", null, ""))
            .event(Examples.status("2020-01-01", "p", Status.COMPLETED, "s1"))
            .event(Examples.status("2021-01-01", "p", Status.AGREED, "s2"))
            .event(Examples.status("2021-01-01", "q", Status.COMPLETED, "s1"))
            .build();

    IndexResult r = IndexMethod.legacy().evaluate(m, Examples.AS_OF);

    assertThat(r.value()).isCloseTo(100 / 3.0, within(1e-12));
    assertThat(r.low()).isCloseTo(100 / 3.0, within(1e-12));
    assertThat(r.high()).isEqualTo(100);
    // Findings describe the preferred reading.
    assertThat(r.findings()).singleElement().extracting(GatingFinding::milestone).hasToString("q");
  }

  @Test
  void aLongChainEvaluatesWithoutRecursion() {
    int n = 20_000;
    ProcessModel.Builder b =
        ProcessModel.builder("Long chain")
            .dimension(Dimension.of("all", "All"))
            .source(new Source("s1", "", "", null, ""));
    for (int i = 0; i < n; i++) {
      Milestone.Builder m = Milestone.builder("m" + i, "M" + i, "all");
      if (i > 0) {
        m.requires("m" + (i - 1));
      }
      b.milestone(m.build());
      b.event(
          Examples.status("2020-01-01", "m" + i, i == 0 ? Status.AGREED : Status.COMPLETED, "s1"));
    }

    IndexResult r = IndexMethod.legacy().evaluate(b.build(), Examples.AS_OF);

    assertThat(r.value()).isCloseTo(100 / 3.0, within(1e-9));
    assertThat(r.findings()).hasSize(n - 1);
    assertThat(r.findings().get(n - 2).chain()).hasSize(n - 1);
  }
}
