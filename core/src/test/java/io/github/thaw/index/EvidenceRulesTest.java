package io.github.thaw.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.thaw.model.Dimension;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Reading rules, date rules, the dispute window and flag-only gating, on hand-worked cases. */
class EvidenceRulesTest {
  private static final org.assertj.core.data.Offset<Double> EXACT = within(1e-9);

  private static IndexResult worked(IndexMethod.Builder b) {
    return b.build().evaluate(Examples.worked(), Examples.AS_OF);
  }

  @Test
  void readingRulesPickInsideTheBandOfLiveReports() {
    // railway: s4 IN_PROGRESS (2023-05), s5 AGREED (2024-03-01), both live at 2025-01-01.
    // borders = (3 + 1 + 2·1) / (3·4) = 50; transport = (3 + railway) / 6.
    double latest =
        worked(IndexMethod.legacy().toBuilder().readingRule(ReadingRule.LATEST)).value();
    double conservative =
        worked(IndexMethod.legacy().toBuilder().readingRule(ReadingRule.CONSERVATIVE)).value();
    double optimistic =
        worked(IndexMethod.legacy().toBuilder().readingRule(ReadingRule.OPTIMISTIC)).value();
    double reliable =
        worked(IndexMethod.legacy().toBuilder().readingRule(ReadingRule.MOST_RELIABLE)).value();

    assertThat(latest).isCloseTo((50 + 4.0 / 6 * 100) / 2, EXACT);
    assertThat(conservative).isCloseTo(latest, EXACT);
    assertThat(optimistic).isCloseTo((50 + 5.0 / 6 * 100) / 2, EXACT);
    // every source is ungraded (F), so the most reliable report is the latest
    assertThat(reliable).isCloseTo(latest, EXACT);
    IndexResult opt = worked(IndexMethod.legacy().toBuilder().readingRule(ReadingRule.OPTIMISTIC));
    assertThat(opt.high()).isCloseTo(optimistic, EXACT);
    assertThat(opt.milestone("railway").status()).isEqualTo(Status.IN_PROGRESS);
  }

  @Test
  void conservativeDiffersFromLatestWhenTheLatestReportIsTheHigher() {
    // GIVEN two contemporaneous reports: AGREED (s1, 2022-01-01), IN_PROGRESS (s2, 2022-01-20)
    ProcessModel m = twoReports();
    LocalDate at = LocalDate.of(2022, 6, 1);

    IndexResult latest = IndexMethod.legacy().evaluate(m, at);
    IndexResult conservative =
        IndexMethod.legacy().toBuilder()
            .readingRule(ReadingRule.CONSERVATIVE)
            .build()
            .evaluate(m, at);

    assertThat(latest.value()).isCloseTo(200.0 / 3, EXACT);
    assertThat(conservative.value()).isCloseTo(100.0 / 3, EXACT);
    assertThat(conservative.low()).isEqualTo(latest.low());
    assertThat(conservative.high()).isEqualTo(latest.high());
  }

