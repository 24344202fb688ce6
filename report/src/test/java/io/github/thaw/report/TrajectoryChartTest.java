package io.github.thaw.report;

import static io.github.thaw.report.ChartSvg.num;
import static io.github.thaw.report.ChartSvg.points;
import static io.github.thaw.report.ChartSvg.rgb;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.thaw.index.IndexMethod;
import io.github.thaw.index.TrajectoryPoint;
import io.github.thaw.model.Dimension;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The index trajectory read back from its SVG: the step line, the band and the event markers are
 * checked against the trajectory's points in plot-area coordinates.
 */
class TrajectoryChartTest {
  private static final double PX = 0.05;

  @Test
  void theLineStepsToEachPointsValueOnItsDate() throws Exception {
    Drawn d = drawSample();
    Element line = d.chart.strokedPath(ChartStyle.BLUE);
    List<Point2D> corners = points(line.getAttribute("d"));
    assertAxisParallel(corners);
    List<TrajectoryPoint> points = d.points;
    for (int i = 0; i < points.size(); i++) {
      double x = d.x(points.get(i).date());
      assertThat(corners)
          .as("corner at point %s", i)
          .anySatisfy(near(x, d.y(points.get(i).value())));
      if (i > 0) {
        assertThat(corners)
            .as("the previous value holds until point %s", i)
            .anySatisfy(near(x, d.y(points.get(i - 1).value())));
      }
    }
    assertThat(corners.get(0).getX()).isCloseTo(d.x(points.get(0).date()), within(PX));
    assertThat(corners.get(corners.size() - 1).getX())
        .isCloseTo(d.x(ReportModels.AS_OF), within(PX));
    assertThat(ChartSvg.width(d.chart.style(line))).as("bold").isGreaterThan(2.0);
  }

  @Test
  void theBandRunsFromTheLowToTheHighReading() throws Exception {
    Drawn d = drawSample();
    Element band = d.chart.path(ChartStyle.BLUE_BAND);
    List<Point2D> outline = points(band.getAttribute("d"));
    assertAxisParallel(outline);
    for (TrajectoryPoint p : d.points) {
      double x = d.x(p.date());
      assertThat(outline).as("low on %s", p.date()).anySatisfy(near(x, d.y(p.low())));
      assertThat(outline).as("high on %s", p.date()).anySatisfy(near(x, d.y(p.high())));
    }
    // The sample's railway is disputed at the end: the band is open there.
    TrajectoryPoint last = d.points.get(d.points.size() - 1);
    assertThat(last.high()).isGreaterThan(last.low());
    assertThat(ChartSvg.opacity(d.chart.style(band))).as("see-through").isLessThan(1);
  }

  @Test
  void nothingButTheLineAndBandIsDrawnInBlueOnThePlot() throws Exception {
    Drawn d = drawSample();
    Rectangle2D area = d.area;
    List<Element> blue = new ArrayList<>();
    for (Element e : SvgXml.elements(d.chart.doc, "*")) {
      Map<String, String> style = d.chart.style(e);
      boolean shape = !e.getLocalName().equals("text") && !e.getLocalName().equals("g");
      boolean tinted =
          rgb(ChartStyle.BLUE).equals(style.get("fill"))
              || rgb(ChartStyle.BLUE).equals(style.get("stroke"))
              || rgb(ChartStyle.BLUE_BAND).equals(style.get("fill"));
      if (shape && tinted && area.equals(d.chart.clip(e))) {
        blue.add(e);
      }
    }
    assertThat(blue).as("no point markers").hasSize(2);
  }

  @Test
  void eachEventDateHasADashedNumberedMarkerInDateOrder() throws Exception {
    Drawn d = drawSample();
    List<TrajectoryPoint> moved = d.points.stream().filter(TrajectoryPoint::hasEvents).toList();
    List<Element> markers = d.chart.dashedLines(ChartStyle.GREY);
    assertThat(markers).hasSize(moved.size());
    for (int k = 0; k < moved.size(); k++) {
      Element m = markers.get(k);
      assertThat(num(m, "x1")).isCloseTo(d.x(moved.get(k).date()), within(PX));
      assertThat(num(m, "x2")).isEqualTo(num(m, "x1"));
      assertThat(num(m, "y1")).isEqualTo(d.area.getMinY());
      assertThat(num(m, "y2")).isEqualTo(d.area.getMaxY());
      Element number = d.chart.text(Integer.toString(k + 1), d.area);
      Element box = d.chart.shapeBefore(number);
      assertThat(num(box, "x") + num(box, "width") / 2)
          .as("number %s centred on its marker", k + 1)
          .isCloseTo(num(m, "x1"), within(PX));
      assertThat(num(box, "y"))
          .as("near the top")
          .isBetween(d.area.getMinY(), d.area.getMinY() + 8);
      assertThat(d.chart.style(box).get("fill")).isEqualTo(rgb(Color.WHITE));
      Map<String, String> style = d.chart.style(number);
      assertThat(style.get("fill")).isEqualTo(rgb(ChartStyle.INK));
      assertThat(style.get("font-weight")).isEqualTo("bold");
      assertThat(style.get("font-size")).isEqualTo("11px");
    }
  }

