package io.github.thaw.forecast;

import static io.github.thaw.forecast.Models.milestone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thaw.model.ProcessModel;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The forecast's budgets: refused with the value and the limit, before anything is allocated. */
class ForecastLimitsTest {
  private static final Transitions T = Transitions.everyStep(StepDuration.exponential(0.1));

  @Test
  void aHorizonMoreThanACenturyAwayIsRefused() {
    // GIVEN as-of 2025-01-01: the latest horizon is 2125-01
    Forecast.Builder b = Forecast.builder(Models.single()).transitions(T);
    assertThat(b.horizon(YearMonth.of(2125, 1)).build().horizon()).isEqualTo(YearMonth.of(2125, 1));
    assertThatThrownBy(() -> b.horizon(YearMonth.of(9999, 12)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "horizon 9999-12 is more than 100 years after the as-of date 2025-01-01 or after the"
                + " year 9999; choose an earlier month");
  }

  @Test
  void threadsAndSamplesHaveACeiling() {
    Forecast.Builder b = Forecast.builder(Models.single());
    assertThatThrownBy(() -> b.threads(2000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threads must be at most 256, got 2000");
    assertThatThrownBy(() -> b.samples(1_000_000_001L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("samples must be at most 1000000000, got 1000000001");
  }

  @Test
  void moreThreadsThanProcessorsGiveTheSameResultWithoutMoreTallies() {
    ProcessModel m = Models.random(30, 5);
    Forecast one = Forecast.builder(m).transitions(T).samples(600).build();
    assertThat(one.withThreads(256).run(3)).isEqualTo(one.run(3));
  }

  @Test
  void milestonesTimesMonthsBeyondTheBudgetIsRefusedNotOverflowed() {
    // GIVEN 60,000 milestones over 100 years: 60,000 × 1,202 checkpoints = 72,120,000 cells,
    // more than 64,000,000 (at 100,000 milestones and year 3814 an int product went negative)
    ProcessModel.Builder b = Models.builder();
    for (int i = 0; i < 60_000; i++) {
      b.milestone(milestone("m" + i, List.of(), List.of()));
    }
    ProcessModel m = b.build();
    assertThatThrownBy(
            () -> Forecast.builder(m).transitions(T).horizon(YearMonth.of(2125, 1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a forecast of 60000 milestones over ")
        .hasMessageContaining("more than the 64000000 allowed; choose a nearer horizon");
  }

  @Test
  void durationsAndFreezesBeyondTheirLimitsAreRefused() {
    assertThatThrownBy(() -> StepDuration.pert(1, 2, 1e308))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "pert duration: max is 1.0E308 months; at most 12000.0 are allowed (use never for a"
                + " step that does not happen)");
    assertThatThrownBy(() -> StepDuration.lognormal(2, 1e9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("lognormal duration: p90 is 1.0E9 months");
    assertThatThrownBy(() -> FreezeShocks.of(1e9, 6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("freeze rate must be a number from 0 to 1000.0 per year, got 1.0E9");
    assertThat(FreezeShocks.of(1000, 12_000).ratePerYear()).isEqualTo(1000);
  }
}
