package io.github.thaw.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thaw.forecast.Backtest;
import io.github.thaw.forecast.BacktestResult;
import io.github.thaw.model.Dimension;
import io.github.thaw.model.Event;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The backtest section: scores beside the baselines, the reliability table and its chart. */
class ReportBacktestTest {
  /** Eight milestones stepping up every few months, each event published the day it happened. */
  static ProcessModel steadyProcess() {
    ProcessModel.Builder b =
        ProcessModel.builder("Steady")
            .asOf(PartialDate.of(LocalDate.of(2022, 12, 31)))
            .dimension(Dimension.of("d", "D"));
    int s = 0;
    for (int m = 0; m < 8; m++) {
      String id = "m" + m;
      b.milestone(Milestone.builder(id, id, "d").build());
      LocalDate day = LocalDate.of(2019, 1, 1).plusDays(23L * m);
      for (int level = 0; level <= 3 && !day.isAfter(LocalDate.of(2022, 12, 31)); level++) {
        String source = "s" + s++;
        b.source(new Source(source, "O", "T", PartialDate.of(day), source + ".txt"));
        b.event(Event.status(PartialDate.of(day), id, Status.values()[level], source));
        day = day.plusDays(150 + 61L * m);
      }
    }
    return b.build();
  }

  @Test
  void sectionShowsScoresReliabilityAndAChartWithOneDotPerBin() {
    ProcessModel model = steadyProcess();
    BacktestResult r =
        Backtest.builder(model)
            .from(LocalDate.of(2020, 1, 1))
            .every(3)
            .lead(6)
            .samples(400)
            .build()
            .run();
    HtmlReport report =
        HtmlReport.builder(model)
            .asOf(LocalDate.of(2022, 12, 31))
            .backtest(r, "400 paths, seed 11.")
            .build();
    ReportPage page = ReportPage.of(report);

    assertThat(page.sectionIds()).containsSubsequence("forecast", "backtest", "sensitivity");
    ReportPage.Table scores = page.table("backtest", "Forecaster");
    assertThat(scores.column(0))
        .containsExactly("Thaw", "Persistence (nothing changes)", "Base rate of the record");
    assertThat(scores.row("Thaw").text(1))
        .isEqualTo(String.format(Locale.ROOT, "%.4f", r.thaw().brier()));
    assertThat(scores.row("Persistence (nothing changes)").text(2))
        .isEqualTo(String.format(Locale.ROOT, "%.4f", r.persistence().log()));
    assertThat(scores.row("Base rate of the record").text(3)).isEqualTo("not forecast");
    assertThat(page.paragraphs("backtest", "headline")).containsExactly(r.evidence());

    ReportPage.Table bins = page.table("backtest", "Forecast probability");
    assertThat(bins.rows()).hasSize(r.reliability().size());
    assertThat(bins.column(3).stream().mapToLong(Long::parseLong).sum())
        .isEqualTo(r.outcomes().size());

    assertThat(page.figures("backtest")).containsExactly("figure-backtest-reliability");
    assertThat(report.charts().stream().map(SvgChart::id)).contains("backtest-reliability");
    List<Element> dots =
        SvgXml.elements(page.document(), "circle").stream()
            .filter(e -> e.getAttribute("id").startsWith("backtest-reliability-bin-"))
            .toList();
    assertThat(dots).hasSize(r.reliability().size());
    // a dot sits at (mean forecast, observed share) in a 260-pixel square whose corner is (64, 20)
    BacktestResult.ReliabilityBin first = r.reliability().get(0);
    assertThat(Double.parseDouble(dots.get(0).getAttribute("cx")))
        .isCloseTo(64 + 260 * first.predicted(), org.assertj.core.data.Offset.offset(0.01));
    assertThat(Double.parseDouble(dots.get(0).getAttribute("cy")))
        .isCloseTo(20 + 260 * (1 - first.observed()), org.assertj.core.data.Offset.offset(0.01));
  }

  @Test
  void withoutABacktestThereIsNoSectionAndNoContentsEntry() {
    HtmlReport report = HtmlReport.builder(ReportModels.model()).asOf(ReportModels.AS_OF).build();
    assertThat(ReportPage.of(report).sectionIds()).doesNotContain("backtest");
    assertThat(report.html()).doesNotContain("#backtest");
  }
}
