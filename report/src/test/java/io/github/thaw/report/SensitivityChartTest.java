package io.github.thaw.report;

import static io.github.thaw.report.ChartSvg.num;
import static io.github.thaw.report.ChartSvg.rgb;
import static io.github.thaw.report.ChartSvg.right;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.thaw.model.ProcessModel;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Element;

/**
 * The sensitivity chart read back from its SVG: where each bar and whisker is drawn, measured
 * against the plot area, so that the checks hold whatever fonts lay out the labels around it.
 */
class SensitivityChartTest {
  private static final ProcessModel MODEL = ReportModels.model();
  private static final double NAN = Double.NaN;

  /** Pixels of slack for coordinates that SVG output rounds to hundredths. */
  private static final double PX = 0.05;

  @Test
  void totalBarsRunTopToBottomFromTheLargestTotalIndexDown() throws Exception {
    Chart c = draw(ReportModels.sensitivity());
    // Totals 0.07, 0.61, 0.30: railway (1) first, then AGREED (2), then borders (0).
    List<Element> totals = byTop(c.rects(ChartStyle.BLUE));
    assertThat(totals).hasSize(3);
    assertThat(totals.stream().map(r -> num(r, "width")).toList())
        .as("total bars top to bottom")
        .isSortedAccordingTo(Comparator.reverseOrder());
    double scale = num(totals.get(0), "width") / 0.61;
    assertThat(num(totals.get(1), "width")).isCloseTo(0.30 * scale, within(PX));
    assertThat(num(totals.get(2), "width")).isCloseTo(0.07 * scale, within(PX));
  }

  @Test
  void barLengthsAreProportionalToTheirIndicesOnOneScaleStartingAtZero() throws Exception {
    Chart c = draw(ReportModels.sensitivity());
    Rectangle2D area = c.area();
    // Upper bound: the largest interval end, 0.68, plus 0.05, rounded up to a tenth.
    Axis axis = new Axis(area, 0, 0.8);
    List<Element> totals = byTop(c.rects(ChartStyle.BLUE));
    List<Element> firsts = byTop(c.rects(ChartStyle.BLUE_BAND));
    double[] total = {0.61, 0.30, 0.07};
    double[] first = {0.52, 0.20, 0.05};
    for (int k = 0; k < 3; k++) {
      for (Element bar : List.of(totals.get(k), firsts.get(k))) {
        assertThat(num(bar, "x")).as("bars start at zero").isCloseTo(area.getMinX(), within(PX));
      }
      assertThat(right(totals.get(k))).isCloseTo(axis.x(total[k]), within(PX));
      assertThat(right(firsts.get(k))).isCloseTo(axis.x(first[k]), within(PX));
    }
    assertThat(c.valueTicks())
        .containsExactly("0.00", "0.10", "0.20", "0.30", "0.40", "0.50", "0.60", "0.70", "0.80");
  }

  @Test
  void eachInputHasARowWithItsTotalBarJustAboveItsFirstOrderBar() throws Exception {
    Chart c = draw(ReportModels.sensitivity());
    Rectangle2D area = c.area();
    // Three rows plus 0.6 of a row of margin above the first and below the last.
    double row = area.getHeight() / 3.2;
    List<Element> totals = byTop(c.rects(ChartStyle.BLUE));
    List<Element> firsts = byTop(c.rects(ChartStyle.BLUE_BAND));
    for (int k = 0; k < 3; k++) {
      double centre = area.getMinY() + (0.6 + k) * row;
      Element total = totals.get(k);
      Element first = firsts.get(k);
      assertThat(num(total, "height")).as("bar thickness").isCloseTo(0.19 * row, within(PX));
      assertThat(num(first, "height")).as("bar thickness").isCloseTo(0.19 * row, within(PX));
      assertThat(middle(total)).as("total bar above the row's centre").isLessThan(centre);
      assertThat(middle(first)).as("first-order bar below the row's centre").isGreaterThan(centre);
      assertThat(middle(total)).isCloseTo(centre - 0.115 * row, within(PX));
      assertThat(middle(first)).isCloseTo(centre + 0.115 * row, within(PX));
    }
  }

