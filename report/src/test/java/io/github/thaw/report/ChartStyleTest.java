package io.github.thaw.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The house style as it shows in a drawn chart: the title block, legend, plot, axes and the tick
 * formats. Each test draws a small chart styled the way Thaw's charts are and reads the SVG back.
 */
class ChartStyleTest {
  private static final int WIDTH = 640;
  private static final int HEIGHT = 400;
  private static final LocalDate FROM = LocalDate.of(2020, 1, 1);
  private static final LocalDate TO = LocalDate.of(2024, 6, 30);
  private static final String INK = GraphSvg.rgb(ChartStyle.INK);
  private static final String MUTED = GraphSvg.rgb(ChartStyle.MUTED);
  private static final String GREY = GraphSvg.rgb(ChartStyle.GREY);
  private static final String GRID = GraphSvg.rgb(ChartStyle.GRID);

  /**
   * Two series over four and a half years on a date axis and an index axis. The title is built in a
   * font other than the house one, to show that decorating sets it.
   */
  private static JFreeChart lineChart() {
    XYSeries first = new XYSeries("First series");
    first.add(ChartStyle.millis(FROM), 10);
    first.add(ChartStyle.millis(TO), 60);
    XYSeries second = new XYSeries("Second series");
    second.add(ChartStyle.millis(FROM), 30);
    second.add(ChartStyle.millis(TO), 40);
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(first);
    data.addSeries(second);
    XYPlot plot =
        new XYPlot(
            data,
            ChartStyle.dateAxis("Date axis", FROM, TO),
            ChartStyle.indexAxis("Index axis", 100),
            new XYLineAndShapeRenderer(true, false));
    ChartStyle.plot(plot);
    JFreeChart chart =
        new JFreeChart("Chart title", new Font(Font.SERIF, Font.ITALIC, 30), plot, true);
    ChartStyle.decorate(chart, "The subtitle", "Source: the footnote");
    return chart;
  }

  /** Horizontal bars without a legend. */
  private static JFreeChart barChart() {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    data.addValue(30, "value", "alpha");
    data.addValue(70, "value", "beta");
    CategoryAxis categories = new CategoryAxis("Category axis");
    ChartStyle.axis(categories);
    CategoryPlot plot =
        new CategoryPlot(
            data, categories, ChartStyle.indexAxis("Index axis", 100), new BarRenderer());
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    ChartStyle.plot(plot);
    JFreeChart chart = new JFreeChart("Bars", ChartStyle.TITLE, plot, false);
    ChartStyle.decorate(chart, "Bar subtitle", "Bar source");
    return chart;
  }

  private record Text(String text, double x, double y, Map<String, String> style) {
    double size() {
      return Double.parseDouble(style.get("font-size").replace("px", ""));
    }

    String fill() {
      return style.get("fill");
    }
  }

  private record Line(double x1, double y1, double x2, double y2, Map<String, String> style) {
    String stroke() {
      return style.get("stroke");
    }
  }

  /** A chart drawn as SVG, with the plot's data area as the layout pass reports it. */
  private record Drawn(Document doc, List<Text> texts, List<Line> lines, Rectangle2D area) {
    Text text(String content) {
      return texts.stream()
          .filter(t -> t.text().equals(content))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no text '" + content + "' in " + texts));
    }

    /** Lines strictly inside the data area from one side to the other: the grid lines. */
    List<Line> gridLines() {
      double e = 0.01;
      return lines.stream()
          .filter(
              l ->
                  (l.x1() == l.x2()
                          && l.x1() > area.getMinX() + e
                          && l.x1() < area.getMaxX() - e
                          && Math.abs(l.y1() - area.getMinY()) < e
                          && Math.abs(l.y2() - area.getMaxY()) < e)
                      || (l.y1() == l.y2()
                          && l.y1() > area.getMinY() + e
                          && l.y1() < area.getMaxY() - e
                          && Math.abs(l.x1() - area.getMinX()) < e
                          && Math.abs(l.x2() - area.getMaxX()) < e))
          .toList();
    }
  }

  private static Drawn draw(JFreeChart chart) throws Exception {
    Rectangle2D area = SvgCanvas.layout(chart, WIDTH, HEIGHT).getPlotInfo().getDataArea();
    Document doc =
        SvgXml.parse(SvgCanvas.render(chart, "style-test", WIDTH, HEIGHT, "t", "d").svg());
    List<Text> texts = new ArrayList<>();
    for (Element t : SvgXml.elements(doc, "text")) {
      texts.add(
          new Text(
              t.getTextContent(),
              Double.parseDouble(t.getAttribute("x")),
              Double.parseDouble(t.getAttribute("y")),
              ChartSvg.effectiveStyle(t)));
    }
    List<Line> lines = new ArrayList<>();
    for (Element l : SvgXml.elements(doc, "line")) {
      lines.add(
          new Line(
              Double.parseDouble(l.getAttribute("x1")),
              Double.parseDouble(l.getAttribute("y1")),
              Double.parseDouble(l.getAttribute("x2")),
              Double.parseDouble(l.getAttribute("y2")),
              ChartSvg.effectiveStyle(l)));
    }
    return new Drawn(doc, texts, lines, area);
  }

