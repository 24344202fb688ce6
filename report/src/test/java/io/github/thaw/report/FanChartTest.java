package io.github.thaw.report;

import static io.github.thaw.report.ChartSvg.num;
import static io.github.thaw.report.ChartSvg.points;
import static io.github.thaw.report.ChartSvg.rgb;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.thaw.model.ProcessModel;
import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The forecast fan read back from its SVG: the band, the median and the completion curves are
 * checked point by point against the data, in the coordinates of the panel each is drawn in.
 */
class FanChartTest {
  private static final ProcessModel MODEL = ReportModels.model();
  private static final double PX = 0.05;

  /** The sample fan spans 275 days, padded by 275 / 50 = 5 days at each end. */
  private static final LocalDate FROM = LocalDate.of(2025, 3, 26);

  private static final LocalDate TO = LocalDate.of(2026, 1, 5);

  @Test
  void theBandRunsAlongP10AndBackAlongP90() throws Exception {
    FanChartData fan = ReportModels.fan();
    Chart c = draw(fan);
    Element band = c.path(ChartStyle.BLUE_BAND);
    Panel top = new Panel(c.clip(band), 0, 100);
    List<Point2D> outline = points(band.getAttribute("d"));
    int n = fan.dates().size();
    assertThat(outline).hasSize(2 * n);
    for (int i = 0; i < n; i++) {
      double x = top.x(fan.dates().get(i));
      assertPoint(outline.get(i), x, top.y(fan.p10()[i]), "P10 at " + i);
      assertPoint(outline.get(2 * n - 1 - i), x, top.y(fan.p90()[i]), "P90 at " + i);
    }
    assertThat(ChartSvg.opacity(c.style(band)))
        .as("the band lets the grid show through")
        .isLessThan(1);
  }

  @Test
  void theMedianIsABoldBlueLineThroughP50() throws Exception {
    FanChartData fan = ReportModels.fan();
    Chart c = draw(fan);
    Element median = c.strokedPath(ChartStyle.BLUE);
    Panel top = new Panel(c.clip(median), 0, 100);
    List<Point2D> line = points(median.getAttribute("d"));
    assertThat(line).hasSize(fan.dates().size());
    for (int i = 0; i < line.size(); i++) {
      assertPoint(line.get(i), top.x(fan.dates().get(i)), top.y(fan.p50()[i]), "P50 at " + i);
    }
    assertThat(ChartSvg.width(c.style(median)))
        .as("the median is bolder than the completion curves")
        .isGreaterThan(ChartSvg.width(c.style(c.lines((Color) ChartStyle.series(1)).get(0))));
    assertThat(c.clip(median)).isEqualTo(c.clip(c.path(ChartStyle.BLUE_BAND)));
  }

  @Test
  void eachCompletionCurveJoinsItsProbabilitiesInPercentOnTheLowerPanel() throws Exception {
    FanChartData fan = ReportModels.fan();
    Chart c = draw(fan);
    int k = 0;
    for (double[] p : fan.completionCurves().values()) {
      Color colour = (Color) ChartStyle.series(k + 1);
      List<Element> segments = c.lines(colour);
      assertThat(segments).as("curve %s", k).hasSize(p.length - 1);
      Panel bottom = new Panel(c.clip(segments.get(0)), 0, 100);
      for (int i = 0; i + 1 < p.length; i++) {
        Element s = segments.get(i);
        assertPoint(
            new Point2D.Double(num(s, "x1"), num(s, "y1")),
            bottom.x(fan.dates().get(i)),
            bottom.y(100 * p[i]),
            "curve " + k + " from " + i);
        assertPoint(
            new Point2D.Double(num(s, "x2"), num(s, "y2")),
            bottom.x(fan.dates().get(i + 1)),
            bottom.y(100 * p[i + 1]),
            "curve " + k + " to " + (i + 1));
      }
      k++;
    }
    // The first curve is solid, the second dashed, so they differ in greyscale too.
    assertThat(ChartSvg.dashed(c.style(c.lines((Color) ChartStyle.series(1)).get(0)))).isFalse();
    assertThat(ChartSvg.dashed(c.style(c.lines((Color) ChartStyle.series(2)).get(0)))).isTrue();
  }

