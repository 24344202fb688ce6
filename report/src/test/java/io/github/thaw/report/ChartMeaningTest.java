package io.github.thaw.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thaw.index.IndexMethod;
import io.github.thaw.scenario.ScenarioComparison;
import io.github.thaw.seeds.TurkiyeArmenia;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/**
 * What every chart of the reference model must mean to a reader, whatever its colours or fonts: no
 * two labels overlap, and every label lies inside the chart.
 */
class ChartMeaningTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 9, 30);

  static Stream<Arguments> charts() {
    return Stream.of(
        chart(
            "index-trajectory",
            () -> Charts.trajectory(IndexMethod.defaults().prepare(TurkiyeArmenia.model()), AS_OF)),
        chart(
            "scenario-comparison",
            () ->
                Charts.scenarios(
                    ScenarioComparison.atLatest(
                        TurkiyeArmenia.model(),
                        IndexMethod.defaults(),
                        TurkiyeArmenia.scenarios()))),
        chart("dependency-graph", () -> Charts.graph(TurkiyeArmenia.model(), AS_OF)),
        chart(
            "forecast-fan",
            () -> Charts.forecast(ReportModels.model(), ReportModels.AS_OF, ReportModels.fan())),
        chart(
            "sensitivity-bars",
            () ->
                Charts.sensitivity(
                    ReportModels.model(), ReportModels.AS_OF, ReportModels.sensitivity())));
  }

  private static Arguments chart(String name, Supplier<SvgChart> draw) {
    return Arguments.of(name, draw);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("charts")
  void noTwoLabelsOverlapAndEveryLabelIsInsideTheChart(String name, Supplier<SvgChart> draw)
      throws Exception {
    SvgChart chart = draw.get();
    ChartSvg svg = new ChartSvg(chart.svg());
    double width = Double.parseDouble(svg.doc.getDocumentElement().getAttribute("width"));
    List<Rectangle2D> boxes = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (Element t : SvgXml.elements(svg.doc, "text")) {
      if (t.getTextContent().isBlank() || rotated(t)) {
        continue; // a vertical axis title stands apart from the horizontal text
      }
      boxes.add(box(svg, t));
      labels.add(t.getTextContent());
    }
    assertThat(boxes).as(name).hasSizeGreaterThan(5);
    for (int i = 0; i < boxes.size(); i++) {
      Rectangle2D b = boxes.get(i);
      assertThat(b.getMinX()).as("%s: '%s' starts inside", name, labels.get(i)).isGreaterThan(0);
      assertThat(b.getMaxX())
          .as("%s: '%s' ends inside", name, labels.get(i))
          .isLessThanOrEqualTo(width);
      assertThat(b.getMaxY()).as("%s: '%s'", name, labels.get(i)).isLessThanOrEqualTo(svg.height());
      for (int j = i + 1; j < boxes.size(); j++) {
        assertThat(b.intersects(boxes.get(j)))
            .as("%s: '%s' %s overlaps '%s' %s", name, labels.get(i), b, labels.get(j), boxes.get(j))
            .isFalse();
      }
    }
  }

  private static boolean rotated(Element t) {
    for (org.w3c.dom.Node n = t; n instanceof Element e; n = e.getParentNode()) {
      if (e.getAttribute("transform").contains("rotate")
          || e.getAttribute("transform").contains("matrix")) {
        return true;
      }
    }
    return false;
  }

  /** The text's box: its measured width, from the baseline up to the font's ascent. */
  private static Rectangle2D box(ChartSvg svg, Element t) {
    var style = svg.style(t);
    float size = Float.parseFloat(style.getOrDefault("font-size", "12px").replace("px", ""));
    int weight = "bold".equals(style.get("font-weight")) ? Font.BOLD : Font.PLAIN;
    Font font = new Font(Font.SANS_SERIF, weight, 1).deriveFont(size);
    double w = SvgCanvas.metrics(font).getStringBounds(t.getTextContent(), null).getWidth();
    double x = ChartSvg.num(t, "x");
    double y = ChartSvg.num(t, "y");
    // The cap height, not the full ascent and descent: lines of a key sit closer than that.
    double h = 0.72 * size;
    return new Rectangle2D.Double(x, y - h, w, h);
  }
}