  @Test
  void theEndValueIsWrittenJustLeftOfAndAboveTheLastPoint() throws Exception {
    Drawn d = drawSample();
    TrajectoryPoint last = d.points.get(d.points.size() - 1);
    String text =
        String.format(
            java.util.Locale.ROOT,
            " %.1f (band %.1f–%.1f) ",
            last.value(),
            last.low(),
            last.high());
    Element label = d.chart.text(text, d.area);
    assertThat(d.chart.style(label).get("fill")).isEqualTo(rgb(ChartStyle.BLUE));
    assertThat(d.chart.style(label).get("font-weight")).isEqualTo("bold");
    Rectangle2D box = d.chart.labelBox(label);
    assertThat(box.getMaxX()).isCloseTo(d.x(last.date()), within(PX));
    assertThat(box.getMaxY()).as("above the line").isLessThan(d.y(last.value()) + 1);
  }

  @Test
  void anEndValueNearTheTopIsWrittenBelowTheLineUnlessItIsExactly85() throws Exception {
    for (int weight : new int[] {85, 86}) {
      ProcessModel model =
          new Models()
              .milestone("done", weight)
              .milestone("open", 100 - weight)
              .event("2024-03-01", "done", Status.COMPLETED)
              .build();
      Drawn d = new Drawn(model, LocalDate.of(2024, 12, 31));
      TrajectoryPoint last = d.points.get(d.points.size() - 1);
      assertThat(last.value()).isEqualTo(weight);
      Rectangle2D box = d.chart.labelBox(d.chart.text(" " + weight + ".0 ", d.area));
      if (weight == 85) {
        assertThat(box.getMaxY()).as("85: above the line").isLessThan(d.y(85) + 1);
      } else {
        assertThat(box.getMinY()).as("86: below the line").isGreaterThan(d.y(86) - 1);
      }
    }
  }

  @Test
  void moreThanTwelveEventDatesNumberTheTwelveLargestMovesInDateOrder() throws Exception {
    // Fifteen dates a month apart. The small moves (weights 1, 2, 3) come 2nd, 7th and 15th; the
    // large ones grow over time, so ranking by size alone would number them backwards.
    Models m = new Models();
    int[] small = {1, 6, 14};
    int large = 10;
    List<LocalDate> dates = new ArrayList<>();
    List<LocalDate> unnumbered = new ArrayList<>();
    for (int k = 0; k < 15; k++) {
      LocalDate date = LocalDate.of(2022, 1, 15).plusMonths(k);
      int s = java.util.Arrays.binarySearch(small, k);
      int weight = s >= 0 ? s + 1 : large++;
      m.milestone("m" + k, weight).event(date.toString(), "m" + k, Status.COMPLETED);
      (s >= 0 ? unnumbered : dates).add(date);
    }
    Drawn d = new Drawn(m.build(), LocalDate.of(2023, 6, 30));
    List<Element> markers = d.chart.dashedLines(ChartStyle.GREY);
    assertThat(markers).hasSize(12);
    for (int k = 0; k < 12; k++) {
      double x = d.x(dates.get(k));
      assertThat(num(markers.get(k), "x1")).isCloseTo(x, within(PX));
      Element number = d.chart.text(Integer.toString(k + 1), d.area);
      assertThat(num(number, "x")).as("number %s left of the next", k + 1).isLessThan(x);
      assertThat(d.chart.labelBox(number).getCenterX()).isCloseTo(x, within(PX));
    }
    List<Element> light = d.chart.lines(ChartStyle.GRID);
    for (LocalDate date : unnumbered) {
      assertThat(light)
          .as("light line on %s", date)
          .anySatisfy(
              l -> {
                assertThat(num(l, "x1")).isCloseTo(d.x(date), within(PX));
                assertThat(ChartSvg.width(d.chart.style(l))).as("thin").isLessThanOrEqualTo(1.0);
                assertThat(ChartSvg.dashed(d.chart.style(l))).as("solid").isFalse();
              });
    }
    List<String> key = d.chart.keyLines();
    assertThat(key.get(0))
        .isEqualTo(
            "Numbered: the 12 largest of 15 moves (other event dates are light lines), change in"
                + " points, and the events");
    assertThat(key).hasSize(13);
    assertThat(key.get(1)).startsWith("1 — 2022-01-15 (+5.2): m0 → COMPLETED");
    assertThat(d.chart.height()).isEqualTo(520 + 15 * 13);
  }

