package io.github.thaw.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thaw.index.IndexMethod;
import io.github.thaw.model.Dimension;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.scenario.ScenarioComparison;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class HtmlReportTest {
  // Each test builds its own page rather than sharing one from @BeforeAll: a mutation testing tool
  // credits the code a test runs to that test, and code run in @BeforeAll to none.

  /** The demo model with scenarios, a forecast and a sensitivity analysis. */
  private static HtmlReport full() {
    return HtmlReport.builder(ReportModels.model())
        .method(IndexMethod.legacy())
        .asOf(ReportModels.AS_OF)
        .scenarios(ReportModels.scenarios())
        .forecast(ReportModels.fan(), "4096 samples, seed 7.")
        .sensitivity(ReportModels.sensitivity(), "Intervals at 95% <bootstrap>.")
        .robustness(robustness(), "N = 8.")
        .build();
  }

  private static io.github.thaw.sensitivity.RobustnessResult robustness() {
    return io.github.thaw.sensitivity.IndexRobustness.of(ReportModels.model(), ReportModels.AS_OF)
        .analyze(8, 1);
  }

  /** The demo model alone. */
  private static HtmlReport plain() {
    return HtmlReport.builder(ReportModels.model())
        .method(IndexMethod.legacy())
        .asOf(ReportModels.AS_OF)
        .build();
  }

  @Test
  void everySectionIsPresentInOrderAndEverySvgHasATitle() throws Exception {
    HtmlReport full = full();
    Document doc = SvgXml.parse(full.html());
    List<String> sections =
        SvgXml.elements(doc, "section").stream().map(e -> e.getAttribute("id")).toList();
    assertThat(sections)
        .containsExactly(
            "summary",
            "timeline",
            "graph",
            "scenarios",
            "forecast",
            "sensitivity",
            "robustness",
            "methodology",
            "sources");
    List<Element> svgs = SvgXml.elements(doc, "svg");
    assertThat(svgs.stream().map(e -> e.getAttribute("id")))
        .containsExactly(
            "index-trajectory",
            "dependency-graph",
            "scenario-comparison",
            "forecast-fan",
            "sensitivity-bars",
            "robustness-bars");
    assertThat(full.charts().stream().map(SvgChart::id))
        .containsExactly(
            "index-trajectory",
            "dependency-graph",
            "scenario-comparison",
            "forecast-fan",
            "sensitivity-bars",
            "robustness-bars");
    for (Element svg : svgs) {
      Element first = (Element) svg.getElementsByTagNameNS("*", "title").item(0);
      assertThat(first.getParentNode()).isSameAs(svg);
      assertThat(first.getTextContent()).contains(ReportModels.NAME);
    }
    List<String> ids = SvgXml.ids(doc);
    assertThat(ids).doesNotHaveDuplicates();
  }

  @Test
  void pageIsSelfContainedAndScriptFree() {
    String html = full().html();
    assertThat(html)
        .startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
        .contains("Content-Security-Policy\" content=\"default-src 'none';")
        .contains("@media print")
        .doesNotContainIgnoringCase("<script")
        .doesNotContain("<link")
        .doesNotContain("@import")
        .doesNotContain("url(http")
        .doesNotContain(" src=")
        .doesNotContain(" href=\"http");
    // The only absolute URLs are XML namespace names, which browsers never fetch.
    assertThat(html.replaceAll("xmlns(:\\w+)?=(['\"])[^'\"]*\\2", ""))
        .doesNotContain("http://", "https://");
  }

  @Test
  void modelTextIsEscaped() {
    String html = full().html();
    assertThat(html)
        .contains("<h1>Demo &lt;peace&gt; &amp; &quot;talks&quot;: progress report</h1>")
        .contains("First meeting &lt;script&gt;alert(1)&lt;/script&gt; &amp; talks.")
        .contains("Intervals at 95% &lt;bootstrap&gt;.")
        .doesNotContain("<peace>")
        .doesNotContain("<bootstrap>");
  }

  @Test
  void summaryGivesTheIndexBandAndTheLastRound() {
    String html = full().html();
    assertThat(html)
        .contains("within a band of")
        .contains("On 2024-12-31 the index moved")
        .contains(
            "<b>Land border opens for all travellers</b> → <span class=\"status\">completed</span> (2024)")
        .contains("border-opening is reported COMPLETED")
        .contains("<b>Kars–Gyumri railway</b>: counted as");
  }

  @Test
  void timelineCitesOutletTitleAndLocatorAndStopsAtTheAsOfDate() {
    String html = full().html();
    assertThat(html)
        .contains("<b>s1</b> Wire &lt;one&gt;, “Envoys named” (2021-12) <code>a.txt</code>")
        .contains("<b>s4</b> Four, “Railway stalls”</li>")
        .contains("1 later event after 2025-01-01 is not shown.")
        .doesNotContain("A later summit.");
  }

  @Test
  void optionalSectionsSayTheyWereNotComputed() throws Exception {
    HtmlReport plain = plain();
    String html = plain.html();
    assertThat(html)
        .contains("No scenarios were given for this report.")
        .contains("Not computed: no forecast was supplied to this report.")
        .contains("Not computed: no sensitivity analysis was supplied to this report.");
    assertThat(plain.charts().stream().map(SvgChart::id))
        .containsExactly("index-trajectory", "dependency-graph");
    assertThat(SvgXml.elements(SvgXml.parse(html), "svg")).hasSize(2);
  }

  @Test
  void scenariosForecastAndSensitivityHaveTablesAndExplanations() {
    String html = full().html();
    assertThat(html)
        .contains("<td><b>railway-done</b></td><td>The railway is completed.</td>")
        .contains("<h4>reversal</h4>")
        .contains("4096 samples, seed 7.")
        .contains("<th>By 2025-12-31</th>")
        .contains(
            "<td>Land border opens for all travellers (border-opening)</td><td class=\"num\">50.0%</td>")
        .contains(
            "<td class=\"num\">1</td><td>railway transition time</td><td class=\"num\">0.610 [0.550, 0.680]</td>");
  }

  @Test
  void methodologyDescribesTheMethodAndItsRules() {
    String html = full().html();
    assertThat(html)
        .contains("<b>Index method.</b> Status scores 0, 1/3, 2/3, 1")
        .contains("counts no further than its least-advanced hard prerequisite")
        .contains("Normalization-progress index of &#39;Demo");
    String pam =
        HtmlReport.builder(ReportModels.model())
            .method(IndexMethod.legacy())
            .asOf(ReportModels.AS_OF)
            .method(IndexMethod.pam())
            .build()
            .html();
    assertThat(pam).contains("This method does not gate").contains("Gating is off in this method");
  }

  @Test
  void withoutADateTheReportReadsTheModelAtItsReferenceDate() {
    // The model's asOf is a month: it counts from the end of the month (docs/reference-date.md).
    ProcessModel m =
        ProcessModel.builder("Dated")
            .asOf(PartialDate.parse("2024-06"))
            .dimension(Dimension.of("d", "D"))
            .milestone(Milestone.builder("deal", "Deal", "d").build())
            .build();
    assertThat(HtmlReport.builder(m).build().asOf()).isEqualTo(LocalDate.of(2024, 6, 30));
  }

  @Test
  void sameInputSameBytes(@TempDir Path dir) throws Exception {
    HtmlReport again =
        HtmlReport.builder(ReportModels.model())
            .method(IndexMethod.legacy())
            .asOf(ReportModels.AS_OF)
            .comparison(
                ScenarioComparison.atLatest(
                    ReportModels.model(), IndexMethod.legacy(), ReportModels.scenarios()))
            .forecast(ReportModels.fan(), "4096 samples, seed 7.")
            .sensitivity(ReportModels.sensitivity(), "Intervals at 95% <bootstrap>.")
            .robustness(robustness(), "N = 8.")
            .build();
    HtmlReport full = full();
    assertThat(again.html()).isEqualTo(full.html());
    Path file = dir.resolve("r.html");
    full.writeTo(file);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(full.html());
    assertThat(full.asOf()).isEqualTo(ReportModels.AS_OF);
  }

  @Test
  void sameBytesInAnyLocaleAndTimeZone() {
    String expected = full().html();
    java.util.Locale locale = java.util.Locale.getDefault();
    java.util.TimeZone zone = java.util.TimeZone.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ar-EG"));
      java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Auckland"));
      HtmlReport elsewhere =
          HtmlReport.builder(ReportModels.model())
              .method(IndexMethod.legacy())
              .asOf(ReportModels.AS_OF)
              .scenarios(ReportModels.scenarios())
              .forecast(ReportModels.fan(), "4096 samples, seed 7.")
              .sensitivity(ReportModels.sensitivity(), "Intervals at 95% <bootstrap>.")
              .robustness(robustness(), "N = 8.")
              .build();
      assertThat(elsewhere.html()).isEqualTo(expected);
    } finally {
      java.util.Locale.setDefault(locale);
      java.util.TimeZone.setDefault(zone);
    }
  }

  @Test
  void asOfDefaultsToTheLatestEventAndIsRequiredWithoutOne() {
    assertThat(HtmlReport.builder(ReportModels.model()).method(IndexMethod.legacy()).build().asOf())
        .isEqualTo(java.time.LocalDate.of(2026, 12, 31));
    ProcessModel empty =
        ProcessModel.builder("Empty")
            .dimension(Dimension.of("d", "D"))
            .milestone(Milestone.builder("m", "M", "d").build())
            .build();
    assertThatThrownBy(() -> HtmlReport.builder(empty).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("model 'Empty' has no events and no asOf: call asOf(date) on the builder");
    assertThat(HtmlReport.builder(empty).asOf(ReportModels.AS_OF).build().html())
        .contains("No status event has taken effect by 2025-01-01.");
  }

  @Test
  void withoutEventsAsOfDefaultsToTheModelsOwnDate() {
    ProcessModel undated =
        ProcessModel.builder("Undated")
            .asOf(PartialDate.parse("2024-06"))
            .dimension(Dimension.of("d", "D"))
            .milestone(Milestone.builder("m", "M", "d").build())
            .build();

    HtmlReport r = HtmlReport.builder(undated).build();

    assertThat(r.asOf()).as("the end of the model's month").isEqualTo(LocalDate.of(2024, 6, 30));
    assertThat(r.html()).contains("<title>Undated: progress report as of 2024-06-30</title>");
  }

  @Test
  void escapingKeepsWhatXmlAllowsAndReplacesWhatItForbids() {
    assertThat(Html.escape("a\tb\nc\rd")).isEqualTo("a\tb\nc\rd");
    assertThat(Html.escape("bell\u0007 and nul\u0000")).isEqualTo("bell  and nul ");
    assertThat(Html.escape(" spaced ")).isEqualTo(" spaced ");
    // A pair of surrogates is one character and stays; a lone one anywhere becomes U+FFFD.
    assertThat(Html.escape("flag \uD83C\uDDE6\uD83C\uDDF2"))
        .isEqualTo("flag \uD83C\uDDE6\uD83C\uDDF2");
    assertThat(Html.escape("end \uD83C")).isEqualTo("end \uFFFD");
    assertThat(Html.escape("\uDDE6 start")).isEqualTo("\uFFFD start");
    assertThat(Html.escape("\uD83Cx")).isEqualTo("\uFFFDx");
  }
}
