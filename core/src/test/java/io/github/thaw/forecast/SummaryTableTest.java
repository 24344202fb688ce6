package io.github.thaw.forecast;

import static io.github.thaw.forecast.Models.about;
import static io.github.thaw.forecast.Models.milestone;
import static io.github.thaw.forecast.Models.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Status;
import io.github.thaw.scenario.Scenario;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link ForecastSummary#table()}: the text a user reads. */
class SummaryTableTest {

  /**
   * "done" is complete already, "blocked" can never complete, and "railway-rehabilitation", longer
   * than the column heading, completes about 6.5 months after the as-of date (mid-July 2025).
   */
  static ProcessModel threeFates() {
    return Models.builder()
        .milestone(milestone("done", List.of(), List.of()))
        .milestone(milestone("blocked", List.of(), List.of()))
        .milestone(milestone("railway-rehabilitation", List.of(), List.of()))
        .event(status("2024-06-01", "done", Status.COMPLETED))
        .event(status("2024-06-01", "blocked", Status.IN_PROGRESS))
        .event(status("2024-06-01", "railway-rehabilitation", Status.IN_PROGRESS))
        .build();
  }

  static Forecast.Builder threeFatesForecast() {
    return Forecast.builder(threeFates())
        .transitions(
            Transitions.builder(StepDuration.never())
                .milestone("railway-rehabilitation", Step.IN_PROGRESS_TO_COMPLETED, about(6.5))
                .build())
        .samples(1000);
  }

  private static List<String> lines(String table) {
    return List.of(table.split("\\R", -1));
  }

  @Test
  void eachMilestoneHasARowWithItsStatusChanceAndCompletionMonthsInAlignedColumns() {
    String table =
        threeFatesForecast().scenario(Scenario.named("quiet").build()).build().run(11).table();
    List<String> lines = lines(table);
    assertThat(lines.get(0))
        .isEqualTo("Forecast of 'Test' from 2025-01-01 to 2030-01: 1,000 paths, seed 11 (quiet)");
    assertThat(lines.get(1)).isEmpty();
    // The milestone column is as wide as the longest id (22 characters), then two spaces
    assertThat(lines.subList(2, 6))
        .containsExactly(
            "milestone               now          P(done)  done by P10    P50            P90",
            "done                    COMPLETED      1.000  done           done           done",
            "blocked                 IN_PROGRESS    0.000  after 2030-01  after 2030-01  after 2030-01",
            "railway-rehabilitation  IN_PROGRESS    1.000  2025-07        2025-07        2025-07");
    assertThat(lines.get(7))
        .isEqualTo(
            "P(done): completed by 2030-01-31; 'now' and dates are statuses as the index counts"
                + " them.");
    assertThat(table).doesNotContain("Held back");
  }

  @Test
  void withoutAScenarioTheHeadingNamesNone() {
    String first = lines(threeFatesForecast().build().run(11).table()).get(0);
    assertThat(first)
        .isEqualTo("Forecast of 'Test' from 2025-01-01 to 2030-01: 1,000 paths, seed 11");
  }

  @Test
  void aMilestoneCompleteAtTheAsOfDateIsDoneFromTheFirstCheckpoint() {
    ForecastSummary s = threeFatesForecast().build().run(11);
    MilestoneForecast done = s.milestone("done");
    assertThat(done.pCompletedBy()).containsOnly(1.0);
    assertThat(done.completionP10()).isEqualTo(new ForecastDate(Models.AS_OF, false));
    assertThat(done.completionP90()).isEqualTo(new ForecastDate(Models.AS_OF, false));
  }

  /** The dates of the fan section's lines. */
  private static List<String> fanDates(String table) {
    List<String> out = new ArrayList<>();
    boolean in = false;
    for (String line : lines(table)) {
      if (line.startsWith("Index fan")) {
        in = true;
      } else if (in && line.isEmpty()) {
        break;
      } else if (in) {
        out.add(line.trim().split(" +")[0]);
      }
    }
    return out;
  }

  @Test
  void theFanIsShownAtTheAsOfDateEveryYearAfterItAndTheHorizon() {
    assertThat(fanDates(threeFatesForecast().build().run(11).table()))
        .containsExactly(
            "2025-01-01", "2026-01-31", "2027-01-31", "2028-01-31", "2029-01-31", "2030-01-31");
    assertThat(
            fanDates(threeFatesForecast().horizon(YearMonth.of(2027, 6)).build().run(11).table()))
        .as("a horizon that is not a whole number of years away")
        .containsExactly("2025-01-01", "2026-01-31", "2027-01-31", "2027-06-30");
  }

  @Test
  void theFanLinesShowTheIndexAtThoseDates() {
    // Every path is the same: scores 1, 2/3 and 2/3 of three equally weighted milestones at first,
    // then 1, 2/3 and 1 once the railway is complete in July 2025
    List<String> lines = lines(threeFatesForecast().build().run(11).table());
    int heading = lines.indexOf("Index fan (P10 / P50 / P90):");
    assertThat(lines.subList(heading + 1, heading + 3))
        .containsExactly(
            "  2025-01-01   77.78   77.78   77.78", "  2026-01-31   88.89   88.89   88.89");
  }

  @Test
  void heldBackSharesArePercentagesLargestFirstAndPrerequisitesThatNeverHeldAreLeftOut() {
    // GIVEN m requires p (fast), q (slow) and z (complete already), declared in that order
    ProcessModel model =
        Models.builder()
            .milestone(milestone("p", List.of(), List.of()))
            .milestone(milestone("q", List.of(), List.of()))
            .milestone(milestone("z", List.of(), List.of()))
            .milestone(milestone("m", List.of("p", "q", "z"), List.of()))
            .event(status("2024-06-01", "z", Status.COMPLETED))
            .build();
    Transitions t =
        Transitions.builder(StepDuration.exponential(0.5))
            .milestone("p", Step.NOT_STARTED_TO_AGREED, StepDuration.exponential(0.2))
            .milestone("q", Step.NOT_STARTED_TO_AGREED, StepDuration.exponential(0.05))
            .build();
    ForecastSummary s = Forecast.builder(model).transitions(t).samples(2000).build().run(4);
    Map<MilestoneId, Double> held = s.milestone("m").heldBackLastBy();
    double p = held.get(MilestoneId.of("p"));
    double q = held.get(MilestoneId.of("q"));
    assertThat(q).as("the slow prerequisite holds m back more often").isGreaterThan(p);
    assertThat(p).isPositive();
    assertThat(held.get(MilestoneId.of("z"))).isZero();
    // THEN the table lists q then p, as percentages with one decimal, and not z
    List<String> lines = lines(s.table());
    int heading =
        lines.indexOf(
            "Held back last by (share of paths in which the prerequisite was the last one a milestone"
                + " waited for):");
    assertThat(heading).as("the section heading").isPositive();
    assertThat(lines.get(heading - 1)).isEmpty();
    assertThat(lines.get(heading + 1))
        .isEqualTo(String.format(Locale.ROOT, "  m: q %.1f%%, p %.1f%%", 100 * q, 100 * p));
    assertThat(lines.get(heading + 2)).isEmpty();
  }
}
