package io.github.thaw.testing;

import static io.github.thaw.testing.ThawAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thaw.forecast.Forecast;
import io.github.thaw.forecast.ForecastSummary;
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

class ForecastAssertTest {
  /** 'done' is completed; 'waits' requires 'never', which has no record and so moves slowly. */
  static final ForecastSummary FORECAST =
      Forecast.builder(
              ProcessModel.builder("F")
                  .dimension(Dimension.of("d", "D"))
                  .milestone(Milestone.builder("done", "Done", "d").build())
                  .milestone(Milestone.builder("never", "Never", "d").build())
                  .milestone(Milestone.builder("waits", "Waits", "d").requires("never").build())
                  .source(new Source("s", "", "", null, "s.txt"))
                  .event(
                      Event.status(
                          PartialDate.parse("2024-01-01"),
                          "done",
                          Status.COMPLETED,
                          List.of("s"),
                          ""))
                  .build())
          .asOf(LocalDate.of(2025, 1, 1))
          .horizon(YearMonth.of(2026, 12))
          .samples(2000)
          .build()
          .run(5);

  @Test
  void aCompletedMilestoneIsCertainAndADependentIsNoMoreLikelyThanItsPrerequisite() {
    assertThat(FORECAST)
        .probabilityThat("done")
        .completesBy(LocalDate.of(2025, 6, 30))
        .isGreaterThan(0.99);
    assertThat(FORECAST)
        .probabilityThat("waits")
        .completesBy(LocalDate.of(2026, 12, 31))
        .isLessThan(0.5);
  }

  @Test
  void aFalseClaimFailsWithTheEstimateItsIntervalAndTheCheckpoint() {
    assertThatThrownBy(
            () ->
                assertThat(FORECAST)
                    .probabilityThat("done")
                    .completesBy(LocalDate.of(2025, 6, 15))
                    .isLessThan(0.5))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "Expecting the probability that done completes by 2025-06-15 (checkpoint 2025-05-31)"
                + " to be less than 0.5")
        .hasMessageContaining("(2000 of 2000 trials)");
  }

  @Test
  void unknownMilestonesAndDatesOutsideTheForecastAreReported() {
    assertThatThrownBy(() -> assertThat(FORECAST).probabilityThat("nope"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting the forecast to include milestone 'nope', but it has");
    assertThatThrownBy(
            () ->
                assertThat(FORECAST).probabilityThat("done").completesBy(LocalDate.of(2030, 1, 1)))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting a date within the forecast, from 2025-01-01 to 2026-12-31, but was"
                + " 2030-01-01");
  }
}