  @Test
  void thePanelsShareTheDateAxisThreeToTwoWithAGapBetween() throws Exception {
    Chart c = draw(ReportModels.fan());
    Rectangle2D top = c.clip(c.path(ChartStyle.BLUE_BAND));
    Rectangle2D bottom = c.clip(c.lines((Color) ChartStyle.series(1)).get(0));
    assertThat(bottom.getMinX()).isEqualTo(top.getMinX());
    assertThat(bottom.getWidth()).isEqualTo(top.getWidth());
    assertThat(bottom.getMinY() - top.getMaxY()).as("gap").isCloseTo(18, within(2.0));
    assertThat(top.getHeight() / bottom.getHeight()).isCloseTo(1.5, within(0.02));
    assertThat(c.height()).isEqualTo(640);
    assertThat(c.ticksIn(top))
        .containsExactly("0", "10", "20", "30", "40", "50", "60", "70", "80", "90", "100");
    assertThat(c.ticksIn(bottom)).containsExactly("0", "25", "50", "75", "100");
  }

  @Test
  void withoutCurvesOnlyTheIndexPanelIsDrawnOnAShorterChart() throws Exception {
    FanChartData fan = ReportModels.fan();
    FanChartData bare =
        new FanChartData(fan.dates(), fan.p10(), fan.p50(), fan.p90(), new LinkedHashMap<>());
    Chart c = draw(bare);
    assertThat(c.height()).isEqualTo(460);
    assertThat(c.texts()).doesNotContain(FanChart.CHANCE_LABEL);
    assertThat(c.texts()).noneSatisfy(t -> assertThat(t).startsWith("P(COMPLETED)"));
    // Only one data area: everything in the plot is clipped to the band's.
    Rectangle2D top = c.clip(c.path(ChartStyle.BLUE_BAND));
    assertThat(c.lines(ChartStyle.GRID)).allSatisfy(l -> assertThat(c.clip(l)).isEqualTo(top));
    assertThat(c.description())
        .isEqualTo("Forecast of the index to 2025-12-31: median 44.0, P10–P90 33.0–58.0.");
  }

  @Test
  void theDescriptionGivesTheFinalMedianRangeAndChances() throws Exception {
    assertThat(draw(ReportModels.fan()).description())
        .isEqualTo(
            "Forecast of the index to 2025-12-31: median 44.0, P10–P90 33.0–58.0;"
                + " P(border-opening completed) 50.0%; P(not-a-milestone completed) 20.0%.");
  }

  @Test
  void theLegendNamesTheMedianTheBandAndEachCurveInItsColour() throws Exception {
    Chart c = draw(ReportModels.fan());
    Map<String, String> median = c.legendSwatch("Index, median (P50)");
    assertThat(median.get("stroke")).isEqualTo(rgb(ChartStyle.BLUE));

    Map<String, String> band = c.legendSwatch("Index, 10th to 90th percentile");
    assertThat(band.get("fill")).isEqualTo(rgb(ChartStyle.BLUE_BAND));
    assertThat(ChartSvg.opacity(band)).isLessThan(1);
    Map<String, String> first =
        c.legendSwatch("P(COMPLETED): Land border opens for all travellers (border-opening)");
    assertThat(first.get("stroke")).isEqualTo(rgb((Color) ChartStyle.series(1)));
    assertThat(ChartSvg.dashed(first)).as("solid").isFalse();
    Map<String, String> second = c.legendSwatch("P(COMPLETED): not-a-milestone");
    assertThat(second.get("stroke")).isEqualTo(rgb((Color) ChartStyle.series(2)));
    assertThat(ChartSvg.dashed(second)).as("dashed").isTrue();
  }

