package io.github.thaw.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thaw.index.IndexMethod;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Status;
import io.github.thaw.scenario.ScenarioComparison;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ChartsTest {
  private static final ProcessModel MODEL = ReportModels.model();
  private static final String SOURCE_LINE =
      "Source: Thaw, model '" + ReportModels.NAME + "', 5 sources";

  static Stream<Arguments> charts() {
    Supplier<SvgChart> trajectory =
        () -> Charts.trajectory(IndexMethod.defaults().prepare(MODEL), ReportModels.AS_OF);
    Supplier<SvgChart> scenarios =
        () ->
            Charts.scenarios(
                ScenarioComparison.atLatest(
                    MODEL, IndexMethod.defaults(), ReportModels.scenarios()));
    Supplier<SvgChart> forecast =
        () -> Charts.forecast(MODEL, ReportModels.AS_OF, ReportModels.fan());
    Supplier<SvgChart> sensitivity =
        () -> Charts.sensitivity(MODEL, ReportModels.AS_OF, ReportModels.sensitivity());
    Supplier<SvgChart> graph = () -> Charts.graph(MODEL, ReportModels.AS_OF);
    return Stream.of(
        Arguments.of(
            "index-trajectory",
            trajectory,
            "Normalization-progress index over time",
            List.of("Date (effective date of events)", "Index (points, 0–100)"),
            "2025-01-01"),
        Arguments.of(
            "scenario-comparison",
            scenarios,
            "Scenarios against the baseline",
            List.of("Scenario", "Index (points, 0–100)"),
            "2026-12-31"),
        Arguments.of(
            "forecast-fan",
            forecast,
            "Forecast: index range and chance of completion",
            List.of("Date (forecast horizon)", "Index (points, 0–100)", "P(COMPLETED by date) (%)"),
            "2025-01-01"),
        Arguments.of(
            "sensitivity-bars",
            sensitivity,
            "Sensitivity: which assumptions drive the result",
            List.of("Input (ranked by total index)", "Sobol index (share of output variance, 0–1)"),
            "2025-01-01"),
        Arguments.of(
            "dependency-graph",
            graph,
            "Dependency graph by status",
            List.of(
                "Dependency depth (steps in the longest chain of prerequisites, hard and soft)"),
            "2025-01-01"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("charts")
  void everyChartIsWellFormedSvgWithTitleAxisLabelsAsOfDateAndSourceLine(
      String id, Supplier<SvgChart> make, String title, List<String> axes, String asOf)
      throws Exception {
    SvgChart chart = make.get();
    Document doc = SvgXml.parse(chart.document());
    Element root = doc.getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("svg");
    assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
    assertThat(root.getAttribute("id")).isEqualTo(id).isEqualTo(chart.id());
    assertThat(root.getAttribute("role")).isEqualTo("img");
    assertThat(root.getAttribute("viewBox")).isNotBlank();
    assertThat(SvgXml.title(doc))
        .isEqualTo(chart.title())
        .startsWith(title + " — " + ReportModels.NAME)
        .contains(asOf);
    assertThat(SvgXml.elements(doc, "desc")).hasSize(1);
    List<String> texts = SvgXml.texts(doc);
    assertThat(texts).contains(title).contains(SOURCE_LINE).containsAll(axes);
    assertThat(texts).anySatisfy(t -> assertThat(t).contains("as of " + asOf));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("charts")
  void everyChartIsDeterministicAndPrefixesItsIds(
      String id, Supplier<SvgChart> make, String title, List<String> axes, String asOf)
      throws Exception {
    SvgChart chart = make.get();
    assertThat(make.get().svg()).isEqualTo(chart.svg());
    assertThat(SvgXml.ids(SvgXml.parse(chart.svg())))
        .allSatisfy(i -> assertThat(i.equals(id) || i.startsWith(id + "-")).as(i).isTrue());
    assertThat(chart.svg())
        .doesNotContain("<script")
        .doesNotContain("http://www.jfree.org/jfreesvg/index");
  }

  @Test
  void trajectoryNumbersEachDateWithStatusEventsAndShowsTheBandAtTheEnd() throws Exception {
    SvgChart chart = Charts.trajectory(IndexMethod.defaults().prepare(MODEL), ReportModels.AS_OF);
    List<String> texts = SvgXml.texts(SvgXml.parse(chart.svg()));
    // Effective dates 2021-12-15, 2022-07-01, 2023-05-31, 2024-03-01, 2024-12-31.
    assertThat(texts).contains("1", "2", "3", "4", "5").doesNotContain("6");
    assertThat(texts)
        .anySatisfy(
            t -> assertThat(t).startsWith("1 — 2021-12-15 (+").endsWith("envoys → COMPLETED"))
        .anySatisfy(t -> assertThat(t).startsWith("5 — 2024-12-31").contains("border-opening"));
    assertThat(texts).anySatisfy(t -> assertThat(t).contains("(band "));
  }

  @Test
  void scenarioBarsAreLabelledWithValueAndChange() throws Exception {
    ScenarioComparison c =
        ScenarioComparison.atLatest(MODEL, IndexMethod.defaults(), ReportModels.scenarios());
    List<String> texts = SvgXml.texts(SvgXml.parse(Charts.scenarios(c).svg()));
    String base = String.format(java.util.Locale.ROOT, "%.1f", c.baseline().value());
    assertThat(texts).contains("baseline", "railway-done", "reversal", "baseline " + base);
    assertThat(texts).contains(base + " (baseline)");
    assertThat(texts)
        .anySatisfy(
            t ->
                assertThat(t)
                    .isEqualTo(
                        String.format(
                            java.util.Locale.ROOT,
                            "%.1f (%+.1f)",
                            c.outcome("reversal").result().value(),
                            c.outcome("reversal").delta())));
  }

  @Test
  void graphDrawsBitingEdgesRedSoftEdgesDashedAndANodePerMilestone() throws Exception {
    SvgChart chart = Charts.graph(MODEL, ReportModels.AS_OF);
    Document doc = SvgXml.parse(chart.svg());
    List<String> ids = SvgXml.ids(doc);
    for (String m :
        List.of("envoys", "crossing", "railway", "peace", "border-opening", "flights")) {
      assertThat(ids).contains("dependency-graph-node-" + m);
    }
    String bite = group(doc, "dependency-graph-edge-crossing-border-opening");
    String soft = group(doc, "dependency-graph-edge-peace-border-opening");
    String hard = group(doc, "dependency-graph-edge-envoys-crossing");
    // Biting edges are red, soft ones dashed, hard ones neither.
    assertThat(bite).contains("stroke=\"rgb(220,38,38)\"");
    assertThat(soft).containsPattern("stroke-dasharray=\"[0-9]").doesNotContain("rgb(220,38,38)");
    assertThat(hard)
        .doesNotContainPattern("stroke-dasharray=\"[0-9]")
        .doesNotContain("rgb(220,38,38)");
    assertThat(group(doc, "dependency-graph-node-border-opening"))
        .contains("counts as agreed")
        .contains("stroke=\"rgb(220,38,38)\"");
    assertThat(group(doc, "dependency-graph-node-crossing"))
        .contains(
            "fill=\""
                + GraphSvg.rgb(java.awt.Color.decode(GraphExport.colour(Status.AGREED)))
                + "\"");
    assertThat(SvgXml.elements(doc, "desc").get(0).getTextContent())
        .isEqualTo(
            "6 milestones in 3 layers, 5 dependencies; 2 edges where gating bites as of 2025-01-01.");
  }

  private static String group(Document doc, String id) throws Exception {
    for (Element e : SvgXml.elements(doc, "g")) {
      if (e.getAttribute("id").equals(id)) {
        javax.xml.transform.Transformer t =
            javax.xml.transform.TransformerFactory.newInstance().newTransformer();
        java.io.StringWriter w = new java.io.StringWriter();
        t.transform(
            new javax.xml.transform.dom.DOMSource(e),
            new javax.xml.transform.stream.StreamResult(w));
        return w.toString();
      }
    }
    throw new AssertionError("no group " + id);
  }

  @Test
  void sensitivityRanksByTotalIndexAndSkipsMissingIntervals() throws Exception {
    SensitivityData s =
        SensitivityData.withoutIntervals(
            "value",
            List.of("a", "b", "c"),
            new double[] {0.1, 0.3, 0.2},
            new double[] {0.1, 0.5, 0.25});
    assertThat(s.ranking()).containsExactly(1, 2, 0);
    Document doc = SvgXml.parse(Charts.sensitivity(MODEL, ReportModels.AS_OF, s).svg());
    List<String> texts = SvgXml.texts(doc);
    assertThat(texts).containsSubsequence("b", "c", "a").doesNotContain("Confidence interval");
    assertThat(SvgXml.elements(doc, "desc").get(0).getTextContent())
        .startsWith("Sobol indices of value, ranked: b total 0.50, first-order 0.30; c total 0.25");
  }

  @Test
  void forecastNamesMilestonesItKnowsAndKeepsOtherLabels() throws Exception {
    List<String> texts =
        SvgXml.texts(
            SvgXml.parse(Charts.forecast(MODEL, ReportModels.AS_OF, ReportModels.fan()).svg()));
    assertThat(texts)
        .contains(
            "P(COMPLETED): Land border opens for all travellers (border-opening)",
            "P(COMPLETED): not-a-milestone",
            "Index, median (P50)",
            "Index, 10th to 90th percentile");
  }

  @Test
  void writeToWritesAStandaloneSvgFile(@TempDir Path dir) throws Exception {
    SvgChart chart = Charts.graph(MODEL, ReportModels.AS_OF);
    Path file = dir.resolve("graph.svg");
    chart.writeTo(file);
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ");
    assertThat(SvgXml.title(SvgXml.parse(text))).isEqualTo(chart.title());
  }

  @Test
  void svgChartChecksItsIdAndText() {
    assertThatThrownBy(() -> new SvgChart("Bad Id", "t", "<svg/>"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("chart id 'Bad Id' must be lower-kebab-case, such as 'index-trajectory'");
    assertThatThrownBy(() -> new SvgChart("ok", "t", "<div/>"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("chart 'ok' must start with an <svg> element");
  }
}