  @Test
  void whiskersSpanEachIntervalAcrossTheMiddleOfItsBarWithCapsAtBothEnds() throws Exception {
    SensitivityData s = ReportModels.sensitivity();
    Chart c = draw(s);
    Axis axis = new Axis(c.area(), 0, 0.8);
    int[] rank = s.ranking();
    List<Element> totals = byTop(c.rects(ChartStyle.BLUE));
    List<Element> firsts = byTop(c.rects(ChartStyle.BLUE_BAND));
    List<Element> ink = c.lines(ChartStyle.INK);
    assertThat(ink).as("one whisker and two caps per interval").hasSize(6 * 3);
    for (int k = 0; k < 3; k++) {
      int i = rank[k];
      assertWhisker(ink, axis, middle(totals.get(k)), s.totalLow()[i], s.totalHigh()[i]);
      assertWhisker(ink, axis, middle(firsts.get(k)), s.firstLow()[i], s.firstHigh()[i]);
    }
    for (Element line : ink) {
      assertThat(ChartSvg.width(c.style(line))).as("thicker than the grid").isGreaterThan(1.0);
    }
  }

  @Test
  void whiskersAreDrawnOverTheBars() throws Exception {
    Chart c = draw(ReportModels.sensitivity());
    List<Element> all = SvgXml.elements(c.doc, "*");
    int lastBar = 0;
    for (Element bar : c.rects(ChartStyle.BLUE)) {
      lastBar = Math.max(lastBar, all.indexOf(bar));
    }
    for (Element bar : c.rects(ChartStyle.BLUE_BAND)) {
      lastBar = Math.max(lastBar, all.indexOf(bar));
    }
    for (Element whisker : c.lines(ChartStyle.INK)) {
      assertThat(all.indexOf(whisker)).as("whisker after every bar").isGreaterThan(lastBar);
    }
  }

  @Test
  void anIntervalWithAMissingEndHasNoWhisker() throws Exception {
    SensitivityData s =
        new SensitivityData(
            "value",
            List.of("a", "b"),
            new double[] {0.2, 0.1},
            new double[] {0.1, NAN},
            new double[] {0.3, 0.2},
            new double[] {0.4, 0.3},
            new double[] {NAN, 0.25},
            new double[] {0.5, 0.35});
    Chart c = draw(s);
    // Only a's first-order and b's total interval are complete.
    List<Element> whiskers = c.lines(ChartStyle.INK).stream().filter(l -> horizontal(l)).toList();
    assertThat(whiskers).hasSize(2);
    List<Element> totals = byTop(c.rects(ChartStyle.BLUE));
    List<Element> firsts = byTop(c.rects(ChartStyle.BLUE_BAND));
    // Upper bound: a's total 0.4 plus 0.05, rounded up to a tenth; a's total interval lacks its
    // lower end, so its upper end 0.5 does not count.
    Axis axis = new Axis(c.area(), 0, 0.5);
    assertWhisker(c.lines(ChartStyle.INK), axis, middle(firsts.get(0)), 0.1, 0.3);
    assertWhisker(c.lines(ChartStyle.INK), axis, middle(totals.get(1)), 0.25, 0.35);
    assertThat(c.texts()).contains("Confidence interval");
  }

  @Test
  void withoutIntervalsNoWhiskerIsDrawnAndTheLegendOmitsThem() throws Exception {
    SensitivityData s =
        SensitivityData.withoutIntervals(
            "value", List.of("a", "b"), new double[] {0.1, 0.2}, new double[] {0.15, 0.3});
    Chart c = draw(s);
    assertThat(c.lines(ChartStyle.INK)).isEmpty();
    assertThat(c.texts())
        .contains("Total index ST (alone and in interactions)", "First-order index S (alone)")
        .doesNotContain("Confidence interval");
    // Upper bound from the estimates alone: 0.3 + 0.05 rounded up to a tenth.
    assertThat(c.valueTicks())
        .containsExactly("0.00", "0.05", "0.10", "0.15", "0.20", "0.25", "0.30", "0.35", "0.40");
  }