  @Test
  void aCurveLabelThatIsNoMilestoneIdIsShownAsGiven() throws Exception {
    FanChartData fan = ReportModels.fan();
    Map<String, double[]> curves = new LinkedHashMap<>();
    curves.put("Border open (any form)", new double[] {0.1, 0.2, 0.3, 0.4});
    Chart c = draw(new FanChartData(fan.dates(), fan.p10(), fan.p50(), fan.p90(), curves));
    assertThat(c.texts()).contains("P(COMPLETED): Border open (any form)");
  }

  @Test
  void bothPanelsAreWhiteWithLightGridLinesAndStyledAxes() throws Exception {
    Chart c = draw(ReportModels.fan());
    Rectangle2D top = c.clip(c.path(ChartStyle.BLUE_BAND));
    Rectangle2D bottom = c.clip(c.lines((Color) ChartStyle.series(1)).get(0));
    List<Element> grid = c.lines(ChartStyle.GRID);
    assertThat(grid.stream().filter(l -> top.equals(c.clip(l)) && horizontal(l))).hasSize(11);
    assertThat(grid.stream().filter(l -> bottom.equals(c.clip(l)) && horizontal(l))).hasSize(5);
    for (Rectangle2D area : List.of(top, bottom)) {
      assertThat(c.rectAt(area).map(r -> c.style(r).get("fill"))).hasValue(rgb(Color.WHITE));
    }
    assertThat(c.style(c.text(FanChart.CHANCE_LABEL)).get("fill")).isEqualTo(rgb(ChartStyle.INK));
    assertThat(c.style(c.text("25")).get("fill")).isEqualTo(rgb(ChartStyle.MUTED));
    assertThat(c.style(c.text("25")).get("font-size")).isEqualTo("12px");
  }

  private static void assertPoint(Point2D p, double x, double y, String what) {
    assertThat(p.getX()).as("%s x", what).isCloseTo(x, within(PX));
    assertThat(p.getY()).as("%s y", what).isCloseTo(y, within(PX));
  }

  private static Chart draw(FanChartData fan) throws Exception {
    return new Chart(Charts.forecast(MODEL, ReportModels.AS_OF, fan).svg());
  }

  private static boolean horizontal(Element line) {
    return num(line, "y1") == num(line, "y2");
  }

  /** A panel's data area, with the sample's date axis across and a value axis up. */
  private record Panel(Rectangle2D area, double lower, double upper) {
    double x(LocalDate d) {
      double span = TO.toEpochDay() - FROM.toEpochDay();
      return area.getMinX() + (d.toEpochDay() - FROM.toEpochDay()) / span * area.getWidth();
    }

    double y(double v) {
      return area.getMaxY() - (v - lower) / (upper - lower) * area.getHeight();
    }
  }

  /** The fan chart's lookups: the shared ones and its panels' value ticks. */
  private static final class Chart extends ChartSvg {
    private static final Pattern TICK = Pattern.compile("\\d+");

    Chart(String svg) throws Exception {
      super(svg);
    }

    /**
     * A panel's value tick labels, bottom to top: for each tick mark on its left edge, the number
     * written nearest to it.
     */
    List<String> ticksIn(Rectangle2D area) {
      List<Element> numbers =
          SvgXml.elements(doc, "text").stream()
              .filter(t -> TICK.matcher(t.getTextContent()).matches())
              .toList();
      return lines(ChartStyle.GREY).stream()
          .filter(
              l -> horizontal(l) && num(l, "x2") == area.getMinX() && num(l, "x1") < num(l, "x2"))
          .filter(l -> num(l, "y1") >= area.getMinY() && num(l, "y1") <= area.getMaxY())
          .sorted(Comparator.comparingDouble((Element l) -> num(l, "y1")).reversed())
          .map(
              l ->
                  numbers.stream()
                      .min(Comparator.comparingDouble(t -> Math.abs(num(t, "y") - num(l, "y1"))))
                      .orElseThrow()
                      .getTextContent())
          .toList();
    }
  }
}
