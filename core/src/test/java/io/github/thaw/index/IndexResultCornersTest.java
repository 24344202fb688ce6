package io.github.thaw.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.thaw.model.Dimension;
import io.github.thaw.model.Event;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Contributions, shares and explanations in the corners the worked example does not reach. */
class IndexResultCornersTest {
  private static final LocalDate AT = LocalDate.of(2025, 1, 1);

  /** Dimension a weighs 3, b weighs 1; a1 is complete, b1 agreed. */
  private static ProcessModel unequal() {
    return ProcessModel.builder("Unequal")
        .dimension(new Dimension("a", "A", 3, ""))
        .dimension(new Dimension("b", "B", 1, ""))
        .milestone(Milestone.builder("a1", "A1", "a").build())
        .milestone(Milestone.builder("b1", "B1", "b").build())
        .source(new Source("s1", "", "", null, ""))
        .event(Event.status("2024-01-01", "a1", Status.COMPLETED, "s1"))
        .event(Event.status("2024-01-01", "b1", Status.AGREED, "s1"))
        .build();
  }

  @Test
  void contributionsFollowUnequalDimensionWeights() {
    // AGREED scores 1/3: (3·100 + 1·33.3) / 4 = 83.3; a1 brings 3/4 of 100, b1 1/4 of 33.3
    assertWeightedThreeToOne(IndexMethod.legacy().evaluate(unequal(), AT));
  }

  /** Weights 3 : 1, a1 COMPLETED and b1 AGREED (1/3): 83.3, of which a1 brings 75. */
  private static void assertWeightedThreeToOne(IndexResult r) {
    assertThat(r.value()).isCloseTo((300 + 100.0 / 3) / 4, within(1e-9));
    assertThat(r.milestone("a1").contribution()).isCloseTo(75, within(1e-9));
    assertThat(r.milestone("b1").contribution()).isCloseTo(100.0 / 3 / 4, within(1e-9));
  }

  @Test
  void contributionsUnderAGeometricMilestoneMeanFollowUnequalDimensionWeights() {
    // one milestone per dimension: each dimension's geometric mean is its one score
    assertWeightedThreeToOne(
        IndexMethod.legacy().toBuilder()
            .milestoneAggregation(Aggregation.GEOMETRIC)
            .build()
            .evaluate(unequal(), AT));
  }

  @Test
  void aGeometricDimensionMeanSharesTheValueByLogTerms() {
    IndexResult r =
        IndexMethod.legacy().toBuilder()
            .dimensionAggregation(Aggregation.GEOMETRIC)
            .build()
            .evaluate(unequal(), AT);
    // each dimension's share is w·(ln(p/100 + c) − ln c) over the sum, c = 1/99
    double c = 1.0 / 99;
    double ta = 3 * (Math.log(1 + c) - Math.log(c));
    double tb = 1 * (Math.log(1.0 / 3 + c) - Math.log(c));
    assertThat(r.milestone("a1").contribution())
        .isCloseTo(r.value() * ta / (ta + tb), within(1e-9));
    assertThat(r.milestone("b1").contribution())
        .isCloseTo(r.value() * tb / (ta + tb), within(1e-9));
  }

  @Test
  void aZeroWeightDimensionIsNotTheWeakestLink() {
    ProcessModel m =
        ProcessModel.builder("Zero")
            .dimension(Dimension.of("a", "A"))
            .dimension(Dimension.of("b", "B"))
            .dimension(new Dimension("z", "Z", 0, ""))
            .milestone(Milestone.builder("a1", "A1", "a").build())
            .milestone(Milestone.builder("b1", "B1", "b").build())
            .milestone(Milestone.builder("z1", "Z1", "z").build())
            .source(new Source("s1", "", "", null, ""))
            .event(Event.status("2024-01-01", "a1", Status.COMPLETED, "s1"))
            .event(Event.status("2024-01-01", "b1", Status.AGREED, "s1"))
            .build();
    IndexResult r =
        IndexMethod.legacy().toBuilder()
            .dimensionAggregation(Aggregation.WEAKEST_LINK)
            .build()
            .evaluate(m, AT);
    // the weakest weighted dimension is b at 33.3; z (0 points) weighs nothing
    assertThat(r.value()).isCloseTo(100.0 / 3, within(1e-9));
    assertThat(r.milestone("b1").contribution()).isCloseTo(100.0 / 3, within(1e-9));
    assertThat(r.milestone("a1").contribution()).isZero();
  }

