package io.github.thaw.report;

import static io.github.thaw.report.ReportFixtures.report;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thaw.index.IndexMethod;
import io.github.thaw.model.Dimension;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The page's header, contents, style sheet, appendices and footer. */
class ReportAppendixTest {
  /** One of everything, so every count is in the singular. */
  static ProcessModel single() {
    return ProcessModel.builder("Single")
        .dimension(Dimension.of("d", "Only dimension"))
        .milestone(Milestone.builder("a", "Alpha", "d").build())
        .source(new Source("s1", "Wire", "Alpha agreed", PartialDate.parse("2024-02-03"), "w.txt"))
        .event(ReportFixtures.status("2024-02-01", "a", Status.AGREED, "", "s1"))
        .build();
  }

  private static String meta(ReportPage page) {
    Element header = SvgXml.elements(page.document(), "header").get(0);
    return ReportPage.texts(header, "p").get(0);
  }

  @Test
  void headerCountsWhatTheModelHolds() {
    ReportPage page = ReportPage.of(report(ReportModels.model(), ReportModels.AS_OF));

    assertThat(meta(page))
        .isEqualTo("As of 2025-01-01 · 6 milestones in 2 dimensions · 7 events · 5 sources");
  }

  @Test
  void headerCountsOneOfEachInTheSingular() {
    HtmlReport r = report(single(), LocalDate.of(2024, 6, 1));
    ReportPage page = ReportPage.of(r);

    assertThat(meta(page))
        .isEqualTo("As of 2024-06-01 · 1 milestone in 1 dimension · 1 event · 1 source");
    assertThat(ReportPage.text(SvgXml.elements(page.document(), "title").get(0)))
        .isEqualTo("Single: progress report as of 2024-06-01");
    assertThat(ReportPage.text(SvgXml.elements(page.document(), "footer").get(0)))
        .isEqualTo(
            "Source: Thaw, model 'Single', 1 source. Made with Thaw; every figure in this report"
                + " can be recomputed from the model file.");
  }

  @Test
  void contentsLinkToEverySectionInPageOrder() {
    ReportPage page = ReportPage.of(report(single(), LocalDate.of(2024, 6, 1)));
    Element nav = SvgXml.elements(page.document(), "nav").get(0);
    List<Element> links = ReportPage.descendants(nav, "a");

    assertThat(links.stream().map(a -> a.getAttribute("href").substring(1)))
        .containsExactlyElementsOf(page.sectionIds());
    assertThat(links.stream().map(ReportPage::text))
        .containsExactly(
            "Summary",
            "Timeline of events",
            "Dependency graph",
            "Scenarios",
            "Forecast",
            "Sensitivity",
            "Robustness to method choices",
            "Appendix A: Methodology",
            "Appendix B: Sources");
    for (String id : page.sectionIds()) {
      assertThat(page.headings(id, "h2").get(0))
          .as(id)
          .isEqualTo(links.get(page.sectionIds().indexOf(id)).getTextContent());
    }
  }

  @Test
  void theStyleSheetIsInlinedWhole() throws Exception {
    String css;
    try (InputStream in = ReportWriter.class.getResourceAsStream("report.css")) {
      css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    ReportPage page = ReportPage.of(report(single(), LocalDate.of(2024, 6, 1)));

    assertThat(css).contains("@media print");
    assertThat(SvgXml.elements(page.document(), "style").get(0).getTextContent())
        .isEqualTo("\n" + css);
  }

  @Test
  void sourcesAppendixListsEverySourceWithWhatIsKnownOfIt() {
    ReportPage page = ReportPage.of(report(ReportModels.model(), ReportModels.AS_OF));
    ReportPage.Table table = page.table("sources", "Id");

    assertThat(table.headers()).containsExactly("Id", "Outlet", "Title", "Published", "Locator");
    assertThat(table.rows().stream().map(ReportPage.Row::texts))
        .containsExactly(
            List.of("s1", "Wire <one>", "Envoys named", "2021-12", "a.txt"),
            List.of("s2", "Daily Two", "Vienna deal", "2022-07", "b.txt"),
            List.of("s3", "Three", "Railway works", "", "c.txt"),
            List.of("s4", "Four", "Railway stalls", "", ""),
            List.of("s5", "Five", "Border open?", "", "e.txt"));
  }

  @Test
  void aModelWithoutSourcesSaysSo() {
    ProcessModel bare =
        ProcessModel.builder("Bare")
            .dimension(Dimension.of("d", "D"))
            .milestone(Milestone.builder("a", "Alpha", "d").build())
            .build();
    ReportPage page = ReportPage.of(report(bare, LocalDate.of(2024, 1, 1)));

    assertThat(page.paragraphs("sources")).containsExactly("The model lists no sources.");
    assertThat(page.tables("sources")).isEmpty();
  }

  @Test
  void methodologyExplainsTheIndexAtTheAsOfDate() {
    ProcessModel model = ReportModels.model();
    String explain = IndexMethod.legacy().evaluate(model, ReportModels.AS_OF).explain();
    ReportPage page = ReportPage.of(report(model, ReportModels.AS_OF));

    assertThat(page.headings("methodology", "h3"))
        .containsExactly("Key rules", "The index as of 2025-01-01, explained");
    Element pre = ReportPage.descendants(page.section("methodology"), "pre").get(0);
    assertThat(pre.getTextContent()).isEqualTo(explain);
    assertThat(page.items("methodology"))
        .anyMatch(s -> s.contains("a report more than 31 days later confirms or supersedes it"));
  }
}
