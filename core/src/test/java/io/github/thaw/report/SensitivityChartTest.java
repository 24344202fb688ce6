package io.github.thaw.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.thaw.model.ProcessModel;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The sensitivity chart read back from its SVG: where each bar and whisker is drawn, measured
 * against the plot area, so that the checks hold whatever fonts lay out the labels around it.
 */
class SensitivityChartTest {
  private static final ProcessModel MODEL = ReportModels.model();
  private static final double NAN = Double.NaN;

  /** Pixels of slack for coordinates that SVG output rounds to hundredths. */
  private static final double PX = 0.05;

  /**
   * Both ends of the value axis carry a label, including ends such as 0.7 or 1.2 that are not an
   * exact multiple of the tick unit in floating point.
   */
  @ParameterizedTest(name = "first {0}, total {1}: {2} to {3}")
  @CsvSource({
    "0.5, 0.62, 0.00, 0.70",
    "0.5, 0.84, 0.00, 0.90",
    "0.1, 0.2, 0.00, 0.30",
    "0.9, 1.4, 0.00, 1.20",
    "-0.1, 0.2, -0.15, 0.30"
  })
  void theValueAxisIsLabelledAtBothEnds(double first, double total, String from, String to)
      throws Exception {
    SensitivityData s =
        SensitivityData.withoutIntervals(
            "value", List.of("a"), new double[] {first}, new double[] {total});
    List<String> ticks = draw(s).valueTicks();
    assertThat(ticks).as("value axis ticks").startsWith(from).endsWith(to);
  }

  private static void assertWhisker(
      List<Element> ink, Axis axis, double y, double low, double high) {
    assertThat(ink)
        .as("whisker from %s to %s at y %s", low, high, y)
        .anySatisfy(
            l -> {
              assertThat(num(l, "y1")).isCloseTo(y, within(PX));
              assertThat(num(l, "y2")).isCloseTo(y, within(PX));
              assertThat(num(l, "x1")).isCloseTo(axis.x(low), within(PX));
              assertThat(num(l, "x2")).isCloseTo(axis.x(high), within(PX));
            });
    for (double end : new double[] {low, high}) {
      assertThat(ink)
          .as("cap at %s", end)
          .anySatisfy(
              l -> {
                assertThat(num(l, "x1")).isCloseTo(axis.x(end), within(PX));
                assertThat(num(l, "x2")).isCloseTo(axis.x(end), within(PX));
                assertThat(Math.min(num(l, "y1"), num(l, "y2"))).isCloseTo(y - 3, within(PX));
                assertThat(Math.max(num(l, "y1"), num(l, "y2"))).isCloseTo(y + 3, within(PX));
              });
    }
  }

  private static Chart draw(SensitivityData s) throws Exception {
    return new Chart(Charts.sensitivity(MODEL, ReportModels.AS_OF, s).svg());
  }

  private static int height(SensitivityData s) throws Exception {
    return (int) num(draw(s).doc.getDocumentElement(), "height");
  }

  private static List<Element> byTop(List<Element> rects) {
    return rects.stream().sorted(Comparator.comparingDouble(r -> num(r, "y"))).toList();
  }

  private static double middle(Element rect) {
    return num(rect, "y") + num(rect, "height") / 2;
  }

  private static double right(Element rect) {
    return num(rect, "x") + num(rect, "width");
  }

  private static boolean horizontal(Element line) {
    return Math.abs(num(line, "y1") - num(line, "y2")) < PX;
  }

  private static double num(Element e, String attribute) {
    return Double.parseDouble(e.getAttribute(attribute));
  }

  private static String rgb(Color c) {
    return "rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
  }

  /** A linear value axis across a plot area's width. */
  private record Axis(Rectangle2D area, double lower, double upper) {
    double x(double v) {
      return area.getMinX() + (v - lower) / (upper - lower) * area.getWidth();
    }
  }

  /** A parsed chart with lookups by colour, clip area and text. */
  private static final class Chart {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern TICK = Pattern.compile("-?\\d\\.\\d\\d");
    final String svg;
    final Document doc;