  @Test
  void keyLinesListTheEventsOfADateUntilTheLineIsFull() throws Exception {
    // Everything completes on one date, a move of +100.0: the line opens with the 25 characters
    // "1 — 2024-01-01 (+100.0): ", and each event adds its id and " → COMPLETED".
    String a = "a".repeat(20);
    String b = "b".repeat(37); // ends the line exactly at the 118-character limit
    String c = "c".repeat(5);
    List<String> line = keyOf(a, b, c, "d", "e");
    assertThat(line.get(1))
        .isEqualTo(
            "1 — 2024-01-01 (+100.0): " + a + " → COMPLETED, " + b + " → COMPLETED, and 3 more");
    // The line before b, b's entry and room for ", and N more" come to exactly the limit.
    String before = "1 — 2024-01-01 (+100.0): " + a + " → COMPLETED";
    assertThat(before.length() + (b + " → COMPLETED").length() + 12).isEqualTo(118);
  }

  @Test
  void theLastEventIsListedRatherThanCountedAsOneMore() throws Exception {
    String a = "a".repeat(20);
    String b = "b".repeat(60);
    assertThat(keyOf(a, b).get(1))
        .isEqualTo("1 — 2024-01-01 (+100.0): " + a + " → COMPLETED, " + b + " → COMPLETED");
  }

  @Test
  void theFirstEventIsListedHoweverLong() throws Exception {
    String a = "a".repeat(80);
    assertThat(keyOf(a, "bb").get(1))
        .isEqualTo("1 — 2024-01-01 (+100.0): " + a + " → COMPLETED, bb → COMPLETED");
  }

  @Test
  void numbersOfNearbyDatesDropARowAndFreeRowsAreReused() throws Exception {
    Models m = new Models();
    String[] dates = {"2021-06-01", "2021-06-04", "2023-01-01", "2023-01-04"};
    for (int k = 0; k < dates.length; k++) {
      m.milestone("m" + k, 1).event(dates[k], "m" + k, Status.COMPLETED);
    }
    Drawn d = new Drawn(m.build(), LocalDate.of(2024, 12, 31));
    double[] y = new double[dates.length];
    for (int k = 0; k < dates.length; k++) {
      y[k] = num(d.chart.text(Integer.toString(k + 1), d.area), "y");
    }
    assertThat(y[1] - y[0]).as("2 under 1").isCloseTo(15, within(PX));
    assertThat(y[2]).as("3 back on the first row").isCloseTo(y[0], within(PX));
    assertThat(y[3] - y[2]).as("4 under 3").isCloseTo(15, within(PX));
  }

  @Test
  void theDescriptionSaysWhereTheIndexStartedAndEnded() throws Exception {
    Drawn d = drawSample();
    assertThat(d.chart.description())
        .isEqualTo(
            "Index 33.3 (band 33.3–38.9) out of 100 on 2025-01-01, from 0.0 on 2021-01-01;"
                + " 5 dates with status events; as known on 2025-01-01, from the sources published"
                + " by then, 33.3.");
    ProcessModel one =
        new Models()
            .milestone("only", 1)
            .milestone("other", 1)
            .event("2024-03-01", "only", Status.COMPLETED)
            .build();
    assertThat(new Drawn(one, LocalDate.of(2024, 12, 31)).chart.description())
        .isEqualTo(
            "Index 50.0 out of 100 on 2024-12-31, from 0.0 on 2024-01-01; 1 date with status"
                + " events; as known on 2024-12-31, from the sources published by then, 50.0.");
  }