  // ---- title block and legend ---------------------------------------------------------------

  @Test
  void titleSubtitleAndSourceLineShareOneLeftEdgeAboveAndBelowThePlot() throws Exception {
    Drawn d = draw(lineChart());
    Text title = d.text("Chart title");
    Text subtitle = d.text("The subtitle");
    Text source = d.text("Source: the footnote");
    assertThat(title.size()).isEqualTo(18);
    assertThat(title.style()).containsEntry("font-weight", "bold");
    assertThat(title.style()).doesNotContainKey("font-style");
    assertThat(title.fill()).isEqualTo(INK);
    assertThat(subtitle.size()).isEqualTo(13);
    assertThat(subtitle.fill()).isEqualTo(MUTED);
    assertThat(source.size()).isEqualTo(11);
    assertThat(source.fill()).isEqualTo(MUTED);

    assertThat(subtitle.x()).as("subtitle flush with the title").isEqualTo(title.x());
    assertThat(source.x()).as("source line flush with the title").isEqualTo(title.x());
    assertThat(title.x()).as("left-aligned, clear of the edge").isBetween(8.0, 24.0);

    assertThat(title.y()).isLessThan(subtitle.y());
    assertThat(subtitle.y()).isLessThan(d.area().getMinY());
    assertThat(source.y()).isGreaterThan(d.area().getMaxY());
    assertThat(d.texts())
        .as("the source line is the lowest text")
        .allSatisfy(t -> assertThat(t.y()).isLessThanOrEqualTo(source.y()));
    assertThat(source.y()).isLessThan(HEIGHT);

    Element background = SvgXml.elements(d.doc(), "rect").get(0);
    assertThat(background.getAttribute("width")).isEqualTo(Integer.toString(WIDTH));
    assertThat(ChartSvg.effectiveStyle(background)).containsEntry("fill", "rgb(255,255,255)");
  }

  @Test
  void theLegendSitsLeftBetweenThePlotAndTheSourceLineInSmallText() throws Exception {
    Drawn d = draw(lineChart());
    Text first = d.text("First series");
    Text second = d.text("Second series");
    assertThat(first.size()).isEqualTo(11);
    assertThat(second.size()).isEqualTo(11);
    assertThat(first.x()).as("left-aligned, not centred").isLessThan(WIDTH / 4.0);
    assertThat(second.x()).isGreaterThan(first.x());
    assertThat(first.y())
        .isGreaterThan(d.text("Date axis").y())
        .isLessThan(d.text("Source: the footnote").y());
  }

  @Test
  void aMultiLineFootnoteKeepsEveryLineOnTheLeftEdge() throws Exception {
    JFreeChart chart = lineChart();
    chart.addSubtitle(ChartStyle.footnote("Short\nA much longer second line of the key"));
    Drawn d = draw(chart);
    assertThat(d.text("Short").x()).isEqualTo(d.text("A much longer second line of the key").x());
    assertThat(d.text("Short").fill()).isEqualTo(MUTED);
  }

  @Test
  void aChartWithoutALegendIsDecoratedToo() throws Exception {
    Drawn d = draw(barChart());
    assertThat(d.text("Bars").x()).isEqualTo(d.text("Bar source").x());
    assertThat(d.text("Bar subtitle").fill()).isEqualTo(MUTED);
  }

  // ---- plot and axes ------------------------------------------------------------------------

  @Test
  void linePlotsHaveNoOutlineAndThinSolidLightGridLinesBothWays() throws Exception {
    assertPlotStyle(draw(lineChart()), true);
  }

  @Test
  void barPlotsHaveNoOutlineAndThinSolidLightValueGridLines() throws Exception {
    assertPlotStyle(draw(barChart()), false);
  }