  @Test
  void underTheWeakestLinkTheMilestoneHoldingItsDimensionBackCarriesIt() {
    ProcessModel m =
        ProcessModel.builder("Weakest")
            .dimension(Dimension.of("a", "A"))
            .dimension(Dimension.of("b", "B"))
            .milestone(Milestone.builder("a1", "A1", "a").build())
            .milestone(Milestone.builder("a2", "A2", "a").build())
            .milestone(Milestone.builder("b1", "B1", "b").build())
            .milestone(Milestone.builder("b2", "B2", "b").build())
            .source(new Source("s1", "", "", null, ""))
            .event(Event.status("2024-01-01", "a1", Status.COMPLETED, "s1"))
            .event(Event.status("2024-01-01", "a2", Status.COMPLETED, "s1"))
            .event(Event.status("2024-01-01", "b1", Status.AGREED, "s1"))
            .event(Event.status("2024-01-01", "b2", Status.COMPLETED, "s1"))
            .build();
    IndexResult r =
        IndexMethod.legacy().toBuilder()
            .milestoneAggregation(Aggregation.WEAKEST_LINK)
            .build()
            .evaluate(m, AT);
    // a is 100, b is held at 33.3 by b1: value (100 + 33.3) / 2
    assertThat(r.value()).isCloseTo((100 + 100.0 / 3) / 2, within(1e-9));
    assertThat(r.milestone("b1").contribution()).isCloseTo(100.0 / 6, within(1e-9));
    assertThat(r.milestone("b2").contribution()).isZero();
    assertThat(r.milestone("a1").contribution() + r.milestone("a2").contribution())
        .isCloseTo(50, within(1e-9));
  }

  /** n milestones, each with two sources disagreeing on the same day. */
  private static ProcessModel disputed(int n) {
    ProcessModel.Builder b =
        ProcessModel.builder("Disputed")
            .dimension(Dimension.of("a", "A"))
            .source(new Source("s1", "", "", null, ""))
            .source(new Source("s2", "", "", null, ""));
    for (int i = 0; i < n; i++) {
      b.milestone(Milestone.builder("m" + i, "M" + i, "a").build());
      b.event(Event.status("2024-01-01", "m" + i, Status.AGREED, "s1"));
      b.event(Event.status("2024-01-01", "m" + i, Status.IN_PROGRESS, "s2"));
    }
    return b.build();
  }

  @Test
  void theDisputedListStopsAtTenAndCountsTheRest() {
    String eleven = IndexMethod.legacy().evaluate(disputed(11), AT).explain();
    assertThat(eleven).contains("Sources disagree (11 milestones)").endsWith("  … and 1 more\n");
    assertThat(eleven).contains("  - m9:").doesNotContain("  - m10:");

    String ten = IndexMethod.legacy().evaluate(disputed(10), AT).explain();
    assertThat(ten).contains("  - m9:").doesNotContain("more\n");
  }

  @Test
  void aCappedMilestoneIsTracedToTheSameDayReportItCountsAt() {
    // x's two reports share a day; the latest rule takes the more conservative IN_PROGRESS (s1),
    // and the finding must cite that report, not the COMPLETED one written after it
    ProcessModel m =
        ProcessModel.builder("Tie")
            .dimension(Dimension.of("a", "A"))
            .milestone(Milestone.builder("p", "P", "a").build())
            .milestone(Milestone.builder("x", "X", "a").requires("p").build())
            .source(new Source("s1", "", "", null, ""))
            .source(new Source("s2", "", "", null, ""))
            .event(Event.status("2024-01-01", "p", Status.AGREED, "s1"))
            .event(Event.status("2024-06-01", "x", Status.IN_PROGRESS, "s1"))
            .event(Event.status("2024-06-01", "x", Status.COMPLETED, "s2"))
            .build();
    GatingFinding f = IndexMethod.legacy().evaluate(m, AT).findings().get(0);
    assertThat(f.status()).isEqualTo(Status.IN_PROGRESS);
    assertThat(f.milestoneEvent().orElseThrow().status()).contains(Status.IN_PROGRESS);
    assertThat(f.milestoneEvent().orElseThrow().sources()).containsExactly("s1");
    assertThat(f.prerequisiteEvent().orElseThrow().sources()).containsExactly("s1");
  }

