package io.github.thaw.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.thaw.model.Dimension;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import io.github.thaw.model.Vintages;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The real-time view of a trajectory against values worked out by hand. */
class TrajectoryRealTimeTest {

  @Test
  void eachPointIsWhatCouldBeComputedOnItsDateBesideTheRevisedValue() {
    ProcessModel m = Vintages.model();
    Trajectory t = IndexMethod.legacy().prepare(m).trajectory();

    assertThat(t.points().stream().map(TrajectoryPoint::date))
        .containsExactly(
            LocalDate.of(2021, 12, 31), LocalDate.of(2022, 7, 1), LocalDate.of(2023, 12, 31));
    // revised: envoys 1; then + crossing 1/3; then + railway 1/3, over three milestones
    assertThat(t.get(0).value()).isCloseTo(100.0 / 3, within(1e-9));
    assertThat(t.get(1).value()).isCloseTo(100 * (4.0 / 3) / 3, within(1e-9));
    assertThat(t.get(2).value()).isCloseTo(100 * (5.0 / 3) / 3, within(1e-9));
    // real time: nothing was reported by 2022-07-01; by the end of 2023 the crossing and the
    // railway were, the envoys not until 2025
    assertThat(t.realTime(m))
        .containsExactly(new double[] {0, 0, 100 * (2.0 / 3) / 3}, within(1e-9));
  }

  @Test
  void withEverythingPublishedOnTimeTheTwoViewsAgree() {
    ProcessModel m =
        ProcessModel.builder("On time")
            .dimension(Dimension.of("d", "D"))
            .milestone(Milestone.builder("a", "A", "d").build())
            .milestone(Milestone.builder("b", "B", "d").build())
            .source(new Source("s", "", "", null, ""))
            .event(Vintages.status("2022-01-10", "a", Status.IN_PROGRESS, "s"))
            .event(Vintages.status("2022-03-05", "b", Status.COMPLETED, "s"))
            .build();
    Trajectory t = IndexMethod.legacy().prepare(m).trajectory();

    assertThat(t.realTime(m))
        .containsExactly(t.points().stream().mapToDouble(TrajectoryPoint::value).toArray());
  }
}