  @Test
  void firstOrderIntervalsAloneStillEarnALegendEntry() throws Exception {
    SensitivityData s =
        new SensitivityData(
            "value",
            List.of("a"),
            new double[] {0.2},
            new double[] {0.1},
            new double[] {0.3},
            new double[] {0.4},
            new double[] {NAN},
            new double[] {NAN});
    Chart c = draw(s);
    assertThat(c.lines(ChartStyle.INK).stream().filter(l -> horizontal(l))).hasSize(1);
    assertThat(c.texts()).contains("Confidence interval");
  }

  @Test
  void legendNamesBothIndicesInTheirBarColours() throws Exception {
    Chart c = draw(ReportModels.sensitivity());
    assertThat(c.legendSwatch("Total index ST (alone and in interactions)").get("fill"))
        .isEqualTo(rgb(ChartStyle.BLUE));
    assertThat(c.legendSwatch("First-order index S (alone)").get("fill"))
        .isEqualTo(rgb(ChartStyle.BLUE_BAND));
    assertThat(c.legendSwatch("Confidence interval").get("stroke")).isEqualTo(rgb(ChartStyle.INK));
  }

  @Test
  void smallIndicesGetATenthWideAxisTickedEveryFiveHundredths() throws Exception {
    SensitivityData s =
        SensitivityData.withoutIntervals(
            "value", List.of("a", "b"), new double[] {0.01, 0.02}, new double[] {0.01, 0.03});
    Chart c = draw(s);
    assertThat(c.valueTicks()).containsExactly("0.00", "0.05", "0.10");
    Axis axis = new Axis(c.area(), 0, 0.1);
    assertThat(right(byTop(c.rects(ChartStyle.BLUE)).get(0))).isCloseTo(axis.x(0.03), within(PX));
  }

  @Test
  void anAxisExactlyHalfWideIsStillTickedEveryFiveHundredths() throws Exception {
    // 0.4 + 0.05 rounds up to 0.5: a range of exactly 0.5 keeps the finer ticks.
    SensitivityData s =
        SensitivityData.withoutIntervals(
            "value", List.of("a"), new double[] {0.3}, new double[] {0.4});
    assertThat(draw(s).valueTicks())
        .containsExactly(
            "0.00", "0.05", "0.10", "0.15", "0.20", "0.25", "0.30", "0.35", "0.40", "0.45", "0.50");
  }

  @Test
  void estimatesAboveOneAreShownOnAnAxisCappedAt1point2() throws Exception {
    SensitivityData s =
        SensitivityData.withoutIntervals(
            "value", List.of("a"), new double[] {0.9}, new double[] {1.4});
    Chart c = draw(s);
    assertThat(c.valueTicks()).first().isEqualTo("0.00");
    assertThat(c.valueTicks()).last().isEqualTo("1.20");
    Axis axis = new Axis(c.area(), 0, 1.2);
    assertThat(right(byTop(c.rects(ChartStyle.BLUE_BAND)).get(0)))
        .isCloseTo(axis.x(0.9), within(PX));
  }

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

  @Test
  void negativeEstimatesExtendTheAxisBelowZeroAndTheirBarsPointLeft() throws Exception {
    // -0.045 less a margin of 0.01, rounded down to a twentieth: -0.10. The top: 0.4 + 0.05 → 0.5.
    SensitivityData s =
        new SensitivityData(
            "value",
            List.of("a", "b"),
            new double[] {-0.045, 0.3},
            new double[] {NAN, 0.2},
            new double[] {NAN, 0.4},
            new double[] {0.05, 0.35},
            new double[] {NAN, NAN},
            new double[] {NAN, NAN});
    Chart c = draw(s);
    // A range of 0.6 is ticked every tenth.
    assertThat(c.valueTicks())
        .containsExactly("-0.10", "0.00", "0.10", "0.20", "0.30", "0.40", "0.50");
    Axis axis = new Axis(c.area(), -0.1, 0.5);
    List<Element> firsts = byTop(c.rects(ChartStyle.BLUE_BAND));
    // b ranks first (total 0.35); a's first-order bar runs from -0.045 to zero.
    Element negative = firsts.get(1);
    assertThat(num(negative, "x")).isCloseTo(axis.x(-0.045), within(PX));
    assertThat(right(negative)).isCloseTo(axis.x(0), within(PX));
    assertThat(num(firsts.get(0), "x")).isCloseTo(axis.x(0), within(PX));
    assertThat(right(firsts.get(0))).isCloseTo(axis.x(0.3), within(PX));
  }

