package io.github.thaw.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thaw.index.IndexMethod;
import io.github.thaw.index.IndexResult;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.sensitivity.IndexRobustness;
import io.github.thaw.sensitivity.RobustnessResult;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The summary's components and the robustness section, read against results given by hand. */
class ReportRobustnessTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);

  private static RobustnessResult handMade() {
    return new RobustnessResult(
        AS_OF,
        64,
        new RobustnessResult.Spread(12.34, 20.0, 31.26, 3.0, 40.04),
        new RobustnessResult.Change(LocalDate.of(2025, 12, 31), AS_OF, -1.25, 2.5, 7.96, 0.625),
        List.of(
            new RobustnessResult.Factor("scores", 0.4, 0.55),
            new RobustnessResult.Factor("gating", 0.1, 0.7),
            new RobustnessResult.Factor("dateRule", 0.0, 0.01)));
  }

  @Test
  void summaryShowsBothComponentsBesideTheValue() {
    ProcessModel model = ReportModels.model();
    IndexResult r = IndexMethod.defaults().evaluate(model, ReportModels.AS_OF);
    ReportPage page = ReportPage.of(ReportFixtures.report(model, ReportModels.AS_OF));

    assertThat(page.paragraphs("summary", "components"))
        .containsExactly(
            "Components: agreement "
                + ChartStyle.oneDecimal(r.agreement())
                + " (share of the weight agreed or beyond), implementation "
                + ChartStyle.oneDecimal(r.implementation())
                + " (Peace Accords Matrix scores: nothing until work begins).");
    assertThat(r.agreement())
        .as("the components differ in the demo model")
        .isNotEqualTo(r.implementation());
  }

  @Test
  void robustnessSectionGivesPercentilesChanceOfRiseAndBars() {
    HtmlReport report =
        HtmlReport.builder(ReportModels.model())
            .asOf(ReportModels.AS_OF)
            .robustness(handMade(), "N = 64, seed 3.")
            .build();
    ReportPage page = ReportPage.of(report);

    ReportPage.Table t = page.table("robustness", "Quantity");
    assertThat(t.headers()).containsExactly("Quantity", "P5", "Median", "P95", "Min", "Max");
    assertThat(t.rows().stream().map(ReportPage.Row::texts))
        .containsExactly(
            List.of("Value", "12.3", "20.0", "31.3", "3.0", "40.0"),
            List.of("Change from 2025-12-31 to 2026-12-31", "-1.3", "+2.5", "+8.0", "", ""));
    assertThat(page.paragraphs("robustness", "headline"))
        .containsExactly(
            "The index rose from 2025-12-31 to 2026-12-31 under 63% of the method variants.");
    assertThat(page.paragraphs("robustness").get(0))
        .isEqualTo("The index as of 2026-12-31 over 128 method variants. N = 64, seed 3.");
    assertThat(page.figures("robustness")).containsExactly("figure-robustness-bars");
    SvgChart bars =
        report.charts().stream().filter(c -> c.id().equals("robustness-bars")).findFirst().get();
    assertThat(bars.svg())
        .contains(
            "gating total 0.70, first-order 0.10; scores total 0.55, first-order 0.40;"
                + " dateRule total 0.01, first-order 0.00.")
        .doesNotContain("<script");
  }

  @Test
  void robustnessFromTheAnalysisIsShownAndAbsentOneSaysNotComputed() {
    ProcessModel model = ReportModels.model();
    RobustnessResult r = IndexRobustness.of(model, ReportModels.AS_OF).analyze(8, 5);
    ReportPage page =
        ReportPage.of(HtmlReport.builder(model).asOf(ReportModels.AS_OF).robustness(r, "").build());
    assertThat(page.table("robustness", "Quantity").row("Value").text(2))
        .isEqualTo(ChartStyle.oneDecimal(r.value().p50()));

    ReportPage none = ReportPage.of(HtmlReport.builder(model).asOf(ReportModels.AS_OF).build());
    assertThat(none.paragraphs("robustness", "not-computed"))
        .singleElement()
        .asString()
        .startsWith("Not computed: no robustness analysis");
    assertThat(none.figures("robustness")).isEmpty();
  }
}
