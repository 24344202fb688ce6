package io.github.thaw.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;
import java.text.DateFormat;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * One look for every chart: sans-serif text sized for reading on paper, white backgrounds (they
 * print), light grid lines, a title, a subtitle with the as-of date, and a source line at the
 * bottom. Dates are UTC and numbers are formatted without the default locale, so the same input
 * always gives the same SVG.
 */
final class ChartStyle {
  static final TimeZone UTC = TimeZone.getTimeZone("UTC");

  static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
  static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
  static final Font SMALL_BOLD = new Font(Font.SANS_SERIF, Font.BOLD, 11);

  static final Color INK = new Color(0x11, 0x18, 0x27);
  static final Color MUTED = new Color(0x4b, 0x55, 0x63);
  static final Color GRID = new Color(0xe5, 0xe7, 0xeb);
  static final Color BLUE = new Color(0x1d, 0x4e, 0xd8);
  static final Color BLUE_BAND = new Color(0x93, 0xc5, 0xfd);
  static final Color RED = new Color(0xdc, 0x26, 0x26);
  static final Color GREEN = new Color(0x15, 0x80, 0x3d);
  static final Color GREY = new Color(0x9c, 0xa3, 0xaf);
  static final Color ORANGE = new Color(0xc2, 0x41, 0x0c);

  /** Line colours for several series, distinguishable in colour and in greyscale print. */
  static final Color[] SERIES = {
    new Color(0x1d, 0x4e, 0xd8),
    new Color(0xc2, 0x41, 0x0c),
    new Color(0x15, 0x80, 0x3d),
    new Color(0x7e, 0x22, 0xce),
    new Color(0x0f, 0x76, 0x6e),
    new Color(0xa1, 0x62, 0x07),
    new Color(0xbe, 0x18, 0x5d),
    new Color(0x37, 0x41, 0x51)
  };

  /** Dashes that tell series apart where colour is lost. */
  static final float[][] DASHES = {null, {6f, 3f}, {2f, 3f}, {8f, 3f, 2f, 3f}};

  private ChartStyle() {}

