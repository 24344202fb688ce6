package io.github.thaw.report;

import io.github.thaw.index.IndexMethod;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.scenario.Scenario;
import io.github.thaw.scenario.ScenarioComparison;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A briefing on one process as a single self-contained HTML file: inline SVG charts and CSS, no
 * scripts, no fonts or anything else from the network (a Content-Security-Policy says so to the
 * browser), and a print style with page breaks and no dark backgrounds. Sections, each with a
 * stable {@code id}:
 *
 * <ol>
 *   <li>{@code summary}: the index, its agreement and implementation components, its band, what
 *       changed since the previous round, caps and disagreements, and the index over time;
 *   <li>{@code timeline}: every event up to the as-of date with its cited sources;
 *   <li>{@code graph}: the dependency graph by status and what each milestone waits for;
 *   <li>{@code scenarios}: chart, table and explanations, when scenarios are given;
 *   <li>{@code forecast}: the fan chart, when a forecast is given;
 *   <li>{@code sensitivity}: the ranked Sobol indices, when an analysis is given;
 *   <li>{@code robustness}: the index's spread under varied methods, the chance it rose over the
 *       analysis's change period and each method choice's Sobol' indices, when given;
 *   <li>{@code methodology} and {@code sources}: the appendices.
 * </ol>
 *
 * Optional sections that were not supplied say so in one line rather than disappearing. All text
 * from the model is escaped. The page is also well-formed XML, so XML tools can check it. The same
 * input gives the same bytes: the report carries no generation time.
 *
 * <pre>{@code
 * HtmlReport report = HtmlReport.builder(model)
 *     .asOf(LocalDate.of(2025, 9, 12))
 *     .scenarios(TurkiyeArmenia.scenarios())
 *     .build();
 * report.writeTo(Path.of("report.html"));
 * }</pre>
 */
public final class HtmlReport {
  private final String html;
  private final List<SvgChart> charts;
  private final LocalDate asOf;

  private HtmlReport(String html, List<SvgChart> charts, LocalDate asOf) {
    this.html = html;
    this.charts = List.copyOf(charts);
    this.asOf = asOf;
  }

  /**
   * A builder for a report on a model.
   *
   * @param model the model
   * @return a new builder, with the default index method, no scenarios, no forecast and no
   *     sensitivity analysis
   * @throws IllegalArgumentException if the model has more than {@link
   *     io.github.thaw.model.Limits#MAX_REPORT_MILESTONES} milestones
   */
  public static Builder builder(ProcessModel model) {
    Objects.requireNonNull(model, "model");
    int n = model.milestones().size();
    if (n > io.github.thaw.model.Limits.MAX_REPORT_MILESTONES) {
      // Refused before any section is computed, so a huge model fails fast, not out of memory.
      throw new IllegalArgumentException(
          "model '"
              + model.name()
              + "' has "
              + n
              + " milestones; the report describes at most "
              + io.github.thaw.model.Limits.MAX_REPORT_MILESTONES
              + ": use thaw export --format dot (or json) and a graph tool");
    }
    return new Builder(model);
  }

  /**
   * The report.
   *
   * @return the whole HTML document
   */
  public String html() {
    return html;
  }

  /**
   * The charts in the report, in page order.
   *
   * @return an immutable list
   */
  public List<SvgChart> charts() {
    return charts;
  }

  /**
   * The date the report describes.
   *
   * @return the as-of date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Writes the report to a file in UTF-8, replacing it in one step ({@link
   * io.github.thaw.io.AtomicFiles}).
   *
   * @param file the file
   * @throws IOException if it cannot be written
   */
  public void writeTo(Path file) throws IOException {
    io.github.thaw.io.AtomicFiles.write(file, html);
  }

  /** Collects what goes into a report. Not thread-safe; {@link #build()} may be called again. */
  public static final class Builder {
    final ProcessModel model;
    IndexMethod method = IndexMethod.defaults();
    LocalDate asOf;
    List<Scenario> scenarios;
    ScenarioComparison comparison;
    FanChartData forecast;
    String forecastNote = "";
    SensitivityData sensitivity;
    String sensitivityNote = "";
    io.github.thaw.sensitivity.RobustnessResult robustness;
    String robustnessNote = "";
    io.github.thaw.forecast.BacktestResult backtest;
    String backtestNote = "";

