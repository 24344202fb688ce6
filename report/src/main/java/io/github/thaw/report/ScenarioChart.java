package io.github.thaw.report;

import io.github.thaw.index.IndexResult;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.scenario.ScenarioComparison;
import io.github.thaw.scenario.ScenarioOutcome;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Scenarios side by side: one horizontal bar per scenario with its value and its change against the
 * baseline, coloured by the sign of the change, and the baseline as a dashed line.
 */
final class ScenarioChart {
  static final String ID = "scenario-comparison";
  static final String TITLE = "Scenarios against the baseline";
  static final String RANGE_LABEL = "Index (points, 0–100)";
  static final String DOMAIN_LABEL = "Scenario";

  private static final int WIDTH = 960;
  private static final String SERIES = "index";

  /** Bars longer than this carry their label inside. */
  private static final double INSIDE_FROM = 78;

  /** About how many index points a label such as {@code 30.7 (-7.6)} spans. */
  private static final double LABEL_WIDTH = 13;

  /** Pixels kept free below the last bar for the baseline's label (its box is 14 high). */
  private static final double LABEL_STRIP = 22;

  /** The plot's height is about this many pixels a bar plus {@link #PLOT_EXTRA}. */
  private static final double PLOT_PER_BAR = 40;

  private static final double PLOT_EXTRA = 56;

  private ScenarioChart() {}

  static SvgChart draw(ScenarioComparison c) {
    ProcessModel model = c.baselineModel();
    IndexResult base = c.baseline();
    List<String> names = new ArrayList<>();
    List<Double> deltas = new ArrayList<>();
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    boolean namedBaseline = c.outcomes().stream().anyMatch(o -> o.name().equals("baseline"));
    if (!namedBaseline) {
      data.addValue(base.value(), SERIES, "baseline");
      names.add("baseline");
      deltas.add(null);
    }
    for (ScenarioOutcome o : c.outcomes()) {
      String name = unique(o.name(), names);
      data.addValue(o.result().value(), SERIES, name);
      names.add(name);
      deltas.add(o.delta());
    }

    BarRenderer r =
        new BarRenderer() {
          private static final long serialVersionUID = 1L;

          @Override
          public Paint getItemPaint(int row, int column) {
            return colour(deltas.get(column));
          }

          /** Labels of long bars go inside the bar's end, so they never run off the plot. */
          @Override
          public ItemLabelPosition getPositiveItemLabelPosition(int row, int column) {
            return inside(row, column)
                ? new ItemLabelPosition(ItemLabelAnchor.INSIDE3, TextAnchor.CENTER_RIGHT)
                : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT);
          }

          @Override
          public Paint getItemLabelPaint(int row, int column) {
            return inside(row, column) ? Color.WHITE : ChartStyle.INK;
          }

          /**
           * Inside when the bar is long, or when it ends just short of the baseline and a label
           * outside would be crossed by the baseline's line.
           */
          private boolean inside(int row, int column) {
            double v = data.getValue(row, column).doubleValue();
            double gap = base.value() - v;
            return v > INSIDE_FROM || (gap > 0.05 && gap < LABEL_WIDTH && v > LABEL_WIDTH);
          }
        };
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setDrawBarOutline(false);
    r.setMaximumBarWidth(0.7);
    r.setDefaultItemLabelGenerator(
        new StandardCategoryItemLabelGenerator() {
          private static final long serialVersionUID = 1L;

          @Override
          public String generateLabel(CategoryDataset dataset, int row, int column) {
            double v = dataset.getValue(row, column).doubleValue();
            Double d = deltas.get(column);
            return ChartStyle.oneDecimal(v)
                + (d == null ? " (baseline)" : " (" + ChartStyle.signed(d) + ")");
          }
        });
    r.setDefaultItemLabelsVisible(true);
    r.setDefaultItemLabelFont(ChartStyle.SMALL_BOLD);
    r.setDefaultItemLabelPaint(ChartStyle.INK);
    r.setItemLabelAnchorOffset(4);