  /**
   * Styles the title and legend and adds the subtitle (top) and the source line (bottom-most, below
   * the legend). Plots are styled by {@link #plot}; JFreeChart's themes are not used because
   * applying one resets the series colours set on renderers.
   */
  static void decorate(JFreeChart chart, String subtitle, String source) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setTextAntiAlias(true);
    chart.setPadding(new RectangleInsets(8, 8, 6, 12));
    chart.getTitle().setFont(TITLE);
    chart.getTitle().setPaint(INK);
    chart.getTitle().setHorizontalAlignment(HorizontalAlignment.LEFT);
    chart.getTitle().setMargin(new RectangleInsets(0, 4, 2, 0));
    TextTitle sub = new TextTitle(subtitle, SUBTITLE);
    sub.setPaint(MUTED);
    sub.setHorizontalAlignment(HorizontalAlignment.LEFT);
    sub.setPosition(RectangleEdge.TOP);
    sub.setMargin(new RectangleInsets(0, 4, 8, 0));
    chart.addSubtitle(sub);
    chart.addSubtitle(0, footnote(source));
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setItemFont(SMALL);
      legend.setFrame(BlockBorder.NONE);
      legend.setPosition(RectangleEdge.BOTTOM);
      legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
      legend.setMargin(new RectangleInsets(6, 0, 2, 0));
    }
  }

  /** White background, thin solid grid lines, no outline. */
  static void plot(XYPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setDomainGridlinePaint(GRID);
    plot.setRangeGridlinePaint(GRID);
    plot.setDomainGridlineStroke(new BasicStroke(1f));
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
  }

  /** White background, thin solid range grid lines, no outline. */
  static void plot(CategoryPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(GRID);
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
  }

  /** A small, grey, left-aligned line at the bottom of the chart. */
  static TextTitle footnote(String text) {
    TextTitle t = new TextTitle(text, SMALL);
    t.setPaint(MUTED);
    t.setPosition(RectangleEdge.BOTTOM);
    t.setHorizontalAlignment(HorizontalAlignment.LEFT);
    t.setTextAlignment(HorizontalAlignment.LEFT);
    t.setMargin(new RectangleInsets(4, 4, 0, 0));
    return t;
  }

  /** Axis label and tick fonts. */
  static void axis(Axis axis) {
    axis.setLabelFont(LABEL);
    axis.setLabelPaint(INK);
    axis.setTickLabelFont(TICK);
    axis.setTickLabelPaint(MUTED);
    axis.setAxisLinePaint(GREY);
    axis.setTickMarkPaint(GREY);
  }

  /** A 0–100 index axis with ticks every 10 or 20 points. */
  static NumberAxis indexAxis(String label, double upper) {
    NumberAxis a = new NumberAxis(label);
    a.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
    a.setRange(0, upper);
    axis(a);
    return a;
  }

  /**
   * A UTC date axis from {@code from} to {@code to} whose ticks are years ({@code 2024}) over long
   * spans and months ({@code 2024-07}) over short ones, never depending on the default locale.
   */
  static DateAxis dateAxis(String label, LocalDate from, LocalDate to) {
    DateAxis a = new DateAxis(label, UTC, Locale.ROOT);
    long days = Math.max(1, to.toEpochDay() - from.toEpochDay());
    DateTickUnit unit;
    if (days > 3 * 365) {
      unit = new DateTickUnit(DateTickUnitType.YEAR, 1, format("yyyy"));
    } else if (days > 370) {
      unit = new DateTickUnit(DateTickUnitType.MONTH, days > 730 ? 6 : 3, format("yyyy-MM"));
    } else if (days > 62) {
      unit = new DateTickUnit(DateTickUnitType.MONTH, 1, format("yyyy-MM"));
    } else {
      unit = new DateTickUnit(DateTickUnitType.DAY, days > 21 ? 7 : 1, format("yyyy-MM-dd"));
    }
    a.setTickUnit(unit);
    long pad = Math.max(1, days / 50);
    a.setRange(millis(from.minusDays(pad)), millis(to.plusDays(pad)));
    axis(a);
    return a;
  }

  private static DateFormat format(String pattern) {
    SimpleDateFormat f = new SimpleDateFormat(pattern, Locale.ROOT);
    f.setTimeZone(UTC);
    return f;
  }

  /** A line stroke, dashed for series past the first. */
  static Stroke line(float width, int series) {
    float[] dash = DASHES[series % DASHES.length];
    return dash == null
        ? new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
        : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
  }

  /** A thin dashed stroke for markers and reference lines. */
  static Stroke dashed(float width) {
    return new BasicStroke(
        width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f);
  }

  /** The series colour for a position. */
  static Paint series(int i) {
    return SERIES[i % SERIES.length];
  }

  /** Epoch milliseconds of a date's start in UTC, as JFreeChart's date axes count. */
  static long millis(LocalDate date) {
    return date.toEpochDay() * 86_400_000L;
  }

  /** Whole numbers, without the default locale's digits. */
  static NumberFormat integers() {
    return decimals("0");
  }

  /**
   * A tick format without the default locale, and without the {@code -0.00} that a tick computed as
   * a tiny negative number would otherwise show.
   */
  static NumberFormat decimals(String pattern) {
    return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)) {
      private static final long serialVersionUID = 1L;

      @Override
      public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
        return super.format(Math.abs(number) < 1e-9 ? 0.0 : number, to, pos);
      }
    };
  }

  /** One decimal, locale-independent. */
  static String oneDecimal(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** One decimal with a sign. */
  static String signed(double v) {
    String s = String.format(Locale.ROOT, "%+.1f", v);
    return s.equals("-0.0") ? "+0.0" : s;
  }
}
