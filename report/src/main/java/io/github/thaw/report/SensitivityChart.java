package io.github.thaw.report;

import io.github.thaw.model.ProcessModel;
import java.awt.BasicStroke;
import java.awt.Rectangle;
import java.awt.geom.Line2D;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * Sobol indices as paired horizontal bars, first-order and total for each input, ranked from the
 * largest total index down, with their confidence intervals as error bars.
 */
final class SensitivityChart {
  static final String ID = "sensitivity-bars";
  static final String TITLE = "Sensitivity: which assumptions drive the result";
  static final String DOMAIN_LABEL = "Input (ranked by total index)";
  static final String RANGE_LABEL = "Sobol index (share of output variance, 0–1)";

  private static final int WIDTH = 960;
  private static final double HALF = 0.19;

  private SensitivityChart() {}

  static SvgChart draw(ProcessModel model, LocalDate asOf, SensitivityData s) {
    return draw(model, asOf, s, ID, TITLE);
  }

  /** The same bars under another chart id and title, for a second analysis on the same page. */
  static SvgChart draw(
      ProcessModel model, LocalDate asOf, SensitivityData s, String id, String title) {
    int[] rank = s.ranking();
    int n = rank.length;
    double[] first = s.first();
    double[] firstLow = s.firstLow();
    double[] firstHigh = s.firstHigh();
    double[] total = s.total();
    double[] totalLow = s.totalLow();
    double[] totalHigh = s.totalHigh();

    XYIntervalSeries firstBars = new XYIntervalSeries("First-order index S");
    XYIntervalSeries totalBars = new XYIntervalSeries("Total index ST");
    XYIntervalSeries firstErrors = new XYIntervalSeries("first CI");
    XYIntervalSeries totalErrors = new XYIntervalSeries("total CI");
    String[] symbols = new String[n];
    double max = 0;
    double min = 0;
    for (int pos = 0; pos < n; pos++) {
      int i = rank[pos];
      symbols[pos] = s.names().get(i);
      // Total first, so it sits above first-order in each pair once the axis is inverted.
      double xt = pos - HALF / 2 - 0.02;
      double xf = pos + HALF / 2 + 0.02;
      totalBars.add(xt, xt - HALF / 2, xt + HALF / 2, total[i], total[i], total[i]);
      firstBars.add(xf, xf - HALF / 2, xf + HALF / 2, first[i], first[i], first[i]);
      if (!Double.isNaN(totalLow[i]) && !Double.isNaN(totalHigh[i])) {
        totalErrors.add(xt, xt, xt, total[i], totalLow[i], totalHigh[i]);
        max = Math.max(max, totalHigh[i]);
        min = Math.min(min, totalLow[i]);
      }
      if (!Double.isNaN(firstLow[i]) && !Double.isNaN(firstHigh[i])) {
        firstErrors.add(xf, xf, xf, first[i], firstLow[i], firstHigh[i]);
        max = Math.max(max, firstHigh[i]);
        min = Math.min(min, firstLow[i]);
      }
      max = Math.max(max, Math.max(first[i], total[i]));
      min = Math.min(min, Math.min(first[i], total[i]));
    }
    XYIntervalSeriesCollection bars = new XYIntervalSeriesCollection();
    bars.addSeries(totalBars);
    bars.addSeries(firstBars);
    XYIntervalSeriesCollection errors = new XYIntervalSeriesCollection();
    errors.addSeries(totalErrors);
    errors.addSeries(firstErrors);

    XYBarRenderer barRenderer = new XYBarRenderer();
    barRenderer.setBarPainter(new StandardXYBarPainter());
    barRenderer.setShadowVisible(false);
    barRenderer.setSeriesPaint(0, ChartStyle.BLUE);
    barRenderer.setSeriesPaint(1, ChartStyle.BLUE_BAND);
    barRenderer.setDrawBarOutline(false);
    XYErrorRenderer errorRenderer = new XYErrorRenderer();
    errorRenderer.setDrawXError(false);
    errorRenderer.setDrawYError(true);
    errorRenderer.setDefaultLinesVisible(false);
    errorRenderer.setDefaultShapesVisible(false);
    errorRenderer.setErrorPaint(ChartStyle.INK);
    errorRenderer.setErrorStroke(new BasicStroke(1.2f));
    errorRenderer.setCapLength(6);

    SymbolAxis x = new SymbolAxis(DOMAIN_LABEL, symbols);
    x.setInverted(true);
    x.setGridBandsVisible(false);
    x.setRange(-0.6, n - 0.4);
    ChartStyle.axis(x);
    NumberAxis y = new NumberAxis(RANGE_LABEL);
    double upper = Math.min(1.2, Math.max(0.1, Math.ceil((max + 0.05) * 10) / 10));
    double lower = min < 0 ? Math.floor((min - 0.01) * 20) / 20 : 0;
    double unit = upper - lower > 0.5 ? 0.1 : 0.05;
    // JFreeChart ticks from ceil(lower / unit) to floor(upper / unit), and 0.7 / 0.1 falls just
    // short of 7: a slack far below a pixel keeps a tick, and its label, at each end of the axis.
    double slack = unit * 1e-6;
    y.setRange(lower - slack, upper + slack);
    y.setTickUnit(new NumberTickUnit(unit, ChartStyle.decimals("0.00")));
    ChartStyle.axis(y);

    XYPlot plot = new XYPlot(bars, x, y, barRenderer);
    plot.setDataset(1, errors);
    plot.setRenderer(1, errorRenderer);
    plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    ChartStyle.plot(plot);
    plot.setDomainGridlinesVisible(false);
    plot.setFixedLegendItems(legend(hasIntervals(s)));

    JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, true);
    ChartStyle.decorate(
        chart,
        model.name() + " · as of " + asOf + " · output: " + s.output(),
        SvgCanvas.sourceLine(model));
    int height = 230 + 44 * n;
    StringBuilder description =
        new StringBuilder("Sobol indices of ").append(s.output()).append(", ranked: ");
    List<String> names = s.names();
    for (int pos = 0; pos < n; pos++) {
      int i = rank[pos];
      description
          .append(pos == 0 ? "" : "; ")
          .append(names.get(i))
          .append(" total ")
          .append(String.format(Locale.ROOT, "%.2f", total[i]))
          .append(", first-order ")
          .append(String.format(Locale.ROOT, "%.2f", first[i]));
    }
    description.append('.');
    return SvgCanvas.render(
        chart,
        id,
        WIDTH,
        height,
        title + " — " + model.name() + ", as of " + asOf,
        description.toString());
  }

  private static boolean hasIntervals(SensitivityData s) {
    for (double v : s.totalLow()) {
      if (!Double.isNaN(v)) {
        return true;
      }
    }
    for (double v : s.firstLow()) {
      if (!Double.isNaN(v)) {
        return true;
      }
    }
    return false;
  }

  private static LegendItemCollection legend(boolean intervals) {
    LegendItemCollection items = new LegendItemCollection();
    Rectangle box = new Rectangle(-7, -5, 14, 10);
    items.add(
        new LegendItem(
            "Total index ST (alone and in interactions)", null, null, null, box, ChartStyle.BLUE));
    items.add(
        new LegendItem("First-order index S (alone)", null, null, null, box, ChartStyle.BLUE_BAND));
    if (intervals) {
      Line2D bar = new Line2D.Double(-8, 0, 8, 0);
      items.add(
          FanChart.lineItem("Confidence interval", ChartStyle.INK, new BasicStroke(1.2f), bar));
    }
    return items;
  }
}