  private static void assertPlotStyle(Drawn d, boolean bothWays) {
    List<Line> grid = d.gridLines();
    assertThat(grid.stream().filter(l -> l.x1() == l.x2()).count())
        .as("vertical grid lines")
        .isGreaterThanOrEqualTo(3);
    if (bothWays) {
      assertThat(grid.stream().filter(l -> l.y1() == l.y2()).count())
          .as("horizontal grid lines")
          .isGreaterThanOrEqualTo(3);
    }
    assertThat(grid)
        .allSatisfy(l -> assertThat(l.stroke()).isEqualTo(GRID))
        .allSatisfy(
            l ->
                assertThat(Double.parseDouble(l.style().getOrDefault("stroke-width", "1")))
                    .as("thin")
                    .isLessThanOrEqualTo(1.0))
        .allSatisfy(
            l -> assertThat(l.style().getOrDefault("stroke-dasharray", "none")).isEqualTo("none"));
    assertThat(SvgXml.elements(d.doc(), "rect"))
        .as("no outline around the plot")
        .allSatisfy(r -> assertThat(ChartSvg.effectiveStyle(r).get("stroke")).isEqualTo("none"));
  }

  @Test
  void axesHaveInkLabelsMutedTickLabelsAndGreyLinesAndTicks() throws Exception {
    for (Drawn d : List.of(draw(lineChart()), draw(barChart()))) {
      for (String label : List.of("Index axis", axisTitle(d))) {
        Text t = d.text(label);
        assertThat(t.size()).as(label).isEqualTo(13);
        assertThat(t.fill()).as(label).isEqualTo(INK);
      }
      Text tick = d.text("100");
      assertThat(tick.size()).isEqualTo(12);
      assertThat(tick.fill()).isEqualTo(MUTED);
      // Tick marks are the short lines; axis lines run along the data area's edges.
      List<Line> ticks =
          d.lines().stream().filter(l -> Math.hypot(l.x2() - l.x1(), l.y2() - l.y1()) < 5).toList();
      assertThat(ticks).hasSizeGreaterThan(5);
      assertThat(ticks).allSatisfy(l -> assertThat(l.stroke()).isEqualTo(GREY));
      Rectangle2D area = d.area();
      // Horizontal bars put the value axis on top; lines put the date axis at the bottom.
      assertThat(d.lines())
          .as("a grey axis line along a horizontal edge and one along the left")
          .anySatisfy(
              l ->
                  assertThat(
                          along(l, area.getMinX(), area.getMaxY(), area.getMaxX(), area.getMaxY())
                              || along(
                                  l,
                                  area.getMinX(),
                                  area.getMinY(),
                                  area.getMaxX(),
                                  area.getMinY()))
                      .isTrue())
          .anySatisfy(
              l ->
                  assertThat(
                          along(l, area.getMinX(), area.getMinY(), area.getMinX(), area.getMaxY()))
                      .isTrue());
      assertThat(d.lines())
          .as("nothing left in the library's default grey")
          .noneSatisfy(l -> assertThat(l.stroke()).isEqualTo("rgb(128,128,128)"));
    }
  }

  /** Whether a line is a grey one between the two points. */
  private static boolean along(Line l, double x1, double y1, double x2, double y2) {
    double e = 0.01;
    return GREY.equals(l.stroke())
        && Math.abs(l.x1() - x1) < e
        && Math.abs(l.y1() - y1) < e
        && Math.abs(l.x2() - x2) < e
        && Math.abs(l.y2() - y2) < e;
  }

  private static String axisTitle(Drawn d) {
    return d.texts().stream().anyMatch(t -> t.text().equals("Date axis"))
        ? "Date axis"
        : "Category axis";
  }

  @Test
  void theIndexAxisRunsFromZeroToItsUpperBoundInWholeNumbers() throws Exception {
    NumberAxis axis = ChartStyle.indexAxis("Index", 100);
    assertThat(axis.getLowerBound()).isZero();
    assertThat(axis.getUpperBound()).isEqualTo(100);
    assertThat(ChartStyle.indexAxis("Index", 60).getUpperBound()).isEqualTo(60);
    List<String> ticks =
        draw(lineChart()).texts().stream()
            .map(Text::text)
            .filter(t -> t.matches("-?[0-9.]+"))
            .toList();
    assertThat(ticks).contains("0", "50", "100").noneMatch(t -> t.contains("."));
  }