  @Test
  void onlyTheCappedMilestoneIsCappedAndOnlyTheDisputedOneDisputed() {
    IndexResult r = IndexMethod.legacy().evaluate(Examples.worked(), Examples.AS_OF);
    assertThat(r.milestone("border-opening").isCapped()).isTrue();
    assertThat(r.milestone("flights").isCapped()).isFalse();
    assertThat(r.milestone("railway").isDisputed()).isTrue();
    assertThat(r.milestone("flights").isDisputed()).isFalse();
  }

  @Test
  void pooledWithUnscoredCountedADimensionOfZeroWeightsSaysSoRatherThanContext() {
    ProcessModel m =
        ProcessModel.builder("Weightless")
            .dimension(Dimension.of("a", "A"))
            .dimension(Dimension.of("b", "B"))
            .milestone(Milestone.builder("a1", "A1", "a").build())
            .milestone(Milestone.builder("b1", "B1", "b").build())
            .source(new Source("s1", "", "", null, ""))
            .event(Event.status("2024-01-01", "a1", Status.AGREED, "s1"))
            .build();
    String text =
        IndexMethod.legacy().toBuilder()
            .includeUnscored(true)
            .structure(Structure.POOLED)
            .milestoneWeights(Weights.fromModel().with("b1", 0))
            .build()
            .evaluate(m, AT)
            .explain();
    assertThat(text).contains("  - B (b): milestone weights 0, not counted, 1 milestone\n");
  }

  @Test
  void aPointWithoutChangeShowsPlusZero() {
    ProcessModel m = unequal();
    Trajectory t = IndexMethod.legacy().prepare(m).trajectory(LocalDate.of(2024, 6, 1), AT);
    assertThat(t.toString()).endsWith("  +0.0  0 events");
  }

  @Test
  void aCappedMilestoneReadFromAnEarlierDayCitesThatReportNotTheLatest() {
    // Under the conservative rule x counts at s1's IN_PROGRESS of 28 May, which is still live; the
    // finding must cite that report, not s2's COMPLETED of 1 June, which says something else.
    ProcessModel m =
        ProcessModel.builder("Earlier")
            .dimension(Dimension.of("a", "A"))
            .milestone(Milestone.builder("p", "P", "a").build())
            .milestone(Milestone.builder("x", "X", "a").requires("p").build())
            .source(new Source("s1", "", "", null, ""))
            .source(new Source("s2", "", "", null, ""))
            .event(Event.status("2024-01-01", "p", Status.AGREED, "s1"))
            .event(Event.status("2024-05-28", "x", Status.IN_PROGRESS, "s1"))
            .event(Event.status("2024-06-01", "x", Status.COMPLETED, "s2"))
            .build();
    IndexResult r =
        IndexMethod.legacy().toBuilder()
            .readingRule(ReadingRule.CONSERVATIVE)
            .build()
            .evaluate(m, LocalDate.of(2024, 6, 2));
    GatingFinding f = r.findings().get(0);
    assertThat(f.status()).isEqualTo(Status.IN_PROGRESS);
    Event cited = f.milestoneEvent().orElseThrow();
    assertThat(cited.status()).contains(Status.IN_PROGRESS);
    assertThat(cited.sources()).containsExactly("s1");
    assertThat(f.describe()).contains("x is reported IN_PROGRESS (2024-05-28, s1)");
  }
}
