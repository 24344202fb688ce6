package io.github.thaw.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SvgCanvasTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "a < b & c > d | a &lt; b &amp; c &gt; d",
        "say \"hi\" 'there' | say &quot;hi&quot; &#39;there&#39;",
        "Türkiye–Armenia | Türkiye–Armenia"
      })
  void htmlEscapesMarkupAndQuotes(String text, String escaped) {
    assertThat(Html.escape(text)).isEqualTo(escaped);
  }

  @org.junit.jupiter.api.Test
  void htmlDropsCharactersXmlForbids() {
    assertThat(Html.escape("a\u0001b\ud800c\ud83d\ude00")).isEqualTo("a b\ufffdc\ud83d\ude00");
  }

  /** A canvas with a rotation and coordinates in thirds and sevenths, finished as a chart. */
  private static org.w3c.dom.Document awkwardDrawing() throws Exception {
    return SvgXml.parse(drawing(SvgCanvas.graphics("awkward", 100, 80)));
  }

  private static String drawing(org.apache.batik.svggen.SVGGraphics2D g) {
    g.draw(new java.awt.geom.Line2D.Double(1 / 3.0, 2 / 3.0, 50 / 7.0, 60 / 7.0));
    g.setClip(new java.awt.geom.Rectangle2D.Double(0, 0, 50, 40));
    g.rotate(Math.PI / 7, 10 / 3.0, 20 / 3.0);
    g.fill(new java.awt.geom.Rectangle2D.Double(1 / 3.0, 1 / 7.0, 10 / 3.0, 20 / 7.0));
    g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 13));
    g.drawString("label", 10 / 3f, 40 / 7f);
    return SvgCanvas.finish(g, "awkward", 100, 80, "A title", "A description").svg();
  }

  @org.junit.jupiter.api.Test
  void theSameDrawingGivesTheSameBytesAndEveryIdCarriesTheChartId() throws Exception {
    String once = drawing(SvgCanvas.graphics("awkward", 100, 80));
    assertThat(drawing(SvgCanvas.graphics("awkward", 100, 80))).isEqualTo(once);
    assertThat(SvgXml.ids(SvgXml.parse(once)))
        .hasSizeGreaterThan(2)
        .allSatisfy(id -> assertThat(id).matches("awkward(-.+)?"));
    // One element, nothing before it: no XML declaration, DOCTYPE or generator comment.
    assertThat(once).startsWith("<svg ").endsWith("</svg>").doesNotContain("<!", "<?", "Batik");
  }

  @org.junit.jupiter.api.Test
  void aGroupHoldsWhatWasDrawnSinceTheLastOneUnderItsIdAndTooltip() throws Exception {
    org.apache.batik.svggen.SVGGraphics2D g = SvgCanvas.graphics("grouped", 100, 80);
    List<org.w3c.dom.Element> parts = new ArrayList<>();
    g.fill(new java.awt.Rectangle(0, 0, 100, 80));
    SvgCanvas.flush(g, parts);
    g.draw(new java.awt.geom.Line2D.Double(1, 2, 3, 4));
    SvgCanvas.group(g, parts, "grouped-line", "a line <here>");
    g.drawString("after", 5, 6);
    org.w3c.dom.Document doc =
        SvgXml.parse(SvgCanvas.finish(g, parts, "grouped", 100, 80, "t", "d").svg());
    org.w3c.dom.Element line = SvgXml.elements(doc, "line").get(0);
    org.w3c.dom.Element group = (org.w3c.dom.Element) line.getParentNode();
    while (!group.hasAttribute("id")) {
      group = (org.w3c.dom.Element) group.getParentNode();
    }
    assertThat(group.getAttribute("id")).isEqualTo("grouped-line");
    assertThat(SvgXml.elements(doc, "title").get(1).getTextContent()).isEqualTo("a line <here>");
    assertThat(group.getElementsByTagNameNS("*", "rect").getLength()).isZero();
    assertThat(group.getElementsByTagNameNS("*", "text").getLength()).isZero();
    // Drawing order is kept: the rectangle, the group, then the text.
    String svg = SvgCanvas.finish(g, parts, "grouped", 100, 80, "t", "d").svg();
    assertThat(svg.indexOf("<rect")).isLessThan(svg.indexOf("grouped-line"));
  }

  @org.junit.jupiter.api.Test
  void coordinatesAndTransformsAreWrittenWithAtMostTwoDecimals() throws Exception {
    org.w3c.dom.Document doc = awkwardDrawing();
    List<String> numbers = new ArrayList<>();
    for (org.w3c.dom.Element e : SvgXml.elements(doc, "*")) {
      for (String attribute :
          List.of("d", "x", "y", "width", "height", "x1", "y1", "x2", "y2", "transform")) {
        java.util.regex.Matcher m =
            java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?").matcher(e.getAttribute(attribute));
        while (m.find()) {
          numbers.add(attribute + "=" + m.group());
        }
      }
    }
    assertThat(numbers).anySatisfy(n -> assertThat(n).startsWith("transform="));
    assertThat(numbers).anySatisfy(n -> assertThat(n).startsWith("x1="));
    assertThat(numbers).allSatisfy(n -> assertThat(n).matches("[a-z0-9]+=-?\\d+(\\.\\d{1,2})?"));
  }

  @org.junit.jupiter.api.Test
  void textAsksForTheFontFamilyItWasMeasuredWith() throws Exception {
    List<org.w3c.dom.Element> texts = SvgXml.elements(awkwardDrawing(), "text");
    assertThat(texts).isNotEmpty();
    ChartSvg svg = new ChartSvg(drawing(SvgCanvas.graphics("awkward", 100, 80)));
    assertThat(texts.size()).isEqualTo(SvgXml.elements(svg.doc, "text").size());
    assertThat(SvgXml.elements(svg.doc, "text"))
        .allSatisfy(
            t -> assertThat(svg.style(t)).containsEntry("font-family", SvgCanvas.FONT_FAMILY));
  }

  @org.junit.jupiter.api.Test
  void theTitleAndDescriptionComeFirstThenTheDrawingWithNothingBetween() throws Exception {
    org.w3c.dom.Element root = awkwardDrawing().getDocumentElement();
    List<org.w3c.dom.Node> children = new ArrayList<>();
    for (org.w3c.dom.Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
      children.add(n);
    }
    assertThat(children)
        .as("only elements: no stray text from splicing in the title")
        .allSatisfy(n -> assertThat(n).isInstanceOf(org.w3c.dom.Element.class));
    assertThat(children.get(0).getLocalName()).isEqualTo("title");
    assertThat(children.get(0).getTextContent()).isEqualTo("A title");
    assertThat(children.get(1).getLocalName()).isEqualTo("desc");
    assertThat(children.get(1).getTextContent()).isEqualTo("A description");
    assertThat(children.size()).isGreaterThan(2);
    assertThat(root.getAttribute("aria-labelledby")).isEqualTo("awkward-title awkward-desc");
    assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 100 80");
  }

  @org.junit.jupiter.api.Test
  void theLayoutPassReportsTheDataAreaWithoutDrawingAnything() {
    XYSeries s = new XYSeries("s");
    s.add(0, 0);
    s.add(1, 1);
    XYPlot plot =
        new XYPlot(
            new XYSeriesCollection(s),
            new NumberAxis("x"),
            new NumberAxis("y"),
            new XYLineAndShapeRenderer());
    java.awt.geom.Rectangle2D area =
        SvgCanvas.layout(new JFreeChart("Chart", plot), 400, 300).getPlotInfo().getDataArea();
    assertThat(area.getWidth()).isGreaterThan(200);
    assertThat(area.getHeight()).isGreaterThan(150);
    assertThat(area.getMinX()).isPositive();
    assertThat(area.getMaxX()).isLessThan(400);
    assertThat(area.getMinY()).isPositive();
    assertThat(area.getMaxY()).isLessThan(300);
  }
}
