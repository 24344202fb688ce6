package io.github.thaw.internal.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thaw.model.PartialDate;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The plan's date rules, on hand-worked calendar days. */
class PlanTest {
  private static final int[] DATE_RULES = {
    EngineSpec.END_OF_PERIOD, EngineSpec.START_OF_PERIOD, EngineSpec.MIDPOINT
  };

  @Test
  void dateRulesPlaceMonthsAndYearsInTheirPeriod() {
    PartialDate year = PartialDate.parse("2024");
    PartialDate month = PartialDate.parse("2023-02");
    PartialDate day = PartialDate.parse("2023-02-10");

    assertThat(Plan.day(year, EngineSpec.END_OF_PERIOD)).isEqualTo(epoch("2024-12-31"));
    assertThat(Plan.day(year, EngineSpec.START_OF_PERIOD)).isEqualTo(epoch("2024-01-01"));
    // 2024 has 366 days: the middle of days 0..365 is day 182, 1 July
    assertThat(Plan.day(year, EngineSpec.MIDPOINT)).isEqualTo(epoch("2024-07-01"));
    assertThat(Plan.day(month, EngineSpec.START_OF_PERIOD)).isEqualTo(epoch("2023-02-01"));
    // February 2023 has 28 days: 1 + 27/2 rounded down = the 14th
    assertThat(Plan.day(month, EngineSpec.MIDPOINT)).isEqualTo(epoch("2023-02-14"));
    for (int r : DATE_RULES) {
      assertThat(Plan.day(day, r)).isEqualTo(epoch("2023-02-10"));
    }
  }

  private static long epoch(String date) {
    return LocalDate.parse(date).toEpochDay();
  }
}
