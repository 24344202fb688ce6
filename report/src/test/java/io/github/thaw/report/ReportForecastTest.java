package io.github.thaw.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thaw.forecast.Forecast;
import io.github.thaw.forecast.ForecastSummary;
import io.github.thaw.forecast.IndexFanPoint;
import io.github.thaw.forecast.StepDuration;
import io.github.thaw.forecast.Transitions;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The forecast and sensitivity sections read against the results they show. */
class ReportForecastTest {
  private static final String NOT_COMPUTED = "not-computed";

  /** A short, small forecast of the demo model: enough paths for every number to be non-zero. */
  static ForecastSummary forecast() {
    return Forecast.builder(ReportModels.model())
        .asOf(ReportModels.AS_OF)
        .horizon(YearMonth.of(2026, 6))
        .transitions(Transitions.everyStep(StepDuration.exponential(0.15)))
        .samples(400)
        .build()
        .run(3);
  }

  private static String one(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static HtmlReport.Builder builder() {
    return HtmlReport.builder(ReportModels.model()).asOf(ReportModels.AS_OF);
  }

  @Test
  void tablesGiveTheFanAtTheHorizonAndEachMilestonesChanceAsForecast() {
    ForecastSummary summary = forecast();
    List<String> ids = List.of("railway", "border-opening");
    ReportPage page =
        ReportPage.of(
            builder().forecast(FanChartData.of(summary, ids), "400 paths, seed 3.").build());

    LocalDate horizon = summary.dates().get(summary.dates().size() - 1);
    IndexFanPoint last = summary.index().get(summary.index().size() - 1);
    ReportPage.Table index = page.table("forecast", "By " + horizon);
    assertThat(index.headers()).containsExactly("By " + horizon, "P10", "Median", "P90");
    assertThat(index.rows()).singleElement();
    assertThat(index.row("Index").texts())
        .containsExactly("Index", one(last.p10()), one(last.p50()), one(last.p90()));

    ReportPage.Table chances = page.table("forecast", "Milestone");
    assertThat(chances.headers()).containsExactly("Milestone", "P(COMPLETED by " + horizon + ")");
    assertThat(chances.column(0))
        .containsExactly(
            "Kars–Gyumri railway (railway)",
            "Land border opens for all travellers (border-opening)");
    for (int i = 0; i < ids.size(); i++) {
      double p = summary.milestone(ids.get(i)).pCompletedByHorizon();
      assertThat(p).as(ids.get(i)).isBetween(0.01, 0.99);
      assertThat(chances.rows().get(i).text(1)).isEqualTo(one(100 * p) + "%");
    }
    assertThat(page.paragraphs("forecast")).containsExactly("400 paths, seed 3.");
    assertThat(page.figures("forecast")).containsExactly("figure-forecast-fan");
  }

  @Test
  void fanDataCarriesTheForecastsPercentilesAndCompletionCurves() {
    ForecastSummary summary = forecast();

    FanChartData fan = FanChartData.of(summary, List.of("railway", "flights"));

    List<IndexFanPoint> points = summary.index();
    assertThat(fan.dates()).isEqualTo(summary.dates());
    for (int k = 0; k < points.size(); k++) {
      assertThat(fan.p10()[k]).isEqualTo(points.get(k).p10());
      assertThat(fan.p50()[k]).isEqualTo(points.get(k).p50());
      assertThat(fan.p90()[k]).isEqualTo(points.get(k).p90());
    }
    assertThat(fan.completionCurves().keySet()).containsExactly("railway", "flights");
    for (String id : fan.completionCurves().keySet()) {
      double[] curve = fan.completionCurves().get(id);
      List<Double> expected = summary.milestone(id).pCompletedBy();
      assertThat(curve).hasSize(expected.size());
      for (int k = 0; k < curve.length; k++) {
        assertThat(curve[k]).as(id + " at " + k).isEqualTo(expected.get(k));
      }
    }
    assertThat(fan.p90()[points.size() - 1])
        .as("the fan opens up over the horizon")
        .isGreaterThan(fan.p10()[points.size() - 1]);
  }

  @Test
  void fanDataNeedsTheIndexFan() {
    ForecastSummary noFan =
        Forecast.builder(ReportModels.model())
            .asOf(ReportModels.AS_OF)
            .horizon(YearMonth.of(2025, 6))
            .transitions(Transitions.everyStep(StepDuration.exponential(0.15)))
            .indexFan(false)
            .samples(50)
            .build()
            .run(3);

    assertThatThrownBy(() -> FanChartData.of(noFan, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the forecast was run without the index fan");
  }

  @Test
  void withoutCurvesOrNoteOnlyTheFanTableIsShown() {
    ReportPage page =
        ReportPage.of(builder().forecast(FanChartData.of(forecast(), List.of()), "").build());

    assertThat(page.paragraphs("forecast")).as("no empty note paragraph").isEmpty();
    assertThat(page.tables("forecast")).singleElement();
  }

  @Test
  void sensitivityRowsAreRankedByTotalIndexWithTheirIntervals() {
    ReportPage page =
        ReportPage.of(builder().sensitivity(ReportModels.sensitivity(), "Sobol, 95%.").build());
    ReportPage.Table table = page.table("sensitivity", "Rank");

    assertThat(table.headers())
        .containsExactly("Rank", "Input", "Total index", "First-order index");
    assertThat(table.rows().stream().map(ReportPage.Row::texts))
        .containsExactly(
            List.of("1", "railway transition time", "0.610 [0.550, 0.680]", "0.520 [0.450, 0.600]"),
            List.of("2", "score of AGREED", "0.300 [0.220, 0.370]", "0.200 [0.120, 0.270]"),
            List.of("3", "weight of borders", "0.070 [0.030, 0.110]", "0.050 [0.010, 0.090]"));
    assertThat(page.paragraphs("sensitivity"))
        .containsExactly("Output analysed: index at 2026-12-31. Sobol, 95%.");
    assertThat(page.figures("sensitivity")).containsExactly("figure-sensitivity-bars");
  }

  @Test
  void withoutIntervalsOnlyTheEstimatesAreShown() {
    SensitivityData s =
        SensitivityData.withoutIntervals(
            "y", List.of("a", "b"), new double[] {0.1234, 0.5}, new double[] {0.2, 0.75});
    ReportPage page = ReportPage.of(builder().sensitivity(s, "").build());

    assertThat(page.table("sensitivity", "Rank").rows().stream().map(ReportPage.Row::texts))
        .containsExactly(List.of("1", "b", "0.750", "0.500"), List.of("2", "a", "0.200", "0.123"));
    assertThat(page.paragraphs("sensitivity")).containsExactly("Output analysed: y.");
  }

  @Test
  void sectionsNotSuppliedSayTheyWereNotComputed() {
    ReportPage page = ReportPage.of(builder().build());

    assertThat(page.paragraphs("forecast", NOT_COMPUTED))
        .containsExactly(
            "Not computed: no forecast was supplied to this report. A Monte Carlo forecast of"
                + " transition times gives the index's likely range (P10–P90) and each"
                + " milestone's chance of completion by a date.");
    assertThat(page.paragraphs("sensitivity", NOT_COMPUTED))
        .containsExactly(
            "Not computed: no sensitivity analysis was supplied to this report. A Sobol analysis"
                + " ranks the assumptions (weights, scores, transition times) by the share of the"
                + " result's variance each one explains.");
    assertThat(page.figures("forecast")).isEmpty();
    assertThat(page.figures("sensitivity")).isEmpty();
    assertThat(page.tables("forecast")).isEmpty();
    assertThat(page.tables("sensitivity")).isEmpty();
  }
}
