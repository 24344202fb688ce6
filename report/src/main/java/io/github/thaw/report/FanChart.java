package io.github.thaw.report;

import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.ProcessModel;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.geom.Line2D;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A forecast in two panels sharing the date axis: above, the index's P10–P90 band with the median
 * line; below, for chosen milestones, the probability of being completed by each date.
 */
final class FanChart {
  static final String ID = "forecast-fan";
  static final String TITLE = "Forecast: index range and chance of completion";
  static final String DOMAIN_LABEL = "Date (forecast horizon)";
  static final String INDEX_LABEL = "Index (points, 0–100)";
  static final String CHANCE_LABEL = "P(COMPLETED by date) (%)";

  private static final int WIDTH = 960;

  private FanChart() {}

  static SvgChart draw(ProcessModel model, LocalDate asOf, FanChartData fan) {
    List<LocalDate> dates = fan.dates();
    double[] p10 = fan.p10();
    double[] p50 = fan.p50();
    double[] p90 = fan.p90();
    YIntervalSeries band = new YIntervalSeries("P10–P90");
    for (int i = 0; i < dates.size(); i++) {
      band.add(ChartStyle.millis(dates.get(i)), p50[i], p10[i], p90[i]);
    }
    YIntervalSeriesCollection bandData = new YIntervalSeriesCollection();
    bandData.addSeries(band);
    DeviationRenderer fanRenderer = new DeviationRenderer(true, false);
    fanRenderer.setSeriesPaint(0, ChartStyle.BLUE);
    fanRenderer.setSeriesFillPaint(0, ChartStyle.BLUE_BAND);
    fanRenderer.setSeriesStroke(0, new BasicStroke(2.5f));
    fanRenderer.setAlpha(0.5f);
    NumberAxis indexAxis = ChartStyle.indexAxis(INDEX_LABEL, 100);
    XYPlot top = new XYPlot(bandData, null, indexAxis, fanRenderer);
    ChartStyle.plot(top);

    XYSeriesCollection curves = new XYSeriesCollection();
    XYLineAndShapeRenderer curveRenderer = new XYLineAndShapeRenderer(true, false);
    int k = 0;
    for (Map.Entry<String, double[]> e : fan.completionCurves().entrySet()) {
      XYSeries s = new XYSeries(label(model, e.getKey()), false, false);
      double[] p = e.getValue();
      for (int i = 0; i < dates.size(); i++) {
        s.add(ChartStyle.millis(dates.get(i)), 100 * p[i]);
      }
      curves.addSeries(s);
      curveRenderer.setSeriesPaint(k, ChartStyle.series(k + 1));
      curveRenderer.setSeriesStroke(k, ChartStyle.line(2f, k));
      k++;
    }
    NumberAxis chanceAxis = new NumberAxis(CHANCE_LABEL);
    chanceAxis.setRange(0, 100);
    chanceAxis.setTickUnit(new NumberTickUnit(25, ChartStyle.integers()));
    ChartStyle.axis(chanceAxis);
    XYPlot bottom = new XYPlot(curves, null, chanceAxis, curveRenderer);
    ChartStyle.plot(bottom);

    LocalDate first = dates.get(0);
    LocalDate last = dates.get(dates.size() - 1);
    DateAxis x =
        ChartStyle.dateAxis(DOMAIN_LABEL, first, last.equals(first) ? last.plusDays(1) : last);
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(x);
    plot.setGap(18);
    plot.add(top, 3);
    if (k > 0) {
      plot.add(bottom, 2);
    }
    plot.setOrientation(org.jfree.chart.plot.PlotOrientation.VERTICAL);
    plot.setFixedLegendItems(legend(curves, curveRenderer));

    JFreeChart chart = new JFreeChart(TITLE, ChartStyle.TITLE, plot, true);
    ChartStyle.decorate(
        chart,
        model.name() + " · as of " + asOf + " · forecast to " + last,
        SvgCanvas.sourceLine(model));
    int height = k > 0 ? 640 : 460;
    int end = dates.size() - 1;
    StringBuilder description =
        new StringBuilder("Forecast of the index to ")
            .append(last)
            .append(": median ")
            .append(ChartStyle.oneDecimal(p50[end]))
            .append(", P10–P90 ")
            .append(ChartStyle.oneDecimal(p10[end]))
            .append("–")
            .append(ChartStyle.oneDecimal(p90[end]));
    fan.completionCurves()
        .forEach(
            (id, p) ->
                description
                    .append("; P(")
                    .append(id)
                    .append(" completed) ")
                    .append(ChartStyle.oneDecimal(100 * p[end]))
                    .append('%'));
    description.append('.');
    return SvgCanvas.render(
        chart,
        ID,
        WIDTH,
        height,
        TITLE + " — " + model.name() + ", as of " + asOf,
        description.toString());
  }

  /** A milestone's name when the model has it, else the label as given. */
  static String label(ProcessModel model, String key) {
    try {
      return model
          .findMilestone(MilestoneId.of(key))
          .map(m -> m.name() + " (" + key + ")")
          .orElse(key);
    } catch (IllegalArgumentException notAnId) {
      return key;
    }
  }

  private static LegendItemCollection legend(XYSeriesCollection curves, XYLineAndShapeRenderer r) {
    LegendItemCollection items = new LegendItemCollection();
    Line2D line = new Line2D.Double(-9, 0, 9, 0);
    items.add(lineItem("Index, median (P50)", ChartStyle.BLUE, new BasicStroke(2.5f), line));
    Color band =
        new Color(
            ChartStyle.BLUE_BAND.getRed(),
            ChartStyle.BLUE_BAND.getGreen(),
            ChartStyle.BLUE_BAND.getBlue(),
            128);
    items.add(
        new LegendItem(
            "Index, 10th to 90th percentile",
            null,
            null,
            null,
            new Rectangle(-7, -5, 14, 10),
            band));
    for (int i = 0; i < curves.getSeriesCount(); i++) {
      items.add(
          lineItem(
              "P(COMPLETED): " + curves.getSeriesKey(i),
              (Color) r.getSeriesPaint(i),
              r.getSeriesStroke(i),
              line));
    }
    return items;
  }

  static LegendItem lineItem(String label, Color paint, java.awt.Stroke stroke, Line2D line) {
    return new LegendItem(
        label,
        null,
        null,
        null,
        false,
        line,
        false,
        paint,
        false,
        paint,
        new BasicStroke(1f),
        true,
        line,
        stroke,
        paint);
  }
}
