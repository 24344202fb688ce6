package io.github.thaw.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Vintages: what was known on a day, from the sources' publication dates. */
class KnownAtTest {

  @Test
  void anEventIsKnownFromItsEarliestSourceAtTheEndOfThatSourcesPeriod() {
    ProcessModel m = Vintages.model();
    assertThat(m.knownFrom(m.events().get(0))).isEqualTo(LocalDate.of(2025, 9, 12));
    // s1 is dated to a month: it counts from 31 July, earlier than s3
    assertThat(m.knownFrom(m.events().get(1))).isEqualTo(LocalDate.of(2022, 7, 31));
    // no dated source: known from the event's own effective date
    assertThat(m.knownFrom(m.events().get(2))).isEqualTo(LocalDate.of(2023, 12, 31));
  }

  @Test
  void knownAtKeepsOnlyWhatCouldHaveBeenWritten() {
    ProcessModel m = Vintages.model();
    LocalDate end2022 = LocalDate.of(2022, 12, 31);

    ProcessModel then = m.knownAt(end2022);

    assertThat(then.events()).hasSize(1);
    assertThat(then.events().get(0).milestone()).contains(MilestoneId.of("crossing"));
    // event time and knowledge time are separate: the envoys were appointed by then, but no one
    // had reported it
    assertThat(m.stateAt(end2022).status("envoys")).isEqualTo(Status.COMPLETED);
    assertThat(then.stateAt(end2022).status("envoys")).isEqualTo(Status.NOT_STARTED);
    assertThat(m.knownAt(LocalDate.of(2022, 7, 30)).events()).isEmpty();
    assertThat(m.knownAt(LocalDate.of(2025, 9, 12))).isSameAs(m);
    assertThat(then.milestones()).isEqualTo(m.milestones());
    assertThat(then.sources()).isEqualTo(m.sources());
  }

  @Test
  void anEventThatBeginsAfterAllItsSourcesIsWarnedAbout() {
    ProcessModel m =
        Vintages.model().toBuilder()
            .event(Vintages.status("2023-03", "railway", Status.IN_PROGRESS, "s1"))
            .event(Vintages.status("2022-07-31", "railway", Status.IN_PROGRESS, "s1"))
            .build();

    assertThat(m.vintageWarnings())
        .containsExactly(
            "events[3] (2023-03, railway): the event's period begins 2023-03-01, after every"
                + " cited source was published (latest 2022-07-31, s1)");
    assertThat(Vintages.model().vintageWarnings()).isEmpty();
  }

  @Test
  void oneSourceReportingTwoStatusesOfAMilestoneOnOneDayIsWarnedAbout() {
    // GIVEN s1 reporting the crossing AGREED (events[1]) and COMPLETED taking effect on one day,
    // and two sources that differ on the railway on another day
    ProcessModel m =
        Vintages.model().toBuilder()
            .event(Vintages.status("2022-07-01", "crossing", Status.COMPLETED, "s1"))
            .event(Vintages.status("2023-03-01", "railway", Status.IN_PROGRESS, "s1"))
            .event(Vintages.status("2023-03-01", "railway", Status.COMPLETED, "s2"))
            // AND s3 repeating the envoys' COMPLETED (events[0], 2021-12) on that month's last day
            .event(Vintages.status("2021-12-31", "envoys", Status.COMPLETED, "s3"))
            .build();
    // THEN the reading rule reads the pair of one source as a disagreement at the lower status
    MilestoneState crossing = m.stateAt(LocalDate.of(2022, 8, 1)).of("crossing");
    assertThat(crossing.status()).isEqualTo(Status.AGREED);
    assertThat(crossing.high()).isEqualTo(Status.COMPLETED);
    // AND that pair is warned about, naming both events, while the two sources that differ are a
    // disagreement the model means and a source repeating one status is no conflict
    assertThat(m.sameDayWarnings())
        .containsExactly(
            "events[1] and events[3] (crossing, 2022-07-01): source s1 reports both AGREED and"
                + " COMPLETED taking effect that day; they are read as a disagreement counted at"
                + " AGREED. If the milestone reached COMPLETED that day, keep only the event at"
                + " COMPLETED");
    assertThat(Vintages.model().sameDayWarnings()).isEmpty();
  }
}
