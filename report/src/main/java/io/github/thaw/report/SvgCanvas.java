package io.github.thaw.report;

import io.github.thaw.model.ProcessModel;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.text.TextUtils;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Turns drawings into SVG elements that are byte-for-byte repeatable and safe to inline several
 * times in one page: every id inside a chart starts with the chart's id, numbers are written with
 * at most two decimals, and each element carries a {@code <title>} and {@code <desc>}.
 */
final class SvgCanvas {
  /**
   * Java measures text with its logical SansSerif font, DejaVu Sans on most Linux systems; asking
   * for it first keeps the browser's text the width the layout was computed for, and Verdana is the
   * closest common fallback.
   */
  static final String FONT_FAMILY = "\"DejaVu Sans\", Verdana, sans-serif";

  static {
    // JFreeChart draws rotated text (vertical axis labels) as glyph outlines by default, a
    // workaround for a JDK 1.3 bug; plain drawString keeps it as SVG text that can be selected,
    // searched and read aloud. This is a JVM-wide JFreeChart setting, harmless on current JDKs.
    TextUtils.setUseDrawRotatedStringWorkaround(false);
  }

  private SvgCanvas() {}

  /** A fresh canvas whose ids are prefixed with the chart id. */
  static SVGGraphics2D graphics(String id, int width, int height) {
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    g.setDefsKeyPrefix(id + "-");
    g.setFontFunction(family -> FONT_FAMILY);
    g.setGeomDoubleConverter(SvgCanvas::number);
    g.setTransformDoubleConverter(SvgCanvas::number);
    return g;
  }

  /** Draws a chart twice if asked: once to learn its layout, once for real. */
  static ChartRenderingInfo layout(JFreeChart chart, int width, int height) {
    ChartRenderingInfo info = new ChartRenderingInfo();
    chart.draw(
        graphics("layout", width, height), new Rectangle2D.Double(0, 0, width, height), info);
    return info;
  }

  /** Draws a chart and wraps it as an {@link SvgChart}. */
  static SvgChart render(
      JFreeChart chart, String id, int width, int height, String title, String description) {
    SVGGraphics2D g = graphics(id, width, height);
    chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
    return finish(g, id, width, height, title, description);
  }

  /** Wraps what was drawn on a canvas as an {@link SvgChart}. */
  static SvgChart finish(
      SVGGraphics2D g, String id, int width, int height, String title, String description) {
    String svg = g.getSVGElement(id, true, new ViewBox(0, 0, width, height), null, null);
    int end = svg.indexOf('>');
    String open = svg.substring(0, end);
    String labelled =
        open
            + " role='img' aria-labelledby='"
            + id
            + "-title "
            + id
            + "-desc'>"
            + "<title id='"
            + id
            + "-title'>"
            + Html.escape(title)
            + "</title><desc id='"
            + id
            + "-desc'>"
            + Html.escape(description)
            + "</desc>"
            + svg.substring(end + 1);
    return new SvgChart(id, title, labelled);
  }

  /** {@code Source: Thaw, model 'name', 5 sources}. */
  static String sourceLine(ProcessModel model) {
    int n = model.sources().size();
    return "Source: Thaw, model '" + model.name() + "', " + n + (n == 1 ? " source" : " sources");
  }

  /**
   * A coordinate with at most two decimals and no trailing zeros, independent of the locale;
   * hundredths of a pixel are far below what any screen or printer shows.
   */
  static String number(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "0";
    }
    long r = Math.round(v * 100);
    StringBuilder out = new StringBuilder();
    if (r < 0) {
      out.append('-');
      r = -r;
    }
    out.append(r / 100);
    long frac = r % 100;
    if (frac != 0) {
      out.append('.').append(frac / 10);
      if (frac % 10 != 0) {
        out.append(frac % 10);
      }
    }
    return out.toString();
  }
}
