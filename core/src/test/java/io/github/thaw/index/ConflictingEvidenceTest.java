package io.github.thaw.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.thaw.model.Dimension;
import io.github.thaw.model.Event;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.MilestoneState;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ConflictingEvidenceTest {

  /** One milestone "m" with the given events; sources s1..s3. */
  private static ProcessModel one(Event... events) {
    ProcessModel.Builder b =
        ProcessModel.builder("One")
            .dimension(Dimension.of("all", "All"))
            .milestone(Milestone.builder("m", "M", "all").build())
            .source(new Source("s1", "", "", null, ""))
            .source(new Source("s2", "", "", null, ""))
            .source(new Source("s3", "", "", null, ""));
    for (Event e : events) {
      b.event(e);
    }
    return b.build();
  }

  private static IndexResult at(ProcessModel m) {
    return IndexMethod.legacy().evaluate(m, Examples.AS_OF);
  }

  @Test
  void theValueIsTheLatestReportAndTheBandSpansTheLiveReadings() {
    // railway: s4 says IN_PROGRESS (2023-05), later s5 says AGREED (2024-03-01).
    IndexResult r = at(Examples.worked());

    MilestoneScore railway = r.milestone("railway");
    assertThat(railway.status()).isEqualTo(Status.AGREED);
    assertThat(railway.low()).isEqualTo(Status.AGREED);
    assertThat(railway.high()).isEqualTo(Status.IN_PROGRESS);
    assertThat(railway.isDisputed()).isTrue();
    // low and value: (50 + 66.67) / 2; high: railway at IN_PROGRESS, (50 + 83.33) / 2.
    assertThat(r.value()).isCloseTo(175 / 3.0, within(1e-12));
    assertThat(r.low()).isCloseTo(175 / 3.0, within(1e-12));
    assertThat(r.high()).isCloseTo(200 / 3.0, within(1e-12));
    assertThat(r.band().isDisputed()).isTrue();
    assertThat(r.dimensionBands().get("transport").high()).isCloseTo(250 / 3.0, within(1e-12));
    assertThat(r.dimensionBands().get("borders").isDisputed()).isFalse();
  }

  @Test
  void reportsOfTheSameDayCountAtTheMostConservative() {
    IndexResult r =
        at(
            one(
                Examples.status("2024-01-01", "m", Status.COMPLETED, "s1"),
                Examples.status("2024-01-01", "m", Status.AGREED, "s2")));

    assertThat(r.value()).isCloseTo(100 / 3.0, within(1e-12));
    assertThat(r.high()).isEqualTo(100);
  }

  @Test
  void aLaterReportAtLeastAsAdvancedRetiresEarlierClaims() {
    IndexResult r =
        at(
            one(
                Examples.status("2023-01-01", "m", Status.AGREED, "s1"),
                Examples.status("2024-01-01", "m", Status.IN_PROGRESS, "s2")));

    assertThat(r.band()).isEqualTo(new Band(200 / 3.0, 200 / 3.0, 200 / 3.0));
    assertThat(r.disputed()).isEmpty();
  }

  @Test
  void aSourceReportingAgainRetiresItsOwnEarlierClaim() {
    // s1 said COMPLETED, then s1 itself said AGREED: a correction, not a dispute.
    IndexResult r =
        at(
            one(
                Examples.status("2023-01-01", "m", Status.COMPLETED, "s1"),
                Examples.status("2024-01-01", "m", Status.AGREED, "s1")));

    assertThat(r.band().isDisputed()).isFalse();
    assertThat(r.value()).isCloseTo(100 / 3.0, within(1e-12));
  }

  @Test
  void aReversalByAnotherSourceIsADispute() {
    IndexResult r =
        at(
            one(
                Examples.status("2023-01-01", "m", Status.COMPLETED, "s1"),
                Examples.status("2024-01-01", "m", Status.AGREED, "s2")));

    assertThat(r.low()).isCloseTo(100 / 3.0, within(1e-12));
    assertThat(r.value()).isCloseTo(100 / 3.0, within(1e-12));
    assertThat(r.high()).isEqualTo(100);
  }

  @Test
  void disputedMilestonesComeWithTheirSources() {
    IndexResult r = at(Examples.worked());

    assertThat(r.disputed())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.milestone().value()).isEqualTo("railway");
              assertThat(s.readings())
                  .extracting(e -> e.sources().get(0))
                  .containsExactly("s4", "s5");
            });
    MilestoneState railway = r.disputed().get(0);
    assertThat(railway.status()).isEqualTo(Status.AGREED);
  }

  @Test
  void monthAndYearPrecisionEventsCountFromTheEndOfTheirPeriod() {
    // border-opening's report is dated "2024": it counts from 2024-12-31.
    // railway's report dated "2023-05" counts from 2023-05-31.
    ProgressIndex index = IndexMethod.legacy().prepare(Examples.worked());

    assertThat(index.at(LocalDate.of(2024, 12, 30)).milestone("border-opening").status())
        .isEqualTo(Status.NOT_STARTED);
    assertThat(index.at(LocalDate.of(2024, 12, 31)).milestone("border-opening").status())
        .isEqualTo(Status.IN_PROGRESS);
    assertThat(index.at(LocalDate.of(2023, 5, 30)).milestone("railway").status())
        .isEqualTo(Status.NOT_STARTED);
    assertThat(index.at(LocalDate.of(2023, 5, 31)).milestone("railway").status())
        .isEqualTo(Status.IN_PROGRESS);
  }

  @Test
  void contextEventsNeverMoveTheIndex() {
    ProcessModel withContext = Examples.worked();
    ProcessModel.Builder without = ProcessModel.builder("Worked example");
    withContext.dimensions().forEach(without::dimension);
    withContext.milestones().forEach(without::milestone);
    withContext.sources().forEach(without::source);
    withContext.events().stream().filter(e -> !e.isContext()).forEach(without::event);

    assertThat(at(without.build()).band()).isEqualTo(at(withContext).band());
  }
}