  // ---- date axis ----------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} days: every {2} {1}")
  @CsvSource({
    "1096, YEAR, 1, 2021",
    "1095, MONTH, 6, 2021-03",
    "731, MONTH, 6, 2021-03",
    "730, MONTH, 3, 2021-03",
    "371, MONTH, 3, 2021-03",
    "370, MONTH, 1, 2021-03",
    "63, MONTH, 1, 2021-03",
    "62, DAY, 7, 2021-03-15",
    "22, DAY, 7, 2021-03-15",
    "21, DAY, 1, 2021-03-15",
    "0, DAY, 1, 2021-03-15"
  })
  void dateTicksAreYearsMonthsOrDaysByTheSpanOfTheAxis(
      int days, String type, int every, String label) {
    LocalDate from = LocalDate.of(2021, 1, 1);
    DateTickUnit unit = ChartStyle.dateAxis("Date", from, from.plusDays(days)).getTickUnit();
    assertThat(unit.getUnitType())
        .isEqualTo(
            Map.of(
                    "YEAR", DateTickUnitType.YEAR,
                    "MONTH", DateTickUnitType.MONTH,
                    "DAY", DateTickUnitType.DAY)
                .get(type));
    assertThat(unit.getMultiple()).isEqualTo(every);
    assertThat(unit.dateToString(date(LocalDate.of(2021, 3, 15)))).isEqualTo(label);
  }

  @Test
  void aLongSpanIsLabelledByYearInTheDrawnChart() throws Exception {
    assertThat(draw(lineChart()).texts().stream().map(Text::text))
        .contains("2020", "2021", "2022", "2023", "2024")
        .noneMatch(t -> t.matches("\\d{4}-\\d{2}.*|.*[A-Za-z]{3}-\\d{4}"));
  }

  @Test
  void theDateAxisSpansTheDatesWithAMarginOfAboutTwoPercent() {
    DateAxis axis = ChartStyle.dateAxis("Date", FROM, TO);
    double span = ChartStyle.millis(TO) - ChartStyle.millis(FROM);
    double before = ChartStyle.millis(FROM) - axis.getMinimumDate().getTime();
    double after = axis.getMaximumDate().getTime() - ChartStyle.millis(TO);
    assertThat(before / span).isBetween(0.015, 0.025);
    assertThat(after).isEqualTo(before);

    DateAxis week = ChartStyle.dateAxis("Date", FROM, FROM.plusDays(7));
    assertThat(week.getMinimumDate()).as("at least a day").isEqualTo(date(FROM.minusDays(1)));
    assertThat(week.getMaximumDate()).isEqualTo(date(FROM.plusDays(8)));
  }

  @Test
  void dateTicksAreUtcDatesWhateverTheDefaultTimeZone() {
    TimeZone saved = TimeZone.getDefault();
    try {
      // Ten hours behind UTC: midnight UTC on New Year's Day is still the old year there.
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Honolulu"));
      Date newYear = date(LocalDate.of(2024, 1, 1));
      assertThat(ChartStyle.dateAxis("Date", FROM, TO).getTickUnit().dateToString(newYear))
          .isEqualTo("2024");
      assertThat(
              ChartStyle.dateAxis("Date", FROM, FROM.plusDays(100))
                  .getTickUnit()
                  .dateToString(newYear))
          .isEqualTo("2024-01");
    } finally {
      TimeZone.setDefault(saved);
    }
  }

  private static Date date(LocalDate d) {
    return new Date(ChartStyle.millis(d));
  }

  // ---- strokes and numbers ------------------------------------------------------------------

  @Test
  void theFirstSeriesIsSolidAndLaterOnesDashedInARepeatingCycle() {
    BasicStroke first = (BasicStroke) ChartStyle.line(2f, 0);
    assertThat(first.getDashArray()).isNull();
    assertThat(first.getLineWidth()).isEqualTo(2f);
    for (int series = 1; series < 4; series++) {
      BasicStroke s = (BasicStroke) ChartStyle.line(2f, series);
      assertThat(s.getDashArray()).as("series %d", series).isNotNull();
      assertThat(s.getLineWidth()).isEqualTo(2f);
    }
    assertThat(((BasicStroke) ChartStyle.line(2f, 4)).getDashArray()).isNull();
    assertThat(((BasicStroke) ChartStyle.line(1f, 5)).getDashArray())
        .isEqualTo(((BasicStroke) ChartStyle.line(1f, 1)).getDashArray());
  }

  @Test
  void tickNumbersNeverReadMinusZeroAndKeepTheirValue() {
    assertThat(ChartStyle.decimals("0.00").format(-1e-12)).isEqualTo("0.00");
    assertThat(ChartStyle.decimals("0.00").format(0.25)).isEqualTo("0.25");
    assertThat(ChartStyle.decimals("0.0").format(-2.5)).isEqualTo("-2.5");
    assertThat(ChartStyle.integers().format(7.0)).isEqualTo("7");
    assertThat(ChartStyle.oneDecimal(3.14159)).isEqualTo("3.1");
    assertThat(ChartStyle.signed(-0.01)).isEqualTo("+0.0");
    assertThat(ChartStyle.signed(2.26)).isEqualTo("+2.3");
  }
}
