package io.github.thaw.report;

import static io.github.thaw.report.Html.escape;

import io.github.thaw.forecast.BacktestResult;
import io.github.thaw.forecast.Scoring;
import java.util.List;
import java.util.Locale;

/**
 * The report's {@code backtest} section: the scores of Thaw's rolling-origin forecasts beside the
 * baselines, the reliability table and its chart (forecast probability against observed frequency,
 * one dot per bin sized by its count, the diagonal for perfect calibration). The chart is plain SVG
 * written here, with no chart library.
 */
final class BacktestSection {
  static final String CHART_ID = "backtest-reliability";
  private static final int WIDTH = 420;
  private static final int HEIGHT = 340;
  private static final int LEFT = 64;
  private static final int TOP = 20;
  private static final int SIZE = 260;

  private BacktestSection() {}

  /** Appends the section to the page and returns its chart. */
  static SvgChart write(StringBuilder out, BacktestResult r, String note) {
    List<BacktestResult.Origin> origins = r.origins();
    out.append("<section id=\"backtest\">\n<h2>Backtest</h2>\n<p>Forecasts from ")
        .append(origins.size())
        .append(origins.size() == 1 ? " origin, " : " month-end origins, ")
        .append(origins.get(0).date())
        .append(" to ")
        .append(origins.get(origins.size() - 1).date())
        .append(", each from what had been published by then, scored ")
        .append(r.lead())
        .append(" months later: does a milestone advance, does it complete, where is the index.");
    if (!note.isEmpty()) {
      out.append(" ").append(escape(note));
    }
    out.append("</p>\n<table>\n<thead><tr><th>Forecaster</th><th class=\"num\">Brier</th>")
        .append("<th class=\"num\">Log</th><th class=\"num\">CRPS index</th></tr></thead>\n")
        .append("<tbody>\n");
    row(out, "Thaw", r.thaw());
    row(out, "Persistence (nothing changes)", r.persistence());
    row(out, "Base rate of the record", r.baseRate());
    out.append("</tbody>\n</table>\n<p class=\"headline\">")
        .append(escape(r.evidence()))
        .append("</p>\n<table>\n<thead><tr><th>Forecast probability</th>")
        .append("<th class=\"num\">Mean forecast</th><th class=\"num\">Observed</th>")
        .append("<th class=\"num\">Events</th></tr></thead>\n<tbody>\n");
    for (BacktestResult.ReliabilityBin b : r.reliability()) {
      out.append("<tr><td>")
          .append(String.format(Locale.ROOT, "%.1f–%.1f", b.low(), b.high()))
          .append("</td><td class=\"num\">")
          .append(String.format(Locale.ROOT, "%.3f", b.predicted()))
          .append("</td><td class=\"num\">")
          .append(String.format(Locale.ROOT, "%.3f", b.observed()))
          .append("</td><td class=\"num\">")
          .append(b.count())
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
    SvgChart chart = chart(r);
    out.append("<figure id=\"figure-")
        .append(chart.id())
        .append("\">\n")
        .append(chart.svg())
        .append("\n<figcaption>")
        .append(
            escape(
                "Reliability: each dot is a bin of Thaw's probabilities, at its mean forecast and"
                    + " the share of its events that happened, its area proportional to the"
                    + " events in it; calibrated forecasts lie on the diagonal. Log scores clip"
                    + " probabilities at "
                    + Scoring.LOG_EPSILON
                    + "."))
        .append("</figcaption>\n</figure>\n</section>\n");
    return chart;
  }

  private static void row(StringBuilder out, String name, BacktestResult.Score s) {
    out.append("<tr><td>")
        .append(escape(name))
        .append("</td><td class=\"num\">")
        .append(String.format(Locale.ROOT, "%.4f", s.brier()))
        .append("</td><td class=\"num\">")
        .append(String.format(Locale.ROOT, "%.4f", s.log()))
        .append("</td><td class=\"num\">")
        .append(
            s.crps().isPresent()
                ? String.format(Locale.ROOT, "%.2f", s.crps().getAsDouble())
                : "not forecast")
        .append("</td></tr>\n");
  }

  /** The reliability diagram as a standalone SVG element. */
  static SvgChart chart(BacktestResult r) {
    String id = CHART_ID;
    String title = "Backtest reliability: forecast probability against what happened";
    String desc =
        "Reliability of "
            + r.outcomes().size()
            + " scored events in "
            + r.reliability().size()
            + " probability bins; the diagonal marks perfect calibration.";
    StringBuilder s = new StringBuilder();
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"")
        .append(id)
        .append("\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(HEIGHT)
        .append("\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" role=\"img\" aria-labelledby=\"")
        .append(id)
        .append("-title ")
        .append(id)
        .append("-desc\"><title id=\"")
        .append(id)
        .append("-title\">")
        .append(escape(title))
        .append("</title><desc id=\"")
        .append(id)
        .append("-desc\">")
        .append(escape(desc))
        .append("</desc>")
        .append("<g font-family=\"")
        .append(SvgCanvas.FONT_FAMILY.replace('"', '\''))
        .append("\" font-size=\"12\" fill=\"#374151\">");
    s.append("<rect x=\"")
        .append(LEFT)
        .append("\" y=\"")
        .append(TOP)
        .append("\" width=\"")
        .append(SIZE)
        .append("\" height=\"")
        .append(SIZE)
        .append("\" fill=\"none\" stroke=\"#9ca3af\"/>");
    s.append("<line id=\"")
        .append(id)
        .append("-diagonal\" x1=\"")
        .append(x(0))
        .append("\" y1=\"")
        .append(y(0))
        .append("\" x2=\"")
        .append(x(1))
        .append("\" y2=\"")
        .append(y(1))
        .append("\" stroke=\"#9ca3af\" stroke-dasharray=\"4 4\"/>");
    for (double t = 0; t <= 1.0001; t += 0.5) {
      String label = String.format(Locale.ROOT, "%.1f", t);
      s.append("<text x=\"")
          .append(x(t))
          .append("\" y=\"")
          .append(TOP + SIZE + 16)
          .append("\" text-anchor=\"middle\">")
          .append(label)
          .append("</text><text x=\"")
          .append(LEFT - 6)
          .append("\" y=\"")
          .append(SvgCanvas.number(Double.parseDouble(y(t)) + 4))
          .append("\" text-anchor=\"end\">")
          .append(label)
          .append("</text>");
    }
    s.append("<text x=\"")
        .append(LEFT + SIZE / 2)
        .append("\" y=\"")
        .append(TOP + SIZE + 36)
        .append("\" text-anchor=\"middle\">Forecast probability (bin mean)</text>")
        .append("<text transform=\"translate(18 ")
        .append(TOP + SIZE / 2)
        .append(") rotate(-90)\" text-anchor=\"middle\">Observed frequency</text>");
    long most =
        r.reliability().stream().mapToLong(BacktestResult.ReliabilityBin::count).max().orElse(1);
    int k = 0;
    for (BacktestResult.ReliabilityBin b : r.reliability()) {
      double radius = 3 + 9 * Math.sqrt((double) b.count() / most);
      s.append("<circle id=\"")
          .append(id)
          .append("-bin-")
          .append(k++)
          .append("\" cx=\"")
          .append(x(b.predicted()))
          .append("\" cy=\"")
          .append(y(b.observed()))
          .append("\" r=\"")
          .append(SvgCanvas.number(radius))
          .append("\" fill=\"#2563eb\" fill-opacity=\"0.6\" stroke=\"#1e3a8a\"><title>")
          .append(
              String.format(
                  Locale.ROOT,
                  "forecast %.3f, observed %.3f, %d events",
                  b.predicted(),
                  b.observed(),
                  b.count()))
          .append("</title></circle>");
    }
    s.append("</g></svg>");
    return new SvgChart(id, title, s.toString());
  }

  private static String x(double p) {
    return SvgCanvas.number(LEFT + SIZE * p);
  }

  private static String y(double p) {
    return SvgCanvas.number(TOP + SIZE * (1 - p));
  }
}
