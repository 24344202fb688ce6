package io.github.thaw.report;

import io.github.thaw.index.ProgressIndex;
import io.github.thaw.index.Trajectory;
import io.github.thaw.index.TrajectoryPoint;
import io.github.thaw.model.Event;
import io.github.thaw.model.ProcessModel;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationStepRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The index over time as a step line inside its conflicting-evidence band, with a numbered marker
 * at each date when status events took effect and a key below the plot that says which.
 */
final class TrajectoryChart {
  static final String ID = "index-trajectory";
  static final String TITLE = "Normalization-progress index over time";
  static final String DOMAIN_LABEL = "Date (effective date of events)";
  static final String RANGE_LABEL = "Index (points, 0–100)";

  private static final int WIDTH = 960;
  private static final int HEIGHT = 520;
  private static final int KEY_LINE = 15;

  /** More numbers than this crowd the plot; the largest moves are numbered, the rest ticked. */
  private static final int MAX_NUMBERED = 12;

  private static final int KEY_CHARS = 118;

  private TrajectoryChart() {}

  static SvgChart draw(ProgressIndex index, LocalDate asOf) {
    ProcessModel model = index.model();
    Trajectory t = index.trajectory(start(model, asOf), asOf);
    List<TrajectoryPoint> points = t.points();

    YIntervalSeries series = new YIntervalSeries("index");
    for (TrajectoryPoint p : points) {
      series.add(ChartStyle.millis(p.date()), p.value(), p.low(), p.high());
    }
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    data.addSeries(series);

    DateAxis x = ChartStyle.dateAxis(DOMAIN_LABEL, points.get(0).date(), asOf);
    NumberAxis y = ChartStyle.indexAxis(RANGE_LABEL, 100);
    DeviationStepRenderer r = new DeviationStepRenderer();
    r.setSeriesPaint(0, ChartStyle.BLUE);
    r.setSeriesFillPaint(0, ChartStyle.BLUE_BAND);
    r.setSeriesStroke(0, new BasicStroke(2.5f));
    r.setAlpha(0.6f);
    r.setDefaultShapesVisible(false);
    XYPlot plot = new XYPlot(data, x, y, r);
    ChartStyle.plot(plot);

    // The real-time view: the index as it could have been computed on each date, from the
    // sources published by then; drawn over the revised line so that where they agree it shows.
    // Besides the points' own dates, the line steps on the days late reports were published.
    double[] known = t.realTime(model);
    java.util.TreeMap<LocalDate, Double> line = new java.util.TreeMap<>();
    for (int i = 0; i < known.length; i++) {
      line.put(points.get(i).date(), known[i]);
    }
    for (Event e : model.events()) {
      LocalDate d = model.knownFrom(e);
      if (!e.isContext()
          && d.isAfter(points.get(0).date())
          && !d.isAfter(asOf)
          && !line.containsKey(d)) {
        line.put(d, t.method().evaluate(model.knownAt(d), d).value());
      }
    }
    org.jfree.data.xy.XYSeries realTime = new org.jfree.data.xy.XYSeries("real time");
    line.forEach((d, v) -> realTime.add(ChartStyle.millis(d), v));
    if (asOf.isAfter(line.lastKey())) {
      realTime.add(ChartStyle.millis(asOf), line.lastEntry().getValue());
    }
    org.jfree.chart.renderer.xy.XYStepRenderer step =
        new org.jfree.chart.renderer.xy.XYStepRenderer();
    step.setSeriesPaint(0, ChartStyle.ORANGE);
    step.setSeriesStroke(0, ChartStyle.dashed(2f));
    step.setDefaultShapesVisible(false);
    plot.setDataset(1, new org.jfree.data.xy.XYSeriesCollection(realTime));
    plot.setRenderer(1, step);
    plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);

