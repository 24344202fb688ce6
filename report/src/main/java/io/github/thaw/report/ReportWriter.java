package io.github.thaw.report;

import static io.github.thaw.report.Html.escape;

import io.github.thaw.index.Band;
import io.github.thaw.index.Gating;
import io.github.thaw.index.GatingFinding;
import io.github.thaw.index.IndexMethod;
import io.github.thaw.index.IndexResult;
import io.github.thaw.index.ProgressIndex;
import io.github.thaw.index.Trajectory;
import io.github.thaw.index.TrajectoryPoint;
import io.github.thaw.model.Citation;
import io.github.thaw.model.Dimension;
import io.github.thaw.model.Event;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.MilestoneState;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.ProcessState;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import io.github.thaw.scenario.ScenarioComparison;
import io.github.thaw.scenario.ScenarioOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes the sections of an {@link HtmlReport}. One instance per report. */
final class ReportWriter {
  private static final int LIST_LIMIT = 10;

  private final ProcessModel model;
  private final IndexMethod method;
  private final LocalDate asOf;
  private final ScenarioComparison comparison;
  private final HtmlReport.Builder in;
  private final ProgressIndex index;
  private final IndexResult result;
  private final StringBuilder out = new StringBuilder(200_000);
  private final List<SvgChart> charts = new ArrayList<>();

  ReportWriter(HtmlReport.Builder in, LocalDate asOf, ScenarioComparison comparison) {
    this.in = in;
    this.model = in.model;
    this.method = in.method;
    this.asOf = asOf;
    this.comparison = comparison;
    this.index = method.prepare(model);
    this.result = index.at(asOf);
  }

  List<SvgChart> charts() {
    return charts;
  }

  String write() {
    head();
    summary();
    timeline();
    graph();
    scenarios();
    forecast();
    if (in.backtest != null) {
      charts.add(BacktestSection.write(out, in.backtest, in.backtestNote));
    }
    sensitivity();
    robustness();
    methodology();
    sources();
    out.append("<footer>")
        .append(escape(SvgCanvas.sourceLine(model)))
        .append(
            ". Made with Thaw; every figure in this report can be recomputed from the model file.")
        .append("</footer>\n</body>\n</html>\n");
    return out.toString();
  }

  private void head() {
    String title = model.name() + ": progress report as of " + asOf;
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")
        .append(" style-src 'unsafe-inline'; img-src data:\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>")
        .append(escape(title))
        .append("</title>\n<style>\n")
        .append(css())
        .append("</style>\n</head>\n<body>\n<header>\n<h1>")
        .append(escape(model.name()))
        .append(": progress report</h1>\n<p class=\"meta\">As of ")
        .append(asOf)
        .append(" · ")
        .append(count(model.milestones().size(), "milestone"))
        .append(" in ")
        .append(count(model.dimensions().size(), "dimension"))
        .append(" · ")
        .append(count(model.events().size(), "event"))
        .append(" · ")
        .append(count(model.sources().size(), "source"))
        .append("</p>\n</header>\n<nav class=\"toc\" aria-label=\"Contents\"><ol>\n");
    String[][] toc = {
      {"summary", "Summary"},
      {"timeline", "Timeline of events"},
      {"graph", "Dependency graph"},
      {"scenarios", "Scenarios"},
      {"forecast", "Forecast"},
      {"backtest", "Backtest"},
      {"sensitivity", "Sensitivity"},
      {"robustness", "Robustness to method choices"},
      {"methodology", "Appendix A: Methodology"},
      {"sources", "Appendix B: Sources"}
    };
    for (String[] t : toc) {
      if (t[0].equals("backtest") && in.backtest == null) {
        continue; // shown only when a backtest was supplied
      }
      out.append("<li><a href=\"#").append(t[0]).append("\">").append(t[1]).append("</a></li>\n");
    }
    out.append("</ol></nav>\n");
  }