    private Builder(ProcessModel model) {
      this.model = model;
    }

    /**
     * The index method.
     *
     * @param method the method; default {@link IndexMethod#defaults()}
     * @return this builder
     */
    public Builder method(IndexMethod method) {
      this.method = Objects.requireNonNull(method, "method");
      return this;
    }

    /**
     * The date the report describes.
     *
     * @param asOf the date; default the model's {@linkplain ProcessModel#referenceDate() reference
     *     date}
     * @return this builder
     */
    public Builder asOf(LocalDate asOf) {
      this.asOf = Objects.requireNonNull(asOf, "asOf");
      return this;
    }

    /**
     * Scenarios to compare with the model, at the latest date any of them or the model sets a
     * status ({@link ScenarioComparison#atLatest}), so every hypothetical event counts.
     *
     * @param scenarios the scenarios, in the order to show them; replaces any earlier comparison
     * @return this builder
     */
    public Builder scenarios(List<Scenario> scenarios) {
      this.scenarios = List.copyOf(scenarios);
      this.comparison = null;
      return this;
    }

    /**
     * A comparison made elsewhere, at a date of the caller's choice.
     *
     * @param comparison the comparison; its baseline model should be this report's model
     * @return this builder
     */
    public Builder comparison(ScenarioComparison comparison) {
      this.comparison = Objects.requireNonNull(comparison, "comparison");
      this.scenarios = null;
      return this;
    }

    /**
     * A forecast to show as a fan chart.
     *
     * @param data the percentiles and completion curves
     * @param note one or two sentences on how it was made (samples, seed, horizon); may be empty
     * @return this builder
     */
    public Builder forecast(FanChartData data, String note) {
      this.forecast = Objects.requireNonNull(data, "data");
      this.forecastNote = Objects.requireNonNull(note, "note");
      return this;
    }

    /**
     * A sensitivity analysis to show as ranked bars and a table.
     *
     * @param data the Sobol indices
     * @param note one or two sentences on how it was made (samples, seed, intervals); may be empty
     * @return this builder
     */
    public Builder sensitivity(SensitivityData data, String note) {
      this.sensitivity = Objects.requireNonNull(data, "data");
      this.sensitivityNote = Objects.requireNonNull(note, "note");
      return this;
    }

    /**
     * A robustness analysis of the index to show as percentiles, the chance of a rise and ranked
     * bars.
     *
     * @param result the analysis ({@link io.github.thaw.sensitivity.IndexRobustness})
     * @param note one or two sentences on how it was made (variants, seed); may be empty
     * @return this builder
     */
    public Builder robustness(io.github.thaw.sensitivity.RobustnessResult result, String note) {
      this.robustness = Objects.requireNonNull(result, "result");
      this.robustnessNote = Objects.requireNonNull(note, "note");
      return this;
    }

    /**
     * A backtest to show, after the forecast, as scores against the baselines and a reliability
     * table and chart (section {@code backtest}, present only when given).
     *
     * @param result the backtest ({@link io.github.thaw.forecast.Backtest})
     * @param note one or two sentences on how it was made (samples, seed); may be empty
     * @return this builder
     */
    public Builder backtest(io.github.thaw.forecast.BacktestResult result, String note) {
      this.backtest = Objects.requireNonNull(result, "result");
      this.backtestNote = Objects.requireNonNull(note, "note");
      return this;
    }

    /**
     * Computes everything and writes the page.
     *
     * @return the report; O(scenarios × (milestones + dependencies + events)) plus the charts
     * @throws IllegalStateException if no as-of date was given and the model has no events and no
     *     {@code asOf}
     * @throws io.github.thaw.model.ModelException if a scenario does not apply to the model
     */
    public HtmlReport build() {
      LocalDate date = asOf;
      if (date == null) {
        date =
            model
                .referenceDate()
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            "model '"
                                + model.name()
                                + "' has no events and no asOf: call asOf(date) on the builder"));
      }
      ScenarioComparison c =
          comparison != null
              ? comparison
              : scenarios != null && !scenarios.isEmpty()
                  ? ScenarioComparison.atLatest(model, method, scenarios)
                  : null;
      ReportWriter w = new ReportWriter(this, date, c);
      return new HtmlReport(w.write(), w.charts(), date);
    }
  }
}