    List<TrajectoryPoint> moved = new ArrayList<>();
    for (TrajectoryPoint p : points) {
      if (p.hasEvents()) {
        moved.add(p);
      }
    }
    List<TrajectoryPoint> numbered = numbered(moved);
    List<ValueMarker> labelled = new ArrayList<>();
    for (TrajectoryPoint p : moved) {
      ValueMarker m = new ValueMarker(ChartStyle.millis(p.date()));
      int k = numbered.indexOf(p);
      if (k < 0) {
        m.setPaint(ChartStyle.GRID);
        m.setStroke(new BasicStroke(1f));
      } else {
        m.setPaint(ChartStyle.GREY);
        m.setStroke(ChartStyle.dashed(1f));
        m.setLabel(Integer.toString(k + 1));
        m.setLabelFont(ChartStyle.SMALL_BOLD);
        m.setLabelPaint(ChartStyle.INK);
        m.setLabelBackgroundColor(Color.WHITE);
        m.setLabelAnchor(RectangleAnchor.TOP);
        m.setLabelTextAnchor(TextAnchor.TOP_CENTER);
        labelled.add(m);
      }
      plot.addDomainMarker(m, Layer.BACKGROUND);
    }

    TrajectoryPoint last = points.get(points.size() - 1);
    String end =
        last.band().isDisputed()
            ? ChartStyle.oneDecimal(last.value())
                + " (band "
                + ChartStyle.oneDecimal(last.low())
                + "–"
                + ChartStyle.oneDecimal(last.high())
                + ")"
            : ChartStyle.oneDecimal(last.value());
    XYTextAnnotation value =
        new XYTextAnnotation(" " + end + " ", ChartStyle.millis(last.date()), last.value());
    value.setFont(ChartStyle.SMALL_BOLD);
    value.setPaint(ChartStyle.BLUE);
    value.setBackgroundPaint(Color.WHITE);
    value.setTextAnchor(last.value() > 85 ? TextAnchor.TOP_RIGHT : TextAnchor.BOTTOM_RIGHT);
    plot.addAnnotation(value);

    plot.setFixedLegendItems(legend());
    JFreeChart chart = new JFreeChart(TITLE, ChartStyle.TITLE, plot, true);
    ChartStyle.decorate(chart, model.name() + " · as of " + asOf, SvgCanvas.sourceLine(model));
    List<String> key = key(numbered, moved.size());
    if (!key.isEmpty()) {
      TextTitle keyTitle = ChartStyle.footnote(String.join("\n", key));
      keyTitle.setPaint(ChartStyle.INK);
      chart.addSubtitle(1, keyTitle);
    }
    int height = HEIGHT + KEY_LINE * key.size();
    stagger(chart, plot, labelled, height);