  @Test
  void disputeWindowDecidesWhetherALaterReportUpdatesAnEarlierOne() {
    ProcessModel m = twoReports();
    LocalDate at = LocalDate.of(2022, 6, 1);

    IndexResult month = IndexMethod.legacy().evaluate(m, at);
    IndexResult none =
        IndexMethod.legacy().toBuilder().disputeWindowDays(0).build().evaluate(m, at);

    // 19 days apart: within 31 days the sources disagree; with no window the later one updates
    assertThat(month.low()).isCloseTo(100.0 / 3, EXACT);
    assertThat(none.low()).isCloseTo(200.0 / 3, EXACT);
    assertThat(none.value()).isCloseTo(200.0 / 3, EXACT);
    assertThatThrownBy(() -> IndexMethod.legacy().toBuilder().disputeWindowDays(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dispute window must be 0 days or more, found -1");
  }

  private static ProcessModel twoReports() {
    return ProcessModel.builder("Two reports")
        .dimension(Dimension.of("d", "D"))
        .milestone(Milestone.builder("m", "M", "d").build())
        .source(new Source("s1", "", "", null, ""))
        .source(new Source("s2", "", "", null, ""))
        .event(Examples.status("2022-01-01", "m", Status.AGREED, "s1"))
        .event(Examples.status("2022-01-20", "m", Status.IN_PROGRESS, "s2"))
        .build();
  }

  @Test
  void startOfPeriodCountsAYearReportFromJanuary() {
    // border-opening IN_PROGRESS "2024" (capped at AGREED by crossing); flights, envoys done.
    LocalDate june = LocalDate.of(2024, 6, 30);
    IndexResult end = IndexMethod.legacy().evaluate(Examples.worked(), june);
    IndexResult start =
        IndexMethod.legacy().toBuilder()
            .dateRule(DateRule.START_OF_PERIOD)
            .build()
            .evaluate(Examples.worked(), june);

    assertThat(end.milestone("border-opening").status()).isEqualTo(Status.NOT_STARTED);
    assertThat(start.milestone("border-opening").status()).isEqualTo(Status.IN_PROGRESS);
    assertThat(start.milestone("border-opening").counted()).isEqualTo(Status.AGREED);
    // borders: (3 + 1 + 2·1) / 12 versus (3 + 1 + 0) / 12, half the total each
    assertThat(start.value() - end.value()).isCloseTo(2.0 / 12 * 100 / 2, EXACT);
    // a trajectory under the rule moves on 1 January 2024
    Trajectory t =
        IndexMethod.legacy().toBuilder()
            .dateRule(DateRule.START_OF_PERIOD)
            .build()
            .prepare(Examples.worked())
            .trajectory(LocalDate.of(2023, 6, 1), june);
    assertThat(t.points()).anyMatch(p -> p.date().equals(LocalDate.of(2024, 1, 1)));
  }

  @Test
  void flagOnlyReportsTheViolationAndKeepsTheEvidence() {
    IndexResult capped = worked(IndexMethod.legacy().toBuilder());
    IndexResult flagged = worked(IndexMethod.legacy().toBuilder().gating(Gating.FLAG_ONLY));
    IndexResult none = worked(IndexMethod.legacy().toBuilder().gating(Gating.NONE));

    // border-opening counts IN_PROGRESS: borders (3 + 1 + 2·2) / 12 = 2/3, transport 2/3
    assertThat(flagged.value()).isCloseTo(200.0 / 3, EXACT);
    assertThat(flagged.value()).isEqualTo(none.value());
    assertThat(capped.value()).isLessThan(flagged.value());
    assertThat(none.findings()).isEmpty();
    assertThat(flagged.findings()).hasSize(1);
    GatingFinding f = flagged.findings().get(0);
    assertThat(f.capped()).isFalse();
    assertThat(f.countedStatus()).isEqualTo(Status.IN_PROGRESS);
    assertThat(f.describe())
        .isEqualTo(
            "border-opening is reported IN_PROGRESS (2024, s6) though it requires crossing, which"
                + " is AGREED (2022-07-01, s3): flagged, counted as reported.");
    assertThat(flagged.milestone("border-opening").counted()).isEqualTo(Status.IN_PROGRESS);
    assertThat(flagged.explain())
        .contains("Reported beyond a hard prerequisite, flagged but not capped (1 milestone):");
  }

  @Test
  void rulesAreDescribedAndCompared() {
    IndexMethod m =
        IndexMethod.legacy().toBuilder()
            .readingRule(ReadingRule.CONSERVATIVE)
            .dateRule(DateRule.MIDPOINT)
            .disputeWindowDays(90)
            .includeUnscored(true)
            .gating(Gating.FLAG_ONLY)
            .build();
    assertThat(m.describe())
        .endsWith(
            "milestones reported beyond a hard prerequisite are flagged, not capped; reading rule"
                + " CONSERVATIVE; date rule MIDPOINT; dispute window 90 days; unscored context"
                + " counted");
    assertThat(m.toBuilder().build()).isEqualTo(m).hasSameHashCodeAs(m);
    assertThat(m).isNotEqualTo(IndexMethod.legacy());
    assertThat(IndexMethod.legacy().disputeWindowDays()).isEqualTo(31);
  }
}
