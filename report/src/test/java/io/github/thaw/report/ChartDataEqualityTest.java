package io.github.thaw.report;

import com.google.common.testing.EqualsTester;
import io.github.thaw.forecast.Forecast;
import io.github.thaw.forecast.StepDuration;
import io.github.thaw.forecast.Transitions;
import io.github.thaw.model.Dimension;
import io.github.thaw.model.Event;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The chart data classes are equal exactly when every part that defines them is equal, and equal
 * values hash alike. Each group holds equal values built separately; each group differs from every
 * other in one part, so a comparison that forgets a part, or always answers true, fails.
 */
class ChartDataEqualityTest {

  @Test
  void fanChartData() {
    ProcessModel model =
        ProcessModel.builder("Test")
            .asOf(PartialDate.parse("2025-01"))
            .dimension(Dimension.of("d", "D"))
            .milestone(Milestone.builder("m", "M", "d").build())
            .source(new Source("s", "Outlet", "Title", null, "s.txt"))
            .event(Event.status(PartialDate.parse("2024-06"), "m", Status.AGREED, List.of("s"), ""))
            .build();
    Forecast f =
        Forecast.builder(model)
            .asOf(LocalDate.of(2025, 1, 1))
            .horizon(YearMonth.of(2026, 12))
            .transitions(Transitions.everyStep(StepDuration.exponential(0.2)))
            .samples(200)
            .build();
    new EqualsTester()
        .addEqualityGroup(
            FanChartData.of(f.run(1), List.of("m")), FanChartData.of(f.run(1), List.of("m")))
        .addEqualityGroup(FanChartData.of(f.run(1), List.of()))
        .addEqualityGroup(FanChartData.of(f.run(2), List.of("m")))
        .testEquals();
  }

  @Test
  void sensitivityData() {
    List<String> names = List.of("x", "y");
    new EqualsTester()
        .addEqualityGroup(data("out", names, 0), data("out", names, 0))
        .addEqualityGroup(data("other", names, 0))
        .addEqualityGroup(data("out", List.of("x", "z"), 0))
        .addEqualityGroup(data("out", names, 1))
        .addEqualityGroup(data("out", names, 2))
        .addEqualityGroup(data("out", names, 3))
        .addEqualityGroup(data("out", names, 4))
        .addEqualityGroup(data("out", names, 5))
        .addEqualityGroup(data("out", names, 6))
        .addEqualityGroup(
            SensitivityData.withoutIntervals(
                "out", names, new double[] {0.2, 0.3}, new double[] {0.3, 0.5}),
            SensitivityData.withoutIntervals(
                "out", names, new double[] {0.2, 0.3}, new double[] {0.3, 0.5}))
        .testEquals();
  }

  /** Fresh arrays each time; {@code nudge} 1 to 6 changes one value of one of the six arrays. */
  private static SensitivityData data(String output, List<String> names, int nudge) {
    double[][] arrays = {
      {0.2, 0.3}, {0.1, 0.2}, {0.3, 0.4}, {0.3, 0.5}, {0.2, 0.4}, {0.4, 0.6},
    };
    if (nudge > 0) {
      arrays[nudge - 1][1] += 0.01;
    }
    return new SensitivityData(
        output, names, arrays[0], arrays[1], arrays[2], arrays[3], arrays[4], arrays[5]);
  }
}
