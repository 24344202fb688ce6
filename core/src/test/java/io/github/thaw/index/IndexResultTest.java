package io.github.thaw.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.Status;
import org.junit.jupiter.api.Test;

class IndexResultTest {
  private static final IndexResult WORKED =
      IndexMethod.legacy().evaluate(Examples.worked(), Examples.AS_OF);

  @Test
  void explainsItselfInPlainLanguage() {
    assertThat(WORKED.explain())
        .isEqualTo(
            """
            Normalization-progress index of 'Worked example' as of 2025-01-01: 58.3 out of 100, \
            within a band of 58.3 to 66.7 because sources disagree.
            Components: agreement 100.0 (share agreed or further), implementation 37.5 (Peace \
            Accords Matrix implementation coding 0, 0, 2/3, 1).
            Method: status scores 0, 1/3, 2/3, 1 (NOT_STARTED to COMPLETED); milestone weights \
            from the model, weighted arithmetic mean within each dimension; dimension weights from \
            the model, weighted arithmetic mean across dimensions; a milestone counts no further \
            than its least-advanced hard prerequisite.
            Each milestone counts at its latest report (the most conservative one when reports \
            share a date); the band re-evaluates the index with every milestone at its most \
            conservative, then its most optimistic, live reading.

            By dimension:
              - Borders and people (borders): 50.0, weight 50.0%, 3 milestones
              - Transport (transport): 66.7 (band 66.7–83.3), weight 50.0%, 2 milestones

            Largest contributions (points of the value):
              - flights (Direct flights): counts as COMPLETED, 25.0 points
              - envoys (Special envoys appointed): counts as COMPLETED, 12.5 points
              - border-opening (Land border opens): counts as AGREED, 8.3 points
              - railway (Kars–Gyumri railway): counts as AGREED, 8.3 points
              - crossing (Third-country crossing): counts as AGREED, 4.2 points

            Held back by hard prerequisites (1 milestone):
              - border-opening is reported IN_PROGRESS (2024, s6) but counts as AGREED: it \
            requires crossing, which is AGREED (2022-07-01, s3).
            Sources disagree (1 milestone):
              - railway: counted at AGREED (latest report); live readings range from AGREED to \
            IN_PROGRESS: IN_PROGRESS (2023-05, s4); AGREED (2024-03-01, s5)
            """);
  }

  @Test
  void explainsPooledAndUngatedMethodsAndQuietModels() {
    String pam = IndexMethod.pam().evaluate(Examples.worked(), Examples.AS_OF).explain();
    String early =
        IndexMethod.legacy().evaluate(Examples.worked(), Examples.AS_OF.minusYears(10)).explain();

    assertThat(pam)
        .contains("5 scored milestones are pooled, each with its weight.\n")
        .contains("By dimension, each weighted by its milestone count (the value is the weighted")
        .contains("  - Borders and people (borders): 66.7, weight 3/5 (60.0%), 3 milestones\n")
        .contains("Gating is off: hard prerequisites do not cap their dependents.");
    assertThat(early)
        .contains(": 0.0 out of 100.\n")
        .contains("  none: no milestone has advanced yet.")
        .contains("No milestone is held back by a hard prerequisite.")
        .contains("No sources disagree about any milestone at this date.");
  }

  @Test
  void longListsStopAfterTenItems() {
    int[] levels = new int[15];
    java.util.Arrays.fill(levels, 3);
    // m0 .. m14 all COMPLETED, but m1..m14 each require m0 via a chain model: use gating on a star.
    io.github.thaw.model.ProcessModel.Builder b =
        io.github.thaw.model.ProcessModel.builder("Star")
            .dimension(io.github.thaw.model.Dimension.of("all", "All"))
            .source(new io.github.thaw.model.Source("s1", "", "", null, ""))
            .milestone(io.github.thaw.model.Milestone.builder("hub", "Hub", "all").build());
    for (int i = 0; i < 12; i++) {
      b.milestone(
          io.github.thaw.model.Milestone.builder("spoke-" + i, "Spoke " + i, "all")
              .requires("hub")
              .build());
      b.event(Examples.status("2020-01-01", "spoke-" + i, Status.COMPLETED, "s1"));
    }

    String text = IndexMethod.legacy().evaluate(b.build(), Examples.AS_OF).explain();

    assertThat(text).contains("Held back by hard prerequisites (12 milestones):");
    assertThat(text).contains("  … and 2 more\n");
    assertThat(text).doesNotContain("spoke-10 is reported");
  }

  @Test
  void summarisesItselfInOneLine() {
    assertThat(WORKED)
        .hasToString("IndexResult[2025-01-01: 58.3 (band 58.3–66.7), 2 dimensions, 1 cap]");
  }

  @Test
  void milestonesAreAViewInModelOrder() {
    assertThat(WORKED.milestones()).hasSize(5);
    assertThat(WORKED.milestones())
        .extracting(s -> s.milestone().value())
        .containsExactly("envoys", "crossing", "border-opening", "flights", "railway");
    assertThat(WORKED.milestones().get(2)).isEqualTo(WORKED.milestone("border-opening"));
    assertThat(WORKED.milestone(MilestoneId.of("railway")).status()).isEqualTo(Status.AGREED);
    assertThatThrownBy(() -> WORKED.milestones().get(5))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void anUnknownMilestoneIsNamedWithAHint() {
    assertThatThrownBy(() -> WORKED.milestone("raiway"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Milestone 'raiway' is not in model 'Worked example' (did you mean 'railway'?)");
  }

  @Test
  void topContributorsLargestFirstTiesInModelOrder() {
    assertThat(WORKED.topContributors(3))
        .extracting(s -> s.milestone().value())
        .containsExactly("flights", "envoys", "border-opening");
    assertThat(WORKED.topContributors(0)).isEmpty();
    assertThat(WORKED.topContributors(100)).hasSize(5);
  }

  @Test
  void carriesItsDateMethodAndModel() {
    assertThat(WORKED.asOf()).isEqualTo(Examples.AS_OF);
    assertThat(WORKED.method()).isEqualTo(IndexMethod.legacy());
    assertThat(WORKED.model()).isEqualTo(Examples.worked());
  }

  @Test
  void bandsAreOrdered() {
    assertThatThrownBy(() -> new Band(2, 1, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a band needs low <= value <= high, got 2.0, 1.0, 3.0");
    assertThat(new Band(1, 2, 3).width()).isEqualTo(2);
    assertThat(new Band(2, 2, 2)).hasToString("2.0");
  }
}
