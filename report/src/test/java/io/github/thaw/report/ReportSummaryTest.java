package io.github.thaw.report;

import static io.github.thaw.report.ReportFixtures.report;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thaw.index.Band;
import io.github.thaw.index.GatingFinding;
import io.github.thaw.index.IndexMethod;
import io.github.thaw.index.IndexResult;
import io.github.thaw.model.Dimension;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.ProcessModel;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The summary section read against the index it summarises. Each test builds its own report, so
 * that a mutation testing tool credits it with the code it runs.
 */
class ReportSummaryTest {
  private static final String HELD_BACK = "Held back by hard prerequisites";
  private static final String DISAGREE = "Where sources disagree";

  private static String one(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  @Test
  void headlineGivesTheIndexAndTheBandWhereSourcesDisagree() {
    ProcessModel model = ReportModels.model();
    Band band = IndexMethod.legacy().evaluate(model, ReportModels.AS_OF).band();
    assertThat(band.isDisputed()).as("the demo model has a disagreement").isTrue();

    ReportPage page = ReportPage.of(report(model, ReportModels.AS_OF));

    assertThat(page.paragraphs("summary", "headline"))
        .containsExactly(
            "Normalization-progress index: "
                + one(band.value())
                + " out of 100, within a band of "
                + one(band.low())
                + "–"
                + one(band.high())
                + " because sources disagree.");
  }

  @Test
  void whenSourcesAgreeTheHeadlineAndTheTablesSaySo() {
    ProcessModel model = ReportFixtures.twoRounds();
    LocalDate asOf = LocalDate.of(2022, 12, 31);
    IndexResult result = IndexMethod.legacy().evaluate(model, asOf);

    ReportPage page = ReportPage.of(report(model, asOf));

    assertThat(page.paragraphs("summary", "headline"))
        .containsExactly(
            "Normalization-progress index: "
                + one(result.value())
                + " out of 100; no disagreement between sources moves it.");
    assertThat(page.under("summary", DISAGREE))
        .containsExactly("No sources disagree about any milestone at this date.");
    assertThat(page.table("summary", "Dimension").row("Politics").text(2))
        .as("an undisputed dimension has no band")
        .isEqualTo("—");
  }

  @Test
  void dimensionTableGivesEachDimensionsValueBandAndMilestoneCount() {
    ProcessModel model = ReportModels.model();
    IndexResult result = IndexMethod.legacy().evaluate(model, ReportModels.AS_OF);
    Map<String, Band> bands = result.dimensionBands();

    ReportPage.Table table =
        ReportPage.of(report(model, ReportModels.AS_OF)).table("summary", "Dimension");

    assertThat(table.headers()).containsExactly("Dimension", "Value", "Band", "Milestones");
    assertThat(table.column(0)).containsExactly("Borders & people", "Transport");
    for (Dimension d : model.dimensions()) {
      Band b = bands.get(d.id());
      long milestones =
          model.milestones().stream().filter(m -> m.dimension().equals(d.id())).count();
      assertThat(table.row(d.name()).texts())
          .as(d.name())
          .containsExactly(
              d.name(),
              one(b.value()),
              b.isDisputed() ? one(b.low()) + "–" + one(b.high()) : "—",
              String.valueOf(milestones));
    }
    // Both kinds of band cell appear, and the counts differ between the dimensions.
    assertThat(table.column(2)).contains("—").anyMatch(s -> s.contains("–"));
    assertThat(table.column(3)).containsExactly("3", "3");
  }

  @Test
  void milestoneCountsFollowTheDimensions() {
    ProcessModel model =
        ProcessModel.builder("Lopsided")
            .dimension(Dimension.of("big", "Big"))
            .dimension(Dimension.of("small", "Small"))
            .milestone(Milestone.builder("a", "A", "big").build())
            .milestone(Milestone.builder("b", "B", "big").build())
            .milestone(Milestone.builder("c", "C", "small").build())
            .build();

    ReportPage.Table table =
        ReportPage.of(report(model, LocalDate.of(2024, 1, 1))).table("summary", "Dimension");

    assertThat(table.column(3)).containsExactly("2", "1");
  }

  @Test
  void aPooledMethodShowsItsDimensionValuesAndNoGating() {
    HtmlReport r =
        HtmlReport.builder(ReportModels.model())
            .method(IndexMethod.legacy())
            .asOf(ReportModels.AS_OF)
            .method(IndexMethod.pam())
            .build();
    ReportPage page = ReportPage.of(r);

    // Pooled milestones still give each dimension its value, the same as the index's.
    IndexResult pooled = IndexMethod.pam().evaluate(ReportModels.model(), ReportModels.AS_OF);
    assertThat(pooled.dimensions()).isNotEmpty();
    assertThat(page.headings("summary", "h3")).contains("By dimension");
    assertThat(page.table("summary", "Dimension").column(1))
        .containsExactlyElementsOf(
            pooled.dimensions().values().stream().map(ChartStyle::oneDecimal).toList());
    assertThat(page.under("summary", HELD_BACK))
        .containsExactly(
            "Gating is off in this method: prerequisites do not cap their dependents.");
  }

  @Test
  void eachGatingCapIsListedAsTheIndexDescribesIt() {
    ProcessModel model = ReportModels.model();
    List<String> findings =
        IndexMethod.legacy().evaluate(model, ReportModels.AS_OF).findings().stream()
            .map(GatingFinding::describe)
            .toList();
    assertThat(findings).isNotEmpty();

    ReportPage page = ReportPage.of(report(model, ReportModels.AS_OF));

    assertThat(page.under("summary", HELD_BACK)).containsExactlyElementsOf(findings);
  }

  @Test
  void withoutCapsTheSummarySaysNothingIsHeldBack() {
    ReportPage page = ReportPage.of(report(ReportFixtures.twoRounds(), LocalDate.of(2022, 12, 31)));

    assertThat(page.under("summary", HELD_BACK))
        .containsExactly("No milestone is reported further along than its prerequisites allow.");
  }

  @Test
  void eachDisagreementGivesTheCountedReadingTheRangeAndTheSources() {
    ReportPage page = ReportPage.of(report(ReportModels.model(), ReportModels.AS_OF));

    // The railway: in progress from s3 (2023-05), then only agreed from s4 (2024-03-01).
    assertThat(page.under("summary", DISAGREE))
        .containsExactly(
            "Kars–Gyumri railway: counted as agreed (latest report); live readings range from"
                + " agreed to in progress. [s3: Three; s4: Four]");
  }

  @Test
  void aDisagreementNamesTheReadingRuleOfTheMethodInUse() {
    HtmlReport html =
        HtmlReport.builder(ReportModels.model())
            .method(io.github.thaw.index.IndexMethod.defaults())
            .asOf(ReportModels.AS_OF)
            .build();

    // The default reads the best-graded report first; both railway reports have the default
    // grade, so the later one (s4, agreed) is still the one counted.
    assertThat(ReportPage.of(html).under("summary", DISAGREE))
        .containsExactly(
            "Kars–Gyumri railway: counted as agreed (most reliable report, then latest); live"
                + " readings range from agreed to in progress. [s3: Three; s4: Four]");
    // The methodology appendix states the same rule, not the legacy one.
    assertThat(html.html())
        .contains("Each milestone counts at the most reliable report, then latest;")
        .doesNotContain("Each milestone counts at its latest report");
  }

  @Test
  void tenDisagreementsAndTenCapsAreListedInFull() {
    ReportPage page = ReportPage.of(report(ReportFixtures.crowded(10), LocalDate.of(2024, 6, 1)));

    List<String> disputes = page.under("summary", DISAGREE);
    assertThat(disputes).hasSize(10).noneMatch(s -> s.contains("more"));
    assertThat(disputes.get(0))
        .isEqualTo(
            "Milestone 1: counted as in progress (latest report); live readings range from in"
                + " progress to completed. [s1: One; s2: Two]");
    assertThat(page.under("summary", HELD_BACK)).hasSize(10).noneMatch(s -> s.contains("more"));
  }

  @Test
  void longListsStopAtTenAndCountTheRest() {
    ReportPage page = ReportPage.of(report(ReportFixtures.crowded(12), LocalDate.of(2024, 6, 1)));

    List<String> disputes = page.under("summary", DISAGREE);
    assertThat(disputes).hasSize(11).endsWith("… and 2 more");
    assertThat(disputes.subList(0, 10))
        .as("the first ten, in model order")
        .allMatch(s -> s.startsWith("Milestone "))
        .extracting(s -> s.substring(0, s.indexOf(':')))
        .containsExactly(
            "Milestone 1",
            "Milestone 2",
            "Milestone 3",
            "Milestone 4",
            "Milestone 5",
            "Milestone 6",
            "Milestone 7",
            "Milestone 8",
            "Milestone 9",
            "Milestone 10");
    List<String> caps = page.under("summary", HELD_BACK);
    assertThat(caps).hasSize(11).endsWith("… and 2 more");
    assertThat(caps.get(0)).startsWith("m01 is reported IN_PROGRESS");
  }

  @Test
  void summaryEndsWithTheIndexOverTime() {
    ReportPage page = ReportPage.of(report(ReportModels.model(), ReportModels.AS_OF));

    assertThat(page.figures("summary")).containsExactly("figure-index-trajectory");
    assertThat(page.headings("summary", "h3")).last().isEqualTo("Index over time");
  }
}
