package io.github.thaw.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartialDateTest {

  @ParameterizedTest
  @CsvSource({
    "1993, YEAR, 1993-12-31",
    "2024-07, MONTH, 2024-07-31",
    "2024-02, MONTH, 2024-02-29",
    "2022-07-01, DAY, 2022-07-01"
  })
  void parsesEachPrecisionAndCountsFromTheEndOfThePeriod(
      String text, PartialDate.Precision precision, LocalDate effective) {
    PartialDate d = PartialDate.parse(text);
    assertThat(d.precision()).isEqualTo(precision);
    assertThat(d.effectiveDate()).isEqualTo(effective);
    assertThat(d.toString()).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2023-02-30|date '2023-02-30' is not a date: 2023-02 has 28 days",
        "2024-13|date '2024-13' is not a date: month 13 is outside 01..12",
        "2024-00|date '2024-00' is not a date: month 00 is outside 01..12",
        "2024-01-00|date '2024-01-00' is not a date: day 00 is not a day of the month",
        "0000|date '0000' is not a date: year 0 is outside 0001..9999",
        "12/07/2022|date '12/07/2022' is not of the form YYYY, YYYY-MM or YYYY-MM-DD",
        "2022-7-1|date '2022-7-1' is not of the form YYYY, YYYY-MM or YYYY-MM-DD",
        "July 2022|date 'July 2022' is not of the form YYYY, YYYY-MM or YYYY-MM-DD"
      })
  void rejectsImpossibleOrMalformedDates(String text, String message) {
    assertThatThrownBy(() -> PartialDate.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void constructorRejectsImpossibleDates() {
    assertThatThrownBy(() -> new PartialDate(2023, 2, 29))
        .hasMessage("2023-02-29 is not a date: 2023-02 has 28 days");
    assertThatThrownBy(() -> new PartialDate(2023, 0, 5))
        .hasMessage("2023-00-05 is not a date: a day needs a month");
  }

  @Test
  void ordersByEffectiveDateThenMorePreciseFirst() {
    PartialDate month = PartialDate.parse("2024-07");
    PartialDate lastDay = PartialDate.parse("2024-07-31");
    PartialDate early = PartialDate.parse("2024-07-01");
    assertThat(early).isLessThan(month);
    assertThat(lastDay).isLessThan(month);
    assertThat(PartialDate.ofYear(2024)).isGreaterThan(month);
    assertThat(PartialDate.ofMonth(2024, 7)).isEqualTo(month);
    assertThat(month.startDate()).isEqualTo(LocalDate.of(2024, 7, 1));
  }

  @Test
  void writesAsciiDigitsWhateverTheDefaultLocale() {
    java.util.Locale before = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ar-EG"));
      assertThat(PartialDate.parse("2022-07-01")).hasToString("2022-07-01");
      assertThat(PartialDate.parse("2024-07")).hasToString("2024-07");
      assertThat(PartialDate.parse("1993")).hasToString("1993");
    } finally {
      java.util.Locale.setDefault(before);
    }
  }
}
