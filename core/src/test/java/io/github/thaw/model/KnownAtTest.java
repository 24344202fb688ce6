package io.github.thaw.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Vintages: what was known on a day, from the sources' publication dates. */
class KnownAtTest {
  /**
   * envoys COMPLETED 2021-12 reported only by s3 (published 2025-09-12); crossing AGREED 2022-07-01
   * by s1 (published 2022-07) and s3; railway AGREED 2023 by an undated source s2.
   */
  private static ProcessModel model() {
    return ProcessModel.builder("Vintages")
        .dimension(Dimension.of("d", "D"))
        .milestone(Milestone.builder("envoys", "Envoys", "d").build())
        .milestone(Milestone.builder("crossing", "Crossing", "d").build())
        .milestone(Milestone.builder("railway", "Railway", "d").build())
        .source(new Source("s1", "", "", PartialDate.parse("2022-07"), ""))
        .source(new Source("s2", "", "", null, ""))
        .source(new Source("s3", "", "", PartialDate.parse("2025-09-12"), ""))
        .event(status("2021-12", "envoys", Status.COMPLETED, "s3"))
        .event(status("2022-07-01", "crossing", Status.AGREED, "s1", "s3"))
        .event(status("2023", "railway", Status.AGREED, "s2"))
        .build();
  }

  private static Event status(String date, String m, Status s, String... sources) {
    return Event.status(PartialDate.parse(date), m, s, List.of(sources), "");
  }

  @Test
  void anEventIsKnownFromItsEarliestSourceAtTheEndOfThatSourcesPeriod() {
    ProcessModel m = model();
    assertThat(m.knownFrom(m.events().get(0))).isEqualTo(LocalDate.of(2025, 9, 12));
    // s1 is dated to a month: it counts from 31 July, earlier than s3
    assertThat(m.knownFrom(m.events().get(1))).isEqualTo(LocalDate.of(2022, 7, 31));
    // no dated source: known from the event's own effective date
    assertThat(m.knownFrom(m.events().get(2))).isEqualTo(LocalDate.of(2023, 12, 31));
  }

  @Test
  void knownAtKeepsOnlyWhatCouldHaveBeenWritten() {
    ProcessModel m = model();
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
        model().toBuilder()
            .event(status("2023-03", "railway", Status.IN_PROGRESS, "s1"))
            .event(status("2022-07-31", "railway", Status.IN_PROGRESS, "s1"))
            .build();

    assertThat(m.vintageWarnings())
        .containsExactly(
            "events[3] (2023-03, railway): the event's period begins 2023-03-01, after every"
                + " cited source was published (latest 2022-07-31, s1)");
    assertThat(model().vintageWarnings()).isEmpty();
  }
}