  @Test
  void theKeyIsInInkAndGrowsTheChartByALinePerDate() throws Exception {
    Drawn d = drawSample();
    List<String> key = d.chart.keyLines();
    assertThat(key).hasSize(6);
    assertThat(key.get(0))
        .isEqualTo(
            "Numbered: dates when status events took effect, change in points, and the events");
    assertThat(key.get(2)).isEqualTo("2 — 2022-07-01 (+5.6): crossing → AGREED");
    assertThat(d.chart.style(d.chart.text(key.get(0), null)).get("fill"))
        .isEqualTo(rgb(ChartStyle.INK));
    assertThat(d.chart.height()).isEqualTo(520 + 15 * 6);
  }

  @Test
  void theLegendShowsTheLineTheBandAndTheMarkers() throws Exception {
    Drawn d = drawSample();
    Map<String, String> line = d.chart.legendSwatch("Index, revised with every source known today");
    assertThat(line.get("stroke")).isEqualTo(rgb(ChartStyle.BLUE));
    assertThat(ChartSvg.width(line)).as("bold").isGreaterThan(2.0);
    Map<String, String> band =
        d.chart.legendSwatch(
            "Band where sources disagree (most conservative to most optimistic reading)");
    assertThat(band.get("fill")).isEqualTo(rgb(ChartStyle.BLUE_BAND));
    Map<String, String> marker =
        d.chart.legendSwatch("Date with status events (numbered, see key)");
    assertThat(marker.get("stroke")).isEqualTo(rgb(ChartStyle.GREY));
    assertThat(ChartSvg.dashed(marker)).as("dashed").isTrue();
    Map<String, String> known =
        d.chart.legendSwatch("As known on each date (sources published by then)");
    assertThat(known.get("stroke")).isEqualTo(rgb(ChartStyle.ORANGE));
    assertThat(ChartSvg.dashed(known)).as("dashed").isTrue();
  }