    Chart(String svg) throws Exception {
      this.svg = svg;
      this.doc = SvgXml.parse(svg);
    }

    /** Declarations of an element's style and its ancestors', the nearest winning. */
    Map<String, String> style(Element e) {
      Deque<Element> chain = new ArrayDeque<>();
      for (Node n = e; n instanceof Element el; n = n.getParentNode()) {
        chain.push(el);
      }
      Map<String, String> out = new HashMap<>();
      for (Element el : chain) {
        for (String decl : el.getAttribute("style").split(";")) {
          int colon = decl.indexOf(':');
          if (colon > 0) {
            out.put(decl.substring(0, colon).trim(), decl.substring(colon + 1).trim());
          }
        }
      }
      return out;
    }

    List<Element> rects(Color fill) {
      return SvgXml.elements(doc, "rect").stream()
          .filter(r -> rgb(fill).equals(style(r).get("fill")))
          .toList();
    }

    List<Element> lines(Color stroke) {
      return SvgXml.elements(doc, "line").stream()
          .filter(l -> rgb(stroke).equals(style(l).get("stroke")))
          .toList();
    }

    /** The data area: the clip of the bars. */
    Rectangle2D area() {
      return clip(rects(ChartStyle.BLUE).get(0));
    }

    Rectangle2D clip(Element e) {
      String ref = e.getAttribute("clip-path").replaceAll("url\\(#(.*)\\)", "$1");
      for (Element c : SvgXml.elements(doc, "clipPath")) {
        if (c.getAttribute("id").equals(ref)) {
          String d =
              SvgXml.elements(doc, "path").stream()
                  .filter(p -> p.getParentNode() == c)
                  .findFirst()
                  .orElseThrow()
                  .getAttribute("d");
          Matcher m = NUMBER.matcher(d);
          List<Double> v = new ArrayList<>();
          while (m.find()) {
            v.add(Double.parseDouble(m.group()));
          }
          double x0 = Double.MAX_VALUE;
          double y0 = Double.MAX_VALUE;
          double x1 = -Double.MAX_VALUE;
          double y1 = -Double.MAX_VALUE;
          for (int k = 0; k + 1 < v.size(); k += 2) {
            x0 = Math.min(x0, v.get(k));
            x1 = Math.max(x1, v.get(k));
            y0 = Math.min(y0, v.get(k + 1));
            y1 = Math.max(y1, v.get(k + 1));
          }
          return new Rectangle2D.Double(x0, y0, x1 - x0, y1 - y0);
        }
      }
      return null;
    }

    boolean clippedTo(Element e, Rectangle2D area) {
      return e.hasAttribute("clip-path") && area.equals(clip(e));
    }

    boolean isText(Element e) {
      return e.getLocalName().equals("text");
    }

    /** The white rectangle behind the data area. */
    Element plotBackground() {
      Rectangle2D area = area();
      return rects(Color.WHITE).stream()
          .filter(r -> Math.abs(num(r, "x") - area.getMinX()) < PX)
          .filter(r -> Math.abs(num(r, "width") - area.getWidth()) < PX)
          .findFirst()
          .orElseThrow();
    }

    List<String> texts() {
      return SvgXml.texts(doc);
    }

    Element text(String content) {
      return SvgXml.elements(doc, "text").stream()
          .filter(t -> t.getTextContent().equals(content))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no text " + content));
    }

    /** The value axis' tick labels, left to right. */
    List<String> valueTicks() {
      return SvgXml.elements(doc, "text").stream()
          .filter(t -> TICK.matcher(t.getTextContent()).matches())
          .sorted(Comparator.comparingDouble(t -> num(t, "x")))
          .map(Element::getTextContent)
          .toList();
    }

    /** The style of the swatch drawn just before a legend label. */
    Map<String, String> legendSwatch(String label) {
      Element text = text(label);
      Node group = text.getParentNode().getPreviousSibling();
      Element swatch = (Element) ((Element) group).getElementsByTagNameNS("*", "*").item(0);
      return style(swatch);
    }
  }
}