    String description =
        "Index "
            + end
            + " out of 100 on "
            + last.date()
            + ", from "
            + ChartStyle.oneDecimal(points.get(0).value())
            + " on "
            + points.get(0).date()
            + "; "
            + moved.size()
            + (moved.size() == 1 ? " date" : " dates")
            + " with status events; as known on "
            + last.date()
            + ", from the sources published by then, "
            + ChartStyle.oneDecimal(known[known.length - 1])
            + ".";
    return SvgCanvas.render(
        chart, ID, WIDTH, height, TITLE + " — " + model.name() + ", as of " + asOf, description);
  }

  /** The first of January of the first status event's year, so the chart opens before it. */
  static LocalDate start(ProcessModel model, LocalDate asOf) {
    LocalDate first = asOf;
    for (Event e : model.events()) {
      if (!e.isContext() && e.date().effectiveDate().isBefore(first)) {
        first = e.date().effectiveDate();
      }
    }
    return first.withDayOfYear(1);
  }

  /** The points to number, by date: all of them, or the largest moves when there are too many. */
  private static List<TrajectoryPoint> numbered(List<TrajectoryPoint> moved) {
    if (moved.size() <= MAX_NUMBERED) {
      return moved;
    }
    List<TrajectoryPoint> biggest = new ArrayList<>(moved);
    biggest.sort(Comparator.comparingDouble((TrajectoryPoint p) -> -Math.abs(p.delta())));
    List<TrajectoryPoint> keep = new ArrayList<>(biggest.subList(0, MAX_NUMBERED));
    keep.sort(Comparator.comparing(TrajectoryPoint::date));
    return keep;
  }

  private static List<String> key(List<TrajectoryPoint> numbered, int all) {
    List<String> lines = new ArrayList<>();
    if (numbered.isEmpty()) {
      return lines;
    }
    lines.add(
        numbered.size() == all
            ? "Numbered: dates when status events took effect, change in points, and the events"
            : "Numbered: the "
                + numbered.size()
                + " largest of "
                + all
                + " moves (other event dates are light lines), change in points, and the events");
    for (int k = 0; k < numbered.size(); k++) {
      TrajectoryPoint p = numbered.get(k);
      StringBuilder line =
          new StringBuilder()
              .append(k + 1)
              .append(" — ")
              .append(p.date())
              .append(" (")
              .append(ChartStyle.signed(p.delta()))
              .append("): ");
      List<Event> events = p.events();
      for (int i = 0; i < events.size(); i++) {
        Event e = events.get(i);
        String item = e.milestone().orElseThrow() + " → " + e.status().orElseThrow();
        int rest = events.size() - i;
        if (i > 0 && line.length() + item.length() + 12 > KEY_CHARS && rest > 1) {
          line.append(", and ").append(rest).append(" more");
          break;
        }
        line.append(i == 0 ? "" : ", ").append(item);
      }
      lines.add(line.toString());
    }
    return lines;
  }

  /**
   * Moves marker numbers that would overlap down a row: the chart is laid out once to learn where
   * each date falls, then each label takes the first row where it clears the one before it.
   */
  private static void stagger(
      JFreeChart chart, XYPlot plot, List<ValueMarker> labelled, int height) {
    if (labelled.isEmpty()) {
      return;
    }
    ChartRenderingInfo info = SvgCanvas.layout(chart, WIDTH, height);
    Rectangle2D area = info.getPlotInfo().getDataArea();
    List<Double> rowEnds = new ArrayList<>();
    for (ValueMarker m : labelled) {
      double px = plot.getDomainAxis().valueToJava2D(m.getValue(), area, plot.getDomainAxisEdge());
      int row = 0;
      while (row < rowEnds.size() && rowEnds.get(row) > px - 18) {
        row++;
      }
      if (row == rowEnds.size()) {
        rowEnds.add(px);
      } else {
        rowEnds.set(row, px);
      }
      m.setLabelOffset(new RectangleInsets(3 + 15 * row, 0, 0, 0));
    }
  }

  private static LegendItemCollection legend() {
    LegendItemCollection items = new LegendItemCollection();
    Line2D line = new Line2D.Double(-9, 0, 9, 0);
    items.add(
        new LegendItem(
            "Index, revised with every source known today",
            null,
            null,
            null,
            false,
            line,
            false,
            ChartStyle.BLUE,
            false,
            ChartStyle.BLUE,
            new BasicStroke(1f),
            true,
            line,
            new BasicStroke(2.5f),
            ChartStyle.BLUE));
    items.add(
        FanChart.lineItem(
            "As known on each date (sources published by then)",
            ChartStyle.ORANGE,
            ChartStyle.dashed(2f),
            line));
    Color band =
        new Color(
            ChartStyle.BLUE_BAND.getRed(),
            ChartStyle.BLUE_BAND.getGreen(),
            ChartStyle.BLUE_BAND.getBlue(),
            153);
    items.add(
        new LegendItem(
            "Band where sources disagree (most conservative to most optimistic reading)",
            null,
            null,
            null,
            new Rectangle(-7, -5, 14, 10),
            band));
    items.add(
        new LegendItem(
            "Date with status events (numbered, see key)",
            null,
            null,
            null,
            false,
            line,
            false,
            ChartStyle.GREY,
            false,
            ChartStyle.GREY,
            new BasicStroke(1f),
            true,
            new Line2D.Double(0, -6, 0, 6),
            ChartStyle.dashed(1f),
            ChartStyle.GREY));
    return items;
  }
}