  @Test
  void theChartGrowsByFortyFourPixelsPerInput() throws Exception {
    int three = height(ReportModels.sensitivity());
    List<String> names = List.of("a", "b", "c", "d", "e");
    double[] v = {0.1, 0.2, 0.3, 0.4, 0.5};
    int five = height(SensitivityData.withoutIntervals("value", names, v, v));
    assertThat(three).isEqualTo(230 + 44 * 3);
    assertThat(five).isEqualTo(230 + 44 * 5);
  }

  @Test
  void thePlotIsWhiteWithLightVerticalGridLinesOnlyAndFlatBars() throws Exception {
    Chart c = draw(ReportModels.sensitivity());
    Rectangle2D area = c.area();
    List<Element> grid = c.lines(ChartStyle.GRID);
    assertThat(grid).as("a grid line per value tick").hasSize(c.valueTicks().size());
    assertThat(grid).allSatisfy(l -> assertThat(horizontal(l)).as("vertical").isFalse());
    // Inside the plot only the six bars are filled: no shadows, grid bands or markers.
    List<Element> filled = new ArrayList<>();
    for (Element e : SvgXml.elements(c.doc, "*")) {
      if (!e.getLocalName().equals("line") && c.clippedTo(e, area) && !c.isText(e)) {
        filled.add(e);
      }
    }
    assertThat(filled).hasSize(6);
    assertThat(c.svg).doesNotContain("Gradient");
    Element background = c.plotBackground();
    assertThat(c.style(background).get("fill")).isEqualTo(rgb(Color.WHITE));
    // The input axis' line runs along the data area's left edge, without an offset.
    assertThat(c.lines(ChartStyle.GREY))
        .anySatisfy(
            l -> {
              assertThat(num(l, "x1")).isCloseTo(area.getMinX(), within(PX));
              assertThat(num(l, "x2")).isCloseTo(area.getMinX(), within(PX));
              assertThat(num(l, "y1")).isCloseTo(area.getMinY(), within(PX));
              assertThat(num(l, "y2")).isCloseTo(area.getMaxY(), within(PX));
            });
  }

  @Test
  void axisLabelsAreDarkAndTickLabelsGrey() throws Exception {
    Chart c = draw(ReportModels.sensitivity());
    for (String label : List.of(SensitivityChart.DOMAIN_LABEL, SensitivityChart.RANGE_LABEL)) {
      assertThat(c.style(c.text(label)).get("fill")).isEqualTo(rgb(ChartStyle.INK));
    }
    for (String tick : List.of("railway transition time", "0.40")) {
      assertThat(c.style(c.text(tick)).get("fill")).isEqualTo(rgb(ChartStyle.MUTED));
      assertThat(c.style(c.text(tick)).get("font-size")).isEqualTo("12px");
    }
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

  private static boolean horizontal(Element line) {
    return Math.abs(num(line, "y1") - num(line, "y2")) < PX;
  }

  /** A linear value axis across a plot area's width. */
  private record Axis(Rectangle2D area, double lower, double upper) {
    double x(double v) {
      return area.getMinX() + (v - lower) / (upper - lower) * area.getWidth();
    }
  }

  /** The sensitivity chart's lookups: the shared ones, its bars and its value axis. */
  private static final class Chart extends ChartSvg {
    private static final Pattern TICK = Pattern.compile("-?\\d\\.\\d\\d");

    Chart(String svg) throws Exception {
      super(svg);
    }

    List<Element> rects(Color fill) {
      return SvgXml.elements(doc, "rect").stream()
          .filter(r -> rgb(fill).equals(style(r).get("fill")))
          .toList();
    }

    /** The data area: the clip of the bars. */
    Rectangle2D area() {
      return ownClip(rects(ChartStyle.BLUE).get(0));
    }

    boolean clippedTo(Element e, Rectangle2D area) {
      return e.hasAttribute("clip-path") && area.equals(ownClip(e));
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

    /** The value axis' tick labels, left to right. */
    List<String> valueTicks() {
      return textsLeftToRight(TICK);
    }
  }
}
