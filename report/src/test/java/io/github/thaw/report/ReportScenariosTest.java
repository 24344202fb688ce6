package io.github.thaw.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thaw.index.Band;
import io.github.thaw.index.IndexMethod;
import io.github.thaw.model.Status;
import io.github.thaw.scenario.Scenario;
import io.github.thaw.scenario.ScenarioComparison;
import io.github.thaw.scenario.ScenarioOutcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The scenario section read against the comparison it shows. */
class ReportScenariosTest {
  private static final String NOT_GIVEN = "No scenarios were given for this report.";

  /** One scenario that raises the index and unblocks the border, one that lowers it, one no-op. */
  static List<Scenario> scenarios() {
    return List.of(
        Scenario.named("all-clear")
            .description("Crossing and railway both completed.")
            .setStatus("crossing", Status.COMPLETED, "2024-06-01")
            .setStatus("railway", Status.COMPLETED, "2024-06-01")
            .build(),
        Scenario.named("reversal")
            .description("The crossing deal collapses.")
            .setStatus("crossing", Status.NOT_STARTED, "2024-06-01")
            .build(),
        Scenario.named("no-op")
            .description("Peace stays where it is.")
            .setStatus("peace", Status.NOT_STARTED, "2024-06-01")
            .build());
  }

  private static String one(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String band(Band b) {
    return b.isDisputed() ? one(b.low()) + "–" + one(b.high()) : "—";
  }

  private static ReportPage page(HtmlReport.Builder b) {
    return ReportPage.of(b.asOf(ReportModels.AS_OF).build());
  }

  @Test
  void eachRowGivesTheScenariosIndexBandChangeAndWhatItUnblocks() {
    ScenarioComparison c =
        ScenarioComparison.atLatest(ReportModels.model(), IndexMethod.legacy(), scenarios());
    ReportPage.Table table =
        page(HtmlReport.builder(ReportModels.model())
                .method(IndexMethod.legacy())
                .scenarios(scenarios()))
            .table("scenarios", "Scenario");

    assertThat(table.headers())
        .containsExactly("Scenario", "What it assumes", "Index", "Band", "Change", "Unblocks");
    assertThat(table.column(0)).containsExactly("all-clear", "reversal", "no-op");
    for (ScenarioOutcome o : c.outcomes()) {
      assertThat(table.row(o.name()).texts())
          .as(o.name())
          .containsExactly(
              o.name(),
              o.scenario().description(),
              one(o.result().value()),
              band(o.result().band()),
              String.format(Locale.ROOT, "%+.1f", o.delta()),
              o.name().equals("all-clear") ? "Land border opens for all travellers" : "—");
    }
    // A rise, a fall and no change are styled apart.
    assertThat(c.outcome("all-clear").delta()).isPositive();
    assertThat(c.outcome("reversal").delta()).isNegative();
    assertThat(c.outcome("no-op").delta()).isZero();
    assertThat(table.rows().stream().map(r -> r.spanClass(4)))
        .containsExactly("delta-up", "delta-down", "");
    assertThat(table.row("no-op").text(4)).isEqualTo("+0.0");
  }

  @Test
  void introGivesTheComparisonDateAndTheBaselineAndTheChartFollows() {
    ScenarioComparison c =
        ScenarioComparison.atLatest(ReportModels.model(), IndexMethod.legacy(), scenarios());
    ReportPage page =
        page(
            HtmlReport.builder(ReportModels.model())
                .method(IndexMethod.legacy())
                .scenarios(scenarios()));

    assertThat(page.paragraphs("scenarios").get(0))
        .isEqualTo(
            "Each scenario changes a copy of the model; all are compared with the baseline as of "
                + c.date()
                + ", the latest date any of them sets a status, so every hypothetical event"
                + " counts. The baseline stands at "
                + one(c.baseline().value())
                + " then.");
    assertThat(page.figures("scenarios")).containsExactly("figure-scenario-comparison");
  }

  @Test
  void eachScenarioIsExplainedLineByLine() {
    ScenarioComparison c =
        ScenarioComparison.atLatest(ReportModels.model(), IndexMethod.legacy(), scenarios());
    ReportPage page =
        page(
            HtmlReport.builder(ReportModels.model())
                .method(IndexMethod.legacy())
                .scenarios(scenarios()));

    assertThat(page.headings("scenarios", "h4")).containsExactly("all-clear", "reversal", "no-op");
    for (ScenarioOutcome o : c.outcomes()) {
      assertThat(page.under("scenarios", o.name()))
          .as(o.name())
          .containsExactlyElementsOf(o.explain().lines().toList());
    }
    assertThat(page.under("scenarios", "all-clear"))
        .contains("Unblocks border-opening: every hard prerequisite is now completed.");
  }

  @Test
  void aComparisonMadeElsewhereKeepsItsOwnDate() {
    LocalDate date = LocalDate.of(2024, 12, 31);
    ScenarioComparison c =
        ScenarioComparison.at(ReportModels.model(), IndexMethod.legacy(), scenarios(), date);
    ReportPage page =
        page(HtmlReport.builder(ReportModels.model()).method(IndexMethod.legacy()).comparison(c));

    assertThat(page.paragraphs("scenarios").get(0))
        .contains("as of 2024-12-31,")
        .contains("The baseline stands at " + one(c.baseline().value()) + " then.");
  }

  @Test
  void withoutScenariosTheSectionSaysSoAndHasNoChart() {
    for (HtmlReport.Builder b :
        List.of(
            HtmlReport.builder(ReportModels.model()).method(IndexMethod.legacy()),
            HtmlReport.builder(ReportModels.model())
                .method(IndexMethod.legacy())
                .scenarios(List.of()))) {
      ReportPage page = page(b);
      assertThat(page.paragraphs("scenarios", "not-computed"))
          .singleElement()
          .asString()
          .startsWith(NOT_GIVEN);
      assertThat(page.figures("scenarios")).isEmpty();
      assertThat(page.tables("scenarios")).isEmpty();
    }
  }

  @Test
  void scenariosGivenLastReplaceAComparisonGivenEarlier() {
    ScenarioComparison c =
        ScenarioComparison.at(
            ReportModels.model(),
            IndexMethod.legacy(),
            scenarios().subList(0, 1),
            LocalDate.of(2024, 12, 31));
    ReportPage page =
        page(
            HtmlReport.builder(ReportModels.model())
                .method(IndexMethod.legacy())
                .comparison(c)
                .scenarios(scenarios()));

    assertThat(page.table("scenarios", "Scenario").column(0))
        .containsExactly("all-clear", "reversal", "no-op");
  }
}
