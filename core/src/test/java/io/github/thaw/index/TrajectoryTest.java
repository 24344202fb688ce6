package io.github.thaw.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.thaw.model.Dimension;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.ProcessModel;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrajectoryTest {
  private static final ProgressIndex WORKED = IndexMethod.legacy().prepare(Examples.worked());

  private static LocalDate d(String text) {
    return LocalDate.parse(text);
  }

  @Test
  void atEveryEventDate() {
    Trajectory t = WORKED.trajectory();

    assertThat(t.points())
        .extracting(TrajectoryPoint::date)
        .containsExactly(
            d("2021-12-15"),
            d("2022-02-02"),
            d("2022-07-01"),
            d("2023-05-31"),
            d("2024-03-01"),
            d("2024-12-31"));
    // Values computed by hand in docs/methodology.md.
    double[] values = {12.5, 37.5, 125 / 3.0, 175 / 3.0, 50, 175 / 3.0};
    double[] deltas = {12.5, 25, 25 / 6.0, 50 / 3.0, -25 / 3.0, 25 / 3.0};
    for (int i = 0; i < values.length; i++) {
      assertThat(t.get(i).value()).as("value %d", i).isCloseTo(values[i], within(1e-12));
      assertThat(t.get(i).delta()).as("delta %d", i).isCloseTo(deltas[i], within(1e-12));
      assertThat(t.get(i).events()).hasSize(1);
    }
    assertThat(t.get(4).band().isDisputed()).isTrue();
    assertThat(t.get(4).high()).isCloseTo(175 / 3.0, within(1e-12));
    assertThat(t.get(5).events().get(0).milestone().orElseThrow().value())
        .isEqualTo("border-opening");
    assertThat(t.get(1).dimensions()).containsEntry("transport", 50.0);
    assertThat(t.method()).isEqualTo(IndexMethod.legacy());
  }

  @Test
  void betweenTwoDatesWithEveryEventInBetween() {
    Trajectory t = WORKED.trajectory(d("2022-01-01"), d("2024-06-30"));

    assertThat(t.points())
        .extracting(TrajectoryPoint::date)
        .containsExactly(
            d("2022-01-01"),
            d("2022-02-02"),
            d("2022-07-01"),
            d("2023-05-31"),
            d("2024-03-01"),
            d("2024-06-30"));
    // The first point carries every status event up to its date, measured from no event at all.
    assertThat(t.get(0).events()).hasSize(1);
    assertThat(t.get(0).delta()).isEqualTo(12.5);
    assertThat(t.get(5).events()).isEmpty();
    assertThat(t.get(5).hasEvents()).isFalse();
    assertThat(t.get(5).delta()).isZero();
  }

  @Test
  void tableHasARowPerPointWithWhatMovedIt() {
    Trajectory t = WORKED.trajectory(d("2022-01-01"), d("2024-06-30"));

    // Values and deltas by hand in docs/methodology.md: 12.5, 37.5, 41.67, 58.33, 50, with the band
    // up to 58.33 from 2024-03-01 on, since s5's AGREED does not retire s4's IN_PROGRESS.
    assertThat(t.table().lines())
        .containsExactly(
            "date         value  band             delta  moved by",
            "2022-01-01    12.5  [12.5, 12.5]     +12.5  envoys COMPLETED [s1]",
            "2022-02-02    37.5  [37.5, 37.5]     +25.0  flights COMPLETED [s2]",
            "2022-07-01    41.7  [41.7, 41.7]      +4.2  crossing AGREED [s3]",
            "2023-05-31    58.3  [58.3, 58.3]     +16.7  railway IN_PROGRESS [s4]",
            "2024-03-01    50.0  [50.0, 58.3]      -8.3  railway AGREED [s5]",
            "2024-06-30    50.0  [50.0, 58.3]      +0.0  ");
    assertThat(t.table()).endsWith(System.lineSeparator());
  }

  @Test
  void monthlyAtMonthEnds() {
    Trajectory t = WORKED.monthly(d("2022-01-15"), d("2022-04-10"));

    assertThat(t.points())
        .extracting(TrajectoryPoint::date)
        .containsExactly(
            d("2022-01-15"), d("2022-01-31"), d("2022-02-28"), d("2022-03-31"), d("2022-04-10"));
    assertThat(t.get(2).events()).hasSize(1);
    assertThat(t.get(2).delta()).isEqualTo(25);
  }

  @Test
  void aSingleDayTrajectoryHasOnePoint() {
    assertThat(WORKED.monthly(d("2022-01-31"), d("2022-01-31")).size()).isEqualTo(1);
    assertThat(WORKED.trajectory(d("2022-01-31"), d("2022-01-31")).size()).isEqualTo(1);
  }

  @Test
  void atChosenDatesInDateOrder() {
    Trajectory t = WORKED.trajectoryAt(List.of(d("2025-01-01"), d("2022-01-01"), d("2025-01-01")));

    assertThat(t.points())
        .extracting(TrajectoryPoint::date)
        .containsExactly(d("2022-01-01"), d("2025-01-01"));
    assertThat(t.get(1).events()).hasSize(5);
    assertThat(t.get(1).delta()).isCloseTo(175 / 3.0 - 12.5, within(1e-12));
  }

  @Test
  void theFirstDeltaIsMeasuredFromNoEventAtAll() {
    // With NOT_STARTED scored 0.1, the index before any event is 10.
    ProgressIndex index =
        IndexMethod.legacy().toBuilder()
            .scores(0.1, 0.4, 0.7, 1)
            .build()
            .prepare(Examples.worked());

    TrajectoryPoint first = index.trajectory().get(0);

    assertThat(first.delta()).isCloseTo(first.value() - 10, within(1e-12));
  }

  @Test
  void fromAfterToIsAnError() {
    assertThatThrownBy(() -> WORKED.trajectory(d("2025-01-01"), d("2024-01-01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("trajectory from 2025-01-01 to 2024-01-01: 'from' must not be after 'to'");
    assertThatThrownBy(() -> WORKED.monthly(d("2025-01-01"), d("2024-01-01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("trajectory from 2025-01-01 to 2024-01-01: 'from' must not be after 'to'");
  }

  @Test
  void aModelWithoutEventsHasAnEmptyTrajectory() {
    ProcessModel quiet =
        ProcessModel.builder("Quiet")
            .dimension(Dimension.of("all", "All"))
            .milestone(Milestone.builder("a", "A", "all").build())
            .build();

    assertThat(IndexMethod.legacy().prepare(quiet).trajectory().points()).isEmpty();
  }

  @Test
  void everyPointEqualsAFullEvaluationAtItsDate() {
    for (IndexMethod method : Methods.all()) {
      ProgressIndex index = method.prepare(Examples.worked());
      for (TrajectoryPoint p : index.monthly(d("2021-06-01"), d("2025-02-01")).points()) {
        IndexResult full = index.at(p.date());

        assertThat(p.value()).as("%s at %s", method, p.date()).isEqualTo(full.value());
        assertThat(p.low()).isEqualTo(full.low());
        assertThat(p.high()).isEqualTo(full.high());
        assertThat(p.dimensions()).isEqualTo(full.dimensions());
      }
    }
  }

  @Test
  void largeModelsStayExactAcrossBlocksOfSums() {
    // Dimensions of hundreds of milestones span several blocks of the sum trees; the shuffled copy
    // gates in topological rather than declaration order.
    for (long seed : new long[] {1, 2}) {
      ProcessModel generated = RandomModels.generate(seed, 700);
      for (ProcessModel model : List.of(generated, RandomModels.shuffled(generated, seed))) {
        for (IndexMethod method : Methods.all()) {
          ProgressIndex index = method.prepare(model);
          for (TrajectoryPoint p : index.monthly(d("2019-12-01"), d("2025-06-30")).points()) {
            IndexResult full = index.at(p.date());

            assertThat(p.value()).as("%s at %s", method, p.date()).isEqualTo(full.value());
            assertThat(p.low()).isEqualTo(full.low());
            assertThat(p.high()).isEqualTo(full.high());
            assertThat(p.dimensions()).isEqualTo(full.dimensions());
          }
        }
      }
    }
  }

  @Test
  void printsOneLinePerPoint() {
    assertThat(WORKED.trajectory().toString())
        .isEqualTo(
            "Trajectory of 6 points\n"
                + "  2021-12-15  12.5  +12.5  1 event\n"
                + "  2022-02-02  37.5  +25.0  1 event\n"
                + "  2022-07-01  41.7  +4.2  1 event\n"
                + "  2023-05-31  58.3  +16.7  1 event\n"
                + "  2024-03-01  50.0 (band 50.0–58.3)  -8.3  1 event\n"
                + "  2024-12-31  58.3 (band 58.3–66.7)  +8.3  1 event");
  }

  @Test
  void pointsMustBeInDateOrder() {
    TrajectoryPoint p =
        new TrajectoryPoint(d("2022-01-01"), 0, 0, 0, 0, java.util.Map.of(), List.of());

    assertThatThrownBy(() -> new Trajectory(IndexMethod.legacy(), List.of(p, p)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("trajectory dates must increase, got 2022-01-01 then 2022-01-01");
  }

  /**
   * A wide tree where one event releases dozens of capped milestones at once, on three levels and
   * out of declaration order: the incremental step must re-gate them all, in order, exactly as a
   * full evaluation does.
   */
  @Test
  void aStepThatReleasesManyCappedMilestonesAtOnceMatchesAFullEvaluation() {
    ProcessModel.Builder b =
        ProcessModel.builder("Wide")
            .dimension(io.github.thaw.model.Dimension.of("d", "D"))
            .dimension(io.github.thaw.model.Dimension.of("e", "E"))
            .source(new io.github.thaw.model.Source("s", "", "", null, ""));
    java.util.List<Milestone> milestones = new java.util.ArrayList<>();
    milestones.add(Milestone.builder("hub", "Hub", "d").build());
    for (int i = 0; i < 12; i++) {
      milestones.add(
          Milestone.builder("mid" + i, "Mid " + i, i % 2 == 0 ? "d" : "e").requires("hub").build());
      for (int j = 0; j < 4; j++) {
        milestones.add(
            Milestone.builder("leaf" + i + "-" + j, "Leaf", j % 2 == 0 ? "e" : "d")
                .requires("mid" + i)
                .build());
      }
    }
    for (int i = 0; i < 40; i++) {
      milestones.add(Milestone.builder("idle" + i, "Idle", "e").build());
    }
    // Leaves first: the graph's order then differs from declaration order.
    java.util.Collections.reverse(milestones);
    milestones.forEach(b::milestone);
    for (Milestone m : milestones) {
      if (!m.id().value().startsWith("idle") && !m.id().value().equals("hub")) {
        b.event(status("2022-01-01", m.id().value(), io.github.thaw.model.Status.COMPLETED));
      }
    }
    b.event(status("2023-03-01", "hub", io.github.thaw.model.Status.IN_PROGRESS));
    b.event(status("2023-06-01", "hub", io.github.thaw.model.Status.COMPLETED));
    b.event(status("2024-01-01", "mid3", io.github.thaw.model.Status.AGREED));
    b.event(status("2024-01-01", "mid7", io.github.thaw.model.Status.NOT_STARTED));
    b.event(status("2025-01-01", "hub", io.github.thaw.model.Status.AGREED));
    ProcessModel model = b.build();
    for (IndexMethod method : Methods.all()) {
      ProgressIndex index = method.prepare(model);
      List<TrajectoryPoint> points = index.trajectory().points();
      assertThat(points).hasSize(5);
      for (TrajectoryPoint p : points) {
        IndexResult full = index.at(p.date());
        assertThat(p.value()).as("%s at %s", method, p.date()).isEqualTo(full.value());
        assertThat(p.low()).isEqualTo(full.low());
        assertThat(p.high()).isEqualTo(full.high());
        assertThat(p.dimensions()).isEqualTo(full.dimensions());
      }
    }
    // Under the default method the hub going into progress lifts every capped milestone at once.
    Trajectory t = IndexMethod.legacy().prepare(model).trajectory();
    assertThat(t.get(1).delta()).isGreaterThan(40);
  }

  private static io.github.thaw.model.Event status(
      String date, String milestone, io.github.thaw.model.Status status) {
    return io.github.thaw.model.Event.status(
        io.github.thaw.model.PartialDate.parse(date), milestone, status, List.of("s"), "");
  }
}
