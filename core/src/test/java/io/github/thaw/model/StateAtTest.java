package io.github.thaw.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The status reading at a date, and the band when sources disagree. */
class StateAtTest {

  private static ProcessModel.Builder base() {
    return ProcessModel.builder("States")
        .dimension(Dimension.of("d", "D"))
        .milestone(Milestone.builder("x", "X", "d").build())
        .source(new Source("s1", "", "", null, ""))
        .source(new Source("s2", "", "", null, ""))
        .source(new Source("s3", "", "", null, ""));
  }

  private static Event ev(String date, Status s, String... sources) {
    return Event.status(PartialDate.parse(date), "x", s, List.of(sources), "");
  }

  private static MilestoneState at(ProcessModel m, String date) {
    return m.stateAt(MilestoneId.of("x"), LocalDate.parse(date));
  }

  @Test
  void noEventMeansNotStarted() {
    MilestoneState s = at(base().build(), "2025-01-01");
    assertThat(s.status()).isEqualTo(Status.NOT_STARTED);
    assertThat(s.isDisputed()).isFalse();
    assertThat(s.latest()).isEmpty();
  }

  @Test
  void progressFromAnySourceSupersedesEarlierClaims() {
    ProcessModel m =
        base()
            .event(ev("2022-07-01", Status.AGREED, "s1"))
            .event(ev("2024-03-01", Status.COMPLETED, "s2"))
            .build();
    assertThat(at(m, "2022-06-30").status()).isEqualTo(Status.NOT_STARTED);
    assertThat(at(m, "2022-07-01").status()).isEqualTo(Status.AGREED);
    MilestoneState later = at(m, "2024-03-01");
    assertThat(later.status()).isEqualTo(Status.COMPLETED);
    assertThat(later.low()).isEqualTo(Status.COMPLETED);
    assertThat(later.readings()).hasSize(1);
  }

  @Test
  void aLaterLowerClaimFromAnotherSourceIsADisagreement() {
    ProcessModel m =
        base()
            .event(ev("2025-09-12", Status.IN_PROGRESS, "s3"))
            .event(ev("2025-09-20", Status.AGREED, "s1"))
            .build();
    MilestoneState s = at(m, "2025-10-01");
    assertThat(s.status()).isEqualTo(Status.AGREED);
    assertThat(s.low()).isEqualTo(Status.AGREED);
    assertThat(s.high()).isEqualTo(Status.IN_PROGRESS);
    assertThat(s.isDisputed()).isTrue();
    assertThat(s.readings()).hasSize(2);
  }

  @Test
  void contemporaneousReportsThatDifferAreADisagreementEvenWhenTheLaterIsHigher() {
    ProcessModel m =
        base()
            .event(ev("2025-09-07", Status.AGREED, "s1", "s2"))
            .event(ev("2025-09-12", Status.IN_PROGRESS, "s3"))
            .build();
    MilestoneState s = at(m, "2025-09-12");
    assertThat(s.status()).isEqualTo(Status.IN_PROGRESS);
    assertThat(s.low()).isEqualTo(Status.AGREED);
    assertThat(s.high()).isEqualTo(Status.IN_PROGRESS);
    MilestoneState strict =
        m.stateAt(MilestoneId.of("x"), java.time.LocalDate.parse("2025-09-12"), 0);
    assertThat(strict.isDisputed()).isFalse();
  }

  @Test
  void reportsMoreThanTheWindowApartAreProgressNotDisagreement() {
    ProcessModel m =
        base()
            .event(ev("2025-08-01", Status.AGREED, "s1"))
            .event(ev("2025-09-02", Status.IN_PROGRESS, "s3"))
            .build();
    assertThat(at(m, "2025-09-02").isDisputed()).isFalse();
    assertThat(ProcessModel.DEFAULT_DISPUTE_WINDOW_DAYS).isEqualTo(31);
  }

  @Test
  void aSourceThatReportsAgainRetractsItsOwnEarlierClaim() {
    ProcessModel m =
        base()
            .event(ev("2024-01-01", Status.COMPLETED, "s1"))
            .event(ev("2025-01-01", Status.NOT_STARTED, "s1"))
            .build();
    MilestoneState s = at(m, "2025-06-01");
    assertThat(s.status()).isEqualTo(Status.NOT_STARTED);
    assertThat(s.high()).isEqualTo(Status.NOT_STARTED);
  }

  @Test
  void sameDayClaimsTakeTheConservativeValueAndShowTheBand() {
    ProcessModel m =
        base()
            .event(ev("2025-01-01", Status.IN_PROGRESS, "s1"))
            .event(ev("2025-01-01", Status.AGREED, "s2"))
            .build();
    MilestoneState s = at(m, "2025-01-01");
    assertThat(s.status()).isEqualTo(Status.AGREED);
    assertThat(s.low()).isEqualTo(Status.AGREED);
    assertThat(s.high()).isEqualTo(Status.IN_PROGRESS);
  }

  @Test
  void monthAndYearPrecisionCountFromTheEndOfThePeriod() {
    ProcessModel m =
        base()
            .event(ev("2024", Status.AGREED, "s1"))
            .event(ev("2025-02", Status.IN_PROGRESS, "s2"))
            .build();
    assertThat(at(m, "2024-12-30").status()).isEqualTo(Status.NOT_STARTED);
    assertThat(at(m, "2024-12-31").status()).isEqualTo(Status.AGREED);
    assertThat(at(m, "2025-02-27").status()).isEqualTo(Status.AGREED);
    assertThat(at(m, "2025-02-28").status()).isEqualTo(Status.IN_PROGRESS);
  }

  @Test
  void processStateKeepsDeclarationOrder() {
    ProcessModel m = base().event(ev("2024-01-01", Status.AGREED, "s1")).build();
    ProcessState state = m.stateAt(LocalDate.of(2024, 6, 1));
    assertThat(state.status("x")).isEqualTo(Status.AGREED);
    assertThat(state.milestones().keySet()).containsExactly(MilestoneId.of("x"));
  }
}