  private static String css() {
    try (InputStream css = ReportWriter.class.getResourceAsStream("report.css")) {
      if (css == null) {
        throw new IllegalStateException("the report style sheet report.css is missing");
      }
      return new String(css.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // --- Summary ------------------------------------------------------------------------------

  private void summary() {
    section("summary", "Summary");
    Band band = result.band();
    out.append("<p class=\"headline\">Normalization-progress index: <span class=\"value\">")
        .append(ChartStyle.oneDecimal(band.value()))
        .append("</span> out of 100");
    if (band.isDisputed()) {
      out.append(", within a band of ")
          .append(ChartStyle.oneDecimal(band.low()))
          .append("–")
          .append(ChartStyle.oneDecimal(band.high()))
          .append(" because sources disagree");
    } else {
      out.append("; no disagreement between sources moves it");
    }
    out.append(".</p>\n");
    out.append("<p class=\"components\">Components: agreement <span class=\"value\">")
        .append(ChartStyle.oneDecimal(result.agreement()))
        .append("</span> (share of the weight agreed or beyond), implementation")
        .append(" <span class=\"value\">")
        .append(ChartStyle.oneDecimal(result.implementation()))
        .append("</span> (Peace Accords Matrix scores: nothing until work begins).</p>\n");
    changes();

    if (!result.dimensions().isEmpty()) {
      out.append("<h3>By dimension</h3>\n<table>\n<thead><tr><th>Dimension</th>")
          .append("<th class=\"num\">Value</th><th class=\"num\">Band</th>")
          .append("<th class=\"num\">Milestones</th></tr></thead>\n<tbody>\n");
      for (Map.Entry<String, Band> e : result.dimensionBands().entrySet()) {
        Dimension d = model.dimension(e.getKey());
        long n = model.milestones().stream().filter(m -> m.dimension().equals(d.id())).count();
        out.append("<tr><td>")
            .append(escape(d.name()))
            .append("</td><td class=\"num\">")
            .append(ChartStyle.oneDecimal(e.getValue().value()))
            .append("</td><td class=\"num\">")
            .append(bandText(e.getValue()))
            .append("</td><td class=\"num\">")
            .append(n)
            .append("</td></tr>\n");
      }
      out.append("</tbody>\n</table>\n");
    }

    List<GatingFinding> findings = result.findings();
    out.append("<h3>Held back by hard prerequisites</h3>\n");
    if (method.gating() == Gating.NONE) {
      out.append(
          "<p>Gating is off in this method: prerequisites do not cap their dependents.</p>\n");
    } else if (findings.isEmpty()) {
      out.append("<p>No milestone is reported further along than its prerequisites allow.</p>\n");
    } else {
      // Only the findings shown are described: each names its chain of prerequisites, so
      // describing all of a long chain's findings would take time quadratic in its length.
      List<String> shown =
          findings.subList(0, Math.min(LIST_LIMIT, findings.size())).stream()
              .map(GatingFinding::describe)
              .toList();
      out.append("<ul>\n");
      shown.forEach(d -> out.append("<li>").append(escape(d)).append("</li>\n"));
      more(findings.size());
      out.append("</ul>\n");
    }

    List<MilestoneState> disputed = result.disputed();
    out.append("<h3>Where sources disagree</h3>\n");
    if (disputed.isEmpty()) {
      out.append("<p>No sources disagree about any milestone at this date.</p>\n");
    } else {
      out.append("<ul>\n");
      for (int i = 0; i < Math.min(LIST_LIMIT, disputed.size()); i++) {
        MilestoneState s = disputed.get(i);
        out.append("<li><b>")
            .append(escape(name(s.milestone())))
            .append("</b>: counted as ")
            .append(status(s.status()))
            .append(" (")
            .append(method.readingRule().phrase())
            .append("); live readings range from ")
            .append(status(s.low()))
            .append(" to ")
            .append(status(s.high()))
            .append(".");
        cites(s.readings().stream().flatMap(e -> e.sources().stream()).distinct().toList());
        out.append("</li>\n");
      }
      more(disputed.size());
      out.append("</ul>\n");
    }

    out.append("<h3>Index over time</h3>\n");
    figure(
        Charts.trajectory(index, asOf),
        "Each step is a date when status events took effect; the shaded band spans the most"
            + " conservative to the most optimistic reading where sources disagree.");
    out.append("</section>\n");
  }

  /** The last trajectory step with status events: what moved the index, and the context. */
  private void changes() {
    out.append("<h3>What changed since the previous round</h3>\n");
    Trajectory t = index.trajectory(TrajectoryChart.start(model, asOf), asOf);
    List<TrajectoryPoint> points = t.points();
    int last = -1;
    for (int i = points.size() - 1; i >= 0; i--) {
      if (points.get(i).hasEvents()) {
        last = i;
        break;
      }
    }
    if (last < 0) {
      out.append("<p>No status event has taken effect by ").append(asOf).append(".</p>\n");
      return;
    }
    TrajectoryPoint p = points.get(last);
    double before = p.value() - p.delta();
    LocalDate previous = last > 0 ? points.get(last - 1).date() : null;
    out.append("<p>On ")
        .append(p.date())
        .append(" the index moved <span class=\"")
        .append(deltaClass(p.delta()))
        .append("\">")
        .append(ChartStyle.signed(p.delta()))
        .append(" points</span>, from ")
        .append(ChartStyle.oneDecimal(before))
        .append(previous == null ? "" : " (as of " + previous + ")")
        .append(" to ")
        .append(ChartStyle.oneDecimal(p.value()))
        .append(", as ")
        .append(count(p.events().size(), "status event"))
        .append(" took effect:</p>\n<ul>\n");
    for (Event e : p.events()) {
      out.append("<li>");
      eventText(e);
      out.append("</li>\n");
    }
    out.append("</ul>\n");
    List<Event> context = new ArrayList<>();
    for (Event e : model.contextEvents()) {
      LocalDate d = e.date().effectiveDate();
      if ((previous == null || d.isAfter(previous)) && !d.isAfter(p.date())) {
        context.add(e);
      }
    }
    if (!context.isEmpty()) {
      out.append("<p>Context in the same period:</p>\n<ul>\n");
      for (Event e : context) {
        out.append("<li>");
        eventText(e);
        out.append("</li>\n");
      }
      out.append("</ul>\n");
    }
  }

  private void eventText(Event e) {
    if (!e.isContext()) {
      out.append("<b>")
          .append(escape(name(e.milestone().orElseThrow())))
          .append("</b> → ")
          .append(status(e.status().orElseThrow()))
          .append(" (")
          .append(escape(e.date().toString()))
          .append(")");
    } else {
      out.append("<span class=\"context\">").append(escape(e.date().toString())).append("</span>");
    }
    if (!e.note().isEmpty()) {
      out.append(": ").append(escape(e.note()));
    }
    cites(e.sources());
  }

  // --- Timeline -----------------------------------------------------------------------------

  private void timeline() {
    section("timeline", "Timeline of events");
    List<Event> events = new ArrayList<>();
    int later = 0;
    for (Event e : model.events()) {
      if (e.date().effectiveDate().isAfter(asOf)) {
        later++;
      } else {
        events.add(e);
      }
    }
    // Stable: events of the same date keep the model's order.
    events.sort(Comparator.comparing(Event::date));
    out.append("<p>Every event up to ")
        .append(asOf)
        .append(", oldest first, with the sources it rests on. An event known only to a month or")
        .append(" year counts from the end of that period. Context events (meetings, summits)")
        .append(" are shown but never scored. ¶N is the paragraph of a source that supports")
        .append(" the claim, counted over the document's non-empty lines.</p>\n");
    if (later > 0) {
      out.append("<p class=\"note\">")
          .append(count(later, "later event"))
          .append(" after ")
          .append(asOf)
          .append(later == 1 ? " is" : " are")
          .append(" not shown.</p>\n");
    }
    out.append("<table class=\"timeline\">\n<thead><tr><th>Date</th><th>Milestone</th>")
        .append("<th>What happened, and the sources that report it</th></tr></thead>\n<tbody>\n");
    for (Event e : events) {
      out.append("<tr><td class=\"date\">").append(escape(e.date().toString())).append("</td><td>");
      if (e.isContext()) {
        out.append("<span class=\"context\">context</span>");
      } else {
        out.append(escape(name(e.milestone().orElseThrow())))
            .append(" → ")
            .append(status(e.status().orElseThrow()));
      }
      out.append("</td><td>");
      if (!e.note().isEmpty()) {
        out.append("<p class=\"what\">").append(escape(e.note())).append("</p>");
      }
      sourceList(e.citations());
      out.append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private void sourceList(List<Citation> citations) {
    out.append("<ul class=\"cites\">");
    for (Citation c : citations) {
      out.append("<li>");
      sourceText(c);
      out.append("</li>");
    }
    out.append("</ul>");
  }

  private void sourceText(Citation c) {
    String id = c.source();
    Source s = findSource(id);
    out.append("<b>").append(escape(id)).append("</b>");
    if (c.paragraph().isPresent()) {
      out.append(" <span class=\"para\">¶").append(c.paragraph().getAsInt()).append("</span>");
    }
    if (s == null) {
      return;
    }
    if (!s.outlet().isEmpty()) {
      out.append(" ").append(escape(s.outlet()));
    }
    if (!s.title().isEmpty()) {
      out.append(", “").append(escape(s.title())).append("”");
    }
    if (s.published() != null) {
      out.append(" (").append(escape(s.published().toString())).append(")");
    }
    if (!s.locator().isEmpty()) {
      out.append(" <code>").append(escape(s.locator())).append("</code>");
    }
  }

  private Source findSource(String id) {
    for (Source s : model.sources()) {
      if (s.id().equals(id)) {
        return s;
      }
    }
    return null;
  }

  /** A short citation after a sentence: {@code [s001: outlet, “title”]}. */
  private void cites(List<String> ids) {
    if (ids.isEmpty()) {
      return;
    }
    out.append(" <span class=\"cite\">[");
    for (int i = 0; i < ids.size(); i++) {
      Source s = findSource(ids.get(i));
      out.append(i == 0 ? "" : "; ").append(escape(ids.get(i)));
      if (s != null && !s.outlet().isEmpty()) {
        out.append(": ").append(escape(s.outlet()));
      }
    }
    out.append("]</span>");
  }

  // --- Graph --------------------------------------------------------------------------------

  private void graph() {
    section("graph", "Dependency graph");
    out.append("<p>Milestones in layers from left to right: a milestone's column is the length")
        .append(" of the longest chain of prerequisites before it. Solid arrows are hard")
        .append(" dependencies (the dependent cannot count further than its prerequisite),")
        .append(" dashed arrows soft ones (they change likelihood, never cap). Red arrows and")
        .append(" outlines mark where a milestone is reported further along than its")
        .append(" prerequisites allow.</p>\n");
    if (model.milestones().size() > io.github.thaw.model.Limits.MAX_GRAPH_MILESTONES) {
      out.append("<p>Not drawn: ")
          .append(Html.escape(Charts.tooLargeToDraw(model)))
          .append(".</p>\n");
    } else {
      figure(
          Charts.graph(model, asOf),
          "Fill colour: reported status as of "
              + asOf
              + ". A name cut short with … is given in full in the table below.");
    }
    ProcessState state = model.stateAt(asOf);
    Map<MilestoneId, Status> counted = GraphExport.counted(model, state);
    out.append("<h3>What each milestone waits for</h3>\n<table>\n<thead><tr><th>Milestone</th>")
        .append("<th>Dimension</th><th>Reported</th><th>Counts as</th>")
        .append("<th>Waits for (hard prerequisites not completed)</th></tr></thead>\n<tbody>\n");
    for (Milestone m : model.milestones()) {
      List<String> waits = new ArrayList<>();
      for (MilestoneId p : m.requires()) {
        if (counted.get(p) != Status.COMPLETED) {
          waits.add(name(p) + " (" + words(counted.get(p)) + ")");
        }
      }
      out.append("<tr><td>")
          .append(escape(m.name()))
          .append(" <code>")
          .append(escape(m.id().value()))
          .append("</code></td><td>")
          .append(escape(model.dimension(m.dimension()).name()))
          .append("</td><td>")
          .append(status(state.of(m.id()).status()))
          .append("</td><td>")
          .append(status(counted.get(m.id())))
          .append("</td><td>")
          .append(waits.isEmpty() ? "—" : escape(String.join("; ", waits)))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  // --- Scenarios ----------------------------------------------------------------------------

  private void scenarios() {
    section("scenarios", "Scenarios");
    if (comparison == null) {
      notComputed(
          "No scenarios were given for this report. Scenario files describe what-if changes"
              + " (a status reached on a date, a dependency added or dropped, a freeze); pass"
              + " them to the report to compare them with the baseline here.");
      out.append("</section>\n");
      return;
    }
    IndexResult base = comparison.baseline();
    out.append("<p>Each scenario changes a copy of the model; all are compared with the baseline")
        .append(" as of ")
        .append(comparison.date())
        .append(", the latest date any of them sets a status, so every hypothetical event")
        .append(" counts. The baseline stands at ")
        .append(ChartStyle.oneDecimal(base.value()))
        .append(" then.</p>\n");
    figure(
        Charts.scenarios(comparison),
        "Bar: the scenario's index; label: value and change against the baseline in points.");
    out.append("<table>\n<thead><tr><th>Scenario</th><th>What it assumes</th>")
        .append("<th class=\"num\">Index</th><th class=\"num\">Band</th>")
        .append("<th class=\"num\">Change</th><th>Unblocks</th></tr></thead>\n<tbody>\n");
    for (ScenarioOutcome o : comparison.outcomes()) {
      out.append("<tr><td><b>")
          .append(escape(o.name()))
          .append("</b></td><td>")
          .append(escape(o.scenario().description()))
          .append("</td><td class=\"num\">")
          .append(ChartStyle.oneDecimal(o.result().value()))
          .append("</td><td class=\"num\">")
          .append(bandText(o.result().band()))
          .append("</td><td class=\"num\"><span class=\"")
          .append(deltaClass(o.delta()))
          .append("\">")
          .append(ChartStyle.signed(o.delta()))
          .append("</span></td><td>")
          .append(
              o.unblocked().isEmpty()
                  ? "—"
                  : escape(String.join(", ", o.unblocked().stream().map(this::name).toList())))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n<h3>Why each scenario moves the index</h3>\n");
    for (ScenarioOutcome o : comparison.outcomes()) {
      out.append("<h4>").append(escape(o.name())).append("</h4>\n");
      list(o.explain().lines().toList());
    }
    out.append("</section>\n");
  }

  // --- Forecast and sensitivity -------------------------------------------------------------

  private void forecast() {
    section("forecast", "Forecast");
    FanChartData f = in.forecast;
    if (f == null) {
      notComputed(
          "Not computed: no forecast was supplied to this report. A Monte Carlo forecast of"
              + " transition times gives the index's likely range (P10–P90) and each"
              + " milestone's chance of completion by a date.");
      out.append("</section>\n");
      return;
    }
    if (!in.forecastNote.isEmpty()) {
      out.append("<p>").append(escape(in.forecastNote)).append("</p>\n");
    }
    figure(
        Charts.forecast(model, asOf, f),
        "Above: the index's median and its 10th–90th percentile band. Below: the chance that each"
            + " milestone is completed by each date.");
    int end = f.dates().size() - 1;
    out.append("<table>\n<thead><tr><th>By ")
        .append(f.dates().get(end))
        .append("</th><th class=\"num\">P10</th><th class=\"num\">Median</th>")
        .append("<th class=\"num\">P90</th></tr></thead>\n<tbody>\n<tr><td>Index</td>")
        .append("<td class=\"num\">")
        .append(ChartStyle.oneDecimal(f.p10()[end]))
        .append("</td><td class=\"num\">")
        .append(ChartStyle.oneDecimal(f.p50()[end]))
        .append("</td><td class=\"num\">")
        .append(ChartStyle.oneDecimal(f.p90()[end]))
        .append("</td></tr>\n</tbody>\n</table>\n");
    if (!f.completionCurves().isEmpty()) {
      out.append("<table>\n<thead><tr><th>Milestone</th><th class=\"num\">P(COMPLETED by ")
          .append(f.dates().get(end))
          .append(")</th></tr></thead>\n<tbody>\n");
      f.completionCurves()
          .forEach(
              (id, p) ->
                  out.append("<tr><td>")
                      .append(escape(FanChart.label(model, id)))
                      .append("</td><td class=\"num\">")
                      .append(ChartStyle.oneDecimal(100 * p[end]))
                      .append("%</td></tr>\n"));
      out.append("</tbody>\n</table>\n");
    }
    out.append("</section>\n");
  }

  private void sensitivity() {
    section("sensitivity", "Sensitivity");
    SensitivityData s = in.sensitivity;
    if (s == null) {
      notComputed(
          "Not computed: no sensitivity analysis was supplied to this report. A Sobol analysis"
              + " ranks the assumptions (weights, scores, transition times) by the share of the"
              + " result's variance each one explains.");
      out.append("</section>\n");
      return;
    }
    out.append("<p>Output analysed: ").append(escape(s.output())).append(".");
    if (!in.sensitivityNote.isEmpty()) {
      out.append(" ").append(escape(in.sensitivityNote));
    }
    out.append("</p>\n");
    figure(
        Charts.sensitivity(model, asOf, s),
        "First-order index: the share of variance an input explains alone; total index: alone"
            + " and through its interactions. Whiskers: confidence intervals.");
    double[] first = s.first();
    double[] firstLow = s.firstLow();
    double[] firstHigh = s.firstHigh();
    double[] total = s.total();
    double[] totalLow = s.totalLow();
    double[] totalHigh = s.totalHigh();
    out.append("<table>\n<thead><tr><th class=\"num\">Rank</th><th>Input</th>")
        .append("<th class=\"num\">Total index</th><th class=\"num\">First-order index</th>")
        .append("</tr></thead>\n<tbody>\n");
    int rank = 1;
    for (int i : s.ranking()) {
      out.append("<tr><td class=\"num\">")
          .append(rank++)
          .append("</td><td>")
          .append(escape(s.names().get(i)))
          .append("</td><td class=\"num\">")
          .append(interval(total[i], totalLow[i], totalHigh[i]))
          .append("</td><td class=\"num\">")
          .append(interval(first[i], firstLow[i], firstHigh[i]))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private void robustness() {
    section("robustness", "Robustness to method choices");
    io.github.thaw.sensitivity.RobustnessResult r = in.robustness;
    if (r == null) {
      notComputed(
          "Not computed: no robustness analysis was supplied to this report. It varies the"
              + " method choices (scores, weights, aggregation, gating, reading and date rules)"
              + " jointly and reports the spread of the index.");
      out.append("</section>\n");
      return;
    }
    io.github.thaw.sensitivity.RobustnessResult.Spread v = r.value();
    io.github.thaw.sensitivity.RobustnessResult.Change c = r.change();
    out.append("<p>The index as of ")
        .append(r.asOf())
        .append(" over ")
        .append(2 * r.variants())
        .append(" method variants.");
    if (!in.robustnessNote.isEmpty()) {
      out.append(" ").append(escape(in.robustnessNote));
    }
    out.append("</p>\n<table>\n<thead><tr><th>Quantity</th><th class=\"num\">P5</th>")
        .append("<th class=\"num\">Median</th><th class=\"num\">P95</th>")
        .append("<th class=\"num\">Min</th><th class=\"num\">Max</th></tr></thead>\n<tbody>\n")
        .append("<tr><td>Value</td>");
    for (double d : new double[] {v.p5(), v.p50(), v.p95(), v.min(), v.max()}) {
      out.append("<td class=\"num\">").append(ChartStyle.oneDecimal(d)).append("</td>");
    }
    out.append("</tr>\n<tr><td>Change from ")
        .append(c.from())
        .append(" to ")
        .append(c.to())
        .append("</td>");
    for (double d : new double[] {c.p5(), c.p50(), c.p95()}) {
      out.append("<td class=\"num\">")
          .append(String.format(Locale.ROOT, "%+.1f", d))
          .append("</td>");
    }
    out.append("<td></td><td></td></tr>\n</tbody>\n</table>\n")
        .append("<p class=\"headline\">The index rose from ")
        .append(c.from())
        .append(" to ")
        .append(c.to())
        .append(" under <span class=\"value\">")
        .append(String.format(Locale.ROOT, "%.0f%%", 100 * c.pRise()))
        .append("</span> of the method variants.</p>\n");
    figure(
        Charts.robustness(model, r),
        "Total index: the share of the value's variance over method variants a choice explains"
            + " alone and through its interactions; first-order: alone.");
    out.append("</section>\n");
  }

  private static String interval(double v, double low, double high) {
    String text = String.format(Locale.ROOT, "%.3f", v);
    return Double.isNaN(low) || Double.isNaN(high)
        ? text
        : text + String.format(Locale.ROOT, " [%.3f, %.3f]", low, high);
  }

  // --- Appendices ---------------------------------------------------------------------------

  private void methodology() {
    out.append(
            "<section id=\"methodology\" class=\"appendix\">\n<h2>Appendix A: Methodology</h2>\n")
        .append("<p><b>Index method.</b> ")
        .append(escape(capitalise(method.describe())))
        .append(".</p>\n<h3>Key rules</h3>\n<ul>\n")
        .append("<li>Statuses form an ordinal scale: not started, agreed (announced, not in")
        .append(" force), in progress (technical work or partial implementation), completed (in")
        .append(
            " force). It mirrors the Peace Accords Matrix 0–3 coding. A status can go down.</li>\n")
        .append("<li>Every event is dated and cites at least one source. An event known only to")
        .append(" a month or a year counts from the end of that month or year.</li>\n")
        .append("<li>Each milestone counts at the ")
        .append(method.readingRule().phrase())
        .append("; when reports share a date, the")
        .append(" most conservative one. Disagreeing sources are both kept: an earlier claim stays")
        .append(" live until a report more than ")
        .append(ProcessModel.DEFAULT_DISPUTE_WINDOW_DAYS)
        .append(" days later confirms or supersedes it, and the band re-evaluates the index with")
        .append(" every milestone at its most conservative, then most optimistic, live")
        .append(" reading.</li>\n");
    out.append(
        method.gating() == Gating.CAP_BY_PREREQUISITES
            ? "<li>Hard dependencies (<i>requires</i>) gate: a milestone counts no further than"
                + " its least-advanced hard prerequisite, and caps pass down chains. Soft"
                + " dependencies (<i>influenced by</i>) never cap.</li>\n"
            : "<li>This method does not gate: every milestone counts at its own reading, whatever"
                + " its prerequisites.</li>\n");
    out.append("<li>Scenarios are applied in order to a copy of the model and compared with the")
        .append(" unchanged baseline at one date; nothing in the baseline is modified.</li>\n")
        .append("<li>Charts are drawn from the same numbers as the tables; the report is")
        .append(" self-contained and loads nothing from the network.</li>\n</ul>\n")
        .append("<h3>The index as of ")
        .append(asOf)
        .append(", explained</h3>\n<pre>")
        .append(escape(result.explain()))
        .append("</pre>\n</section>\n");
  }

  private void sources() {
    out.append("<section id=\"sources\" class=\"appendix\">\n<h2>Appendix B: Sources</h2>\n");
    if (model.sources().isEmpty()) {
      out.append("<p>The model lists no sources.</p>\n</section>\n");
      return;
    }
    out.append("<table>\n<thead><tr><th>Id</th><th>Outlet</th><th>Title</th>")
        .append("<th>Published</th><th>Locator</th></tr></thead>\n<tbody>\n");
    for (Source s : model.sources()) {
      out.append("<tr><td><b>")
          .append(escape(s.id()))
          .append("</b></td><td>")
          .append(escape(s.outlet()))
          .append("</td><td>")
          .append(escape(s.title()))
          .append("</td><td class=\"date\">")
          .append(s.published() == null ? "" : escape(s.published().toString()))
          .append("</td><td><code>")
          .append(escape(s.locator()))
          .append("</code></td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  // --- Pieces -------------------------------------------------------------------------------

  private void section(String id, String title) {
    out.append("<section id=\"")
        .append(id)
        .append("\">\n<h2>")
        .append(escape(title))
        .append("</h2>\n");
  }

  private void figure(SvgChart chart, String caption) {
    charts.add(chart);
    out.append("<figure id=\"figure-")
        .append(chart.id())
        .append("\">\n")
        .append(chart.svg())
        .append("\n<figcaption>")
        .append(escape(caption))
        .append("</figcaption>\n</figure>\n");
  }

  private void notComputed(String text) {
    out.append("<p class=\"not-computed\">").append(escape(text)).append("</p>\n");
  }

  private void list(List<String> items) {
    out.append("<ul>\n");
    for (int i = 0; i < Math.min(LIST_LIMIT, items.size()); i++) {
      out.append("<li>").append(escape(items.get(i))).append("</li>\n");
    }
    more(items.size());
    out.append("</ul>\n");
  }

  private void more(int total) {
    if (total > LIST_LIMIT) {
      out.append("<li>… and ").append(total - LIST_LIMIT).append(" more</li>\n");
    }
  }

  private String name(MilestoneId id) {
    return model.findMilestone(id).map(Milestone::name).orElse(id.value());
  }

  private static String status(Status s) {
    return "<span class=\"status\">" + words(s) + "</span>";
  }

  private static String words(Status s) {
    return GraphChart.words(s);
  }

  private static String bandText(Band b) {
    return b.isDisputed()
        ? ChartStyle.oneDecimal(b.low()) + "–" + ChartStyle.oneDecimal(b.high())
        : "—";
  }

  /** The style of a change in points, from how it reads: none for a change shown as +0.0. */
  private static String deltaClass(double delta) {
    String shown = ChartStyle.signed(delta);
    return shown.equals("+0.0") ? "" : shown.startsWith("-") ? "delta-down" : "delta-up";
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