    CategoryAxis x = new CategoryAxis(DOMAIN_LABEL);
    ChartStyle.axis(x);
    x.setMaximumCategoryLabelWidthRatio(0.4f);
    x.setCategoryMargin(0.25);
    // The baseline's label sits at the foot of its line: keep a free strip below the last bar for
    // it, about LABEL_STRIP pixels of a plot about PLOT_PER_BAR pixels a bar plus PLOT_EXTRA high.
    x.setUpperMargin(LABEL_STRIP / (PLOT_PER_BAR * names.size() + PLOT_EXTRA));
    NumberAxis y = ChartStyle.indexAxis(RANGE_LABEL, 100);
    y.setTickUnit(new NumberTickUnit(10, ChartStyle.integers()));
    CategoryPlot plot = new CategoryPlot(data, x, y, r);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    ChartStyle.plot(plot);

    ValueMarker line = new ValueMarker(base.value());
    line.setPaint(ChartStyle.INK);
    line.setStroke(ChartStyle.dashed(1.5f));
    line.setLabel("baseline " + ChartStyle.oneDecimal(base.value()));
    line.setLabelFont(ChartStyle.SMALL);
    line.setLabelPaint(ChartStyle.INK);
    line.setLabelBackgroundColor(Color.WHITE);
    line.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
    line.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
    line.setLabelOffset(new RectangleInsets(0, 4, 2, 0));
    plot.addRangeMarker(line, Layer.FOREGROUND);
    plot.setFixedLegendItems(legend(!namedBaseline));

    JFreeChart chart = new JFreeChart(TITLE, ChartStyle.TITLE, plot, true);
    ChartStyle.decorate(
        chart,
        model.name() + " · index as of " + c.date() + " · label: value (change in points)",
        SvgCanvas.sourceLine(model));
    int height = 220 + 40 * names.size();
    String description =
        names.size()
            - (namedBaseline ? 0 : 1)
            + " scenarios against a baseline of "
            + ChartStyle.oneDecimal(base.value())
            + " as of "
            + c.date()
            + ": "
            + String.join(
                "; ",
                c.outcomes().stream()
                    .map(
                        o ->
                            o.name()
                                + " "
                                + ChartStyle.oneDecimal(o.result().value())
                                + " ("
                                + ChartStyle.signed(o.delta())
                                + ")")
                    .toList())
            + ".";
    return SvgCanvas.render(
        chart,
        ID,
        WIDTH,
        height,
        TITLE + " — " + model.name() + ", as of " + c.date(),
        description);
  }

  /** Category keys must be unique; a repeated scenario name gets a number. */
  private static String unique(String name, List<String> taken) {
    String out = name;
    for (int k = 2; taken.contains(out); k++) {
      out = name + " (" + k + ")";
    }
    return out;
  }

  private static Paint colour(Double delta) {
    if (delta == null) {
      return ChartStyle.GREY;
    }
    if (delta >= 0.05) {
      return ChartStyle.GREEN;
    }
    if (delta <= -0.05) {
      return ChartStyle.RED;
    }
    return ChartStyle.BLUE_BAND;
  }

  private static LegendItemCollection legend(boolean baselineBar) {
    LegendItemCollection items = new LegendItemCollection();
    Rectangle box = new Rectangle(-7, -5, 14, 10);
    items.add(new LegendItem("Raises the index", null, null, null, box, ChartStyle.GREEN));
    items.add(new LegendItem("Lowers the index", null, null, null, box, ChartStyle.RED));
    items.add(
        new LegendItem(
            "Changes it by less than 0.05", null, null, null, box, ChartStyle.BLUE_BAND));
    if (baselineBar) {
      items.add(new LegendItem("Baseline", null, null, null, box, ChartStyle.GREY));
    }
    java.awt.geom.Line2D line = new java.awt.geom.Line2D.Double(-9, 0, 9, 0);
    items.add(
        new LegendItem(
            "Baseline value",
            null,
            null,
            null,
            false,
            line,
            false,
            ChartStyle.INK,
            false,
            ChartStyle.INK,
            new BasicStroke(1f),
            true,
            line,
            ChartStyle.dashed(1.5f),
            ChartStyle.INK));
    return items;
  }
}