  @Test
  void aLateReportIsDrawnOnTheRealTimeLineWhenItWasPublished() throws Exception {
    ProcessModel late =
        ProcessModel.builder("Late")
            .dimension(io.github.thaw.model.Dimension.of("d", "D"))
            .milestone(io.github.thaw.model.Milestone.builder("a", "A", "d").build())
            .milestone(io.github.thaw.model.Milestone.builder("b", "B", "d").build())
            .source(
                new io.github.thaw.model.Source(
                    "s", "", "", io.github.thaw.model.PartialDate.parse("2024-06-30"), ""))
            .event(
                io.github.thaw.model.Event.status(
                    io.github.thaw.model.PartialDate.parse("2024-01-02"),
                    "a",
                    Status.COMPLETED,
                    List.of("s"),
                    ""))
            .build();
    SvgChart c = Charts.trajectory(IndexMethod.legacy().prepare(late), LocalDate.of(2024, 12, 31));
    // 2024-01-02 is 50 revised and 0 as known then; the report, published on 30 June, is known
    // by the end of the year
    Chart drawn = new Chart(c.svg());
    assertThat(drawn.description())
        .endsWith("as known on 2024-12-31, from the sources published by then, 50.0.");
    // steps: 0 from January, up on 30 June, flat to the end of the year (legend swatch aside)
    assertThat(drawn.lines(ChartStyle.ORANGE)).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void thePlotIsWhiteWithLightGridLines() throws Exception {
    Drawn d = drawSample();
    List<Element> grid =
        d.chart.lines(ChartStyle.GRID).stream()
            .filter(l -> d.area.equals(d.chart.clip(l)))
            .toList();
    // Eleven index ticks and five year ticks.
    assertThat(grid).hasSize(11 + 5);
    assertThat(grid)
        .allSatisfy(
            l -> assertThat(ChartSvg.width(d.chart.style(l))).as("thin").isLessThanOrEqualTo(1.0));
    assertThat(d.chart.rectAt(d.area).map(r -> d.chart.style(r).get("fill")))
        .hasValue(rgb(Color.WHITE));
  }

  private static List<String> keyOf(String... ids) throws Exception {
    Models m = new Models();
    for (String id : ids) {
      m.milestone(id, 1);
    }
    for (String id : ids) {
      m.event("2024-01-01", id, Status.COMPLETED);
    }
    return new Drawn(m.build(), LocalDate.of(2024, 6, 30)).chart.keyLines();
  }

  private static void assertAxisParallel(List<Point2D> corners) {
    for (int k = 1; k < corners.size(); k++) {
      Point2D a = corners.get(k - 1);
      Point2D b = corners.get(k);
      assertThat(Math.abs(a.getX() - b.getX()) < PX || Math.abs(a.getY() - b.getY()) < PX)
          .as("segment %s–%s is horizontal or vertical", a, b)
          .isTrue();
    }
  }

  private static java.util.function.Consumer<Point2D> near(double x, double y) {
    return p -> {
      assertThat(p.getX()).isCloseTo(x, within(PX));
      assertThat(p.getY()).isCloseTo(y, within(PX));
    };
  }

  private static Drawn drawSample() throws Exception {
    return new Drawn(ReportModels.model(), ReportModels.AS_OF);
  }

  /** Small one-dimension models: weighted milestones and status events from one source. */
  private static final class Models {
    private final ProcessModel.Builder b =
        ProcessModel.builder("Steps")
            .dimension(Dimension.of("d", "Everything"))
            .source(new Source("s1", "Wire", "Report", PartialDate.parse("2021-01"), "a.txt"));

    Models milestone(String id, int weight) {
      b.milestone(Milestone.builder(id, "Milestone " + id, "d").weight(weight).build());
      return this;
    }

    Models event(String date, String id, Status status) {
      b.event(ReportModels.event(date, id, status, "s1", "Reported."));
      return this;
    }

    ProcessModel build() {
      return b.build();
    }
  }

  /** A drawn trajectory with its points and the plot's date and index scales. */
  private static final class Drawn {
    final List<TrajectoryPoint> points;
    final Chart chart;
    final Rectangle2D area;
    private final LocalDate from;
    private final LocalDate to;

    Drawn(ProcessModel model, LocalDate asOf) throws Exception {
      this.points =
          IndexMethod.legacy()
              .prepare(model)
              .trajectory(TrajectoryChart.start(model, asOf), asOf)
              .points();
      this.chart = new Chart(Charts.trajectory(IndexMethod.legacy().prepare(model), asOf).svg());
      this.area = chart.clip(chart.strokedPath(ChartStyle.BLUE));
      LocalDate first = points.get(0).date();
      long days = Math.max(1, asOf.toEpochDay() - first.toEpochDay());
      long pad = Math.max(1, days / 50);
      this.from = first.minusDays(pad);
      this.to = asOf.plusDays(pad);
    }

    double x(LocalDate d) {
      double span = to.toEpochDay() - from.toEpochDay();
      return area.getMinX() + (d.toEpochDay() - from.toEpochDay()) / span * area.getWidth();
    }

    double y(double value) {
      return area.getMaxY() - value / 100 * area.getHeight();
    }
  }

  /** The trajectory chart's lookups: the shared ones, its markers, label boxes and key. */
  private static final class Chart extends ChartSvg {
    Chart(String svg) throws Exception {
      super(svg);
    }

    /** Dashed lines in a colour, left to right. */
    List<Element> dashedLines(Color stroke) {
      return lines(stroke).stream()
          .filter(l -> ChartSvg.dashed(style(l)))
          .sorted(Comparator.comparingDouble(l -> num(l, "x1")))
          .toList();
    }

    /** The box behind a label: the shape drawn just before it. */
    Rectangle2D labelBox(Element text) {
      Element before = shapeBefore(text);
      if (before.getLocalName().equals("rect")) {
        return new Rectangle2D.Double(
            num(before, "x"), num(before, "y"), num(before, "width"), num(before, "height"));
      }
      return bounds(before.getAttribute("d"));
    }

    /** The text with this content, clipped to an area (any when null). */
    Element text(String content, Rectangle2D area) {
      return SvgXml.elements(doc, "text").stream()
          .filter(t -> t.getTextContent().equals(content))
          .filter(t -> area == null || area.equals(clip(t)))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no text " + content));
    }

    /** The key under the plot: its header and one line per numbered date. */
    List<String> keyLines() {
      List<String> texts = SvgXml.texts(doc);
      int start = -1;
      for (int k = 0; k < texts.size(); k++) {
        if (texts.get(k).startsWith("Numbered: ")) {
          start = k;
        }
      }
      List<String> out = new ArrayList<>();
      for (int k = start; k >= 0 && k < texts.size(); k++) {
        if (k > start && !texts.get(k).matches("\\d+ — .*")) {
          break;
        }
        out.add(texts.get(k));
      }
      return out;
    }
  }
}
