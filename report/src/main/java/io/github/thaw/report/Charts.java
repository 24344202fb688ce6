package io.github.thaw.report;

import io.github.thaw.index.ProgressIndex;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.scenario.ScenarioComparison;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Charts of a process as SVG, ready for a briefing or a web page: the index over time, scenarios
 * side by side, a forecast fan, sensitivity bars and the dependency graph in layers. Every chart
 * has a title, axis labels with units, the as-of date and a source line naming the model and how
 * many sources it rests on. The same input gives the same bytes, given the same fonts for measuring
 * text (Java's logical {@code SansSerif}).
 *
 * <pre>{@code
 * ProgressIndex index = IndexMethod.defaults().prepare(model);
 * Charts.trajectory(index, LocalDate.of(2025, 9, 12)).writeTo(Path.of("trajectory.svg"));
 * Charts.graph(model, LocalDate.of(2025, 9, 12)).writeTo(Path.of("graph.svg"));
 * }</pre>
 *
 * <p>Drawing needs no display; a JVM started with {@code -Djava.awt.headless=true} draws the same.
 */
public final class Charts {
  private Charts() {}

  /**
   * The index over time: a step line from the first of January of the first status event's year to
   * {@code asOf}, inside the band where sources disagree, with a numbered marker at each date when
   * status events took effect and a key naming them. Chart id {@code index-trajectory}.
   *
   * @param index the index, prepared for a model
   * @param asOf the last date
   * @return the chart; O(milestones + dependencies + events · log events)
   */
  public static SvgChart trajectory(ProgressIndex index, LocalDate asOf) {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(asOf, "asOf");
    return TrajectoryChart.draw(index, asOf);
  }

  /**
   * Scenarios side by side: a bar per scenario with its value and change against the baseline
   * (green up, red down), and the baseline as a dashed line. Chart id {@code scenario-comparison}.
   *
   * @param comparison the comparison
   * @return the chart
   */
  public static SvgChart scenarios(ScenarioComparison comparison) {
    Objects.requireNonNull(comparison, "comparison");
    return ScenarioChart.draw(comparison);
  }

  /**
   * A forecast fan: the index's P10–P90 band and median above, and below it the probability that
   * each chosen milestone is completed by each date. Chart id {@code forecast-fan}.
   *
   * @param model the model the forecast is of, for the source line and milestone names
   * @param asOf the date the forecast starts from
   * @param data the forecast's percentiles and completion curves
   * @return the chart
   */
  public static SvgChart forecast(ProcessModel model, LocalDate asOf, FanChartData data) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(data, "data");
    return FanChart.draw(model, asOf, data);
  }

  /**
   * Sensitivity bars: the first-order and total Sobol index of each input with their confidence
   * intervals, ranked from the largest total index down. Chart id {@code sensitivity-bars}.
   *
   * @param model the model analysed, for the source line
   * @param asOf the date of the analysis
   * @param data the indices
   * @return the chart
   */
  public static SvgChart sensitivity(ProcessModel model, LocalDate asOf, SensitivityData data) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(data, "data");
    return SensitivityChart.draw(model, asOf, data);
  }

  /**
   * Robustness bars: the first-order and total Sobol' index of each method choice varied by {@link
   * io.github.thaw.sensitivity.IndexRobustness}, ranked from the largest total index down, without
   * intervals. Chart id {@code robustness-bars}.
   *
   * @param model the model analysed, for the source line
   * @param result the analysis
   * @return the chart
   */
  public static SvgChart robustness(
      ProcessModel model, io.github.thaw.sensitivity.RobustnessResult result) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(result, "result");
    return SensitivityChart.draw(
        model,
        result.asOf(),
        robustnessData(result),
        "robustness-bars",
        "Robustness: which method choices move the index");
  }

  static SensitivityData robustnessData(io.github.thaw.sensitivity.RobustnessResult result) {
    List<String> names = new java.util.ArrayList<>();
    double[] first = new double[result.factors().size()];
    double[] total = new double[first.length];
    for (int i = 0; i < first.length; i++) {
      io.github.thaw.sensitivity.RobustnessResult.Factor f = result.factors().get(i);
      names.add(f.name());
      first[i] = f.firstOrder();
      total[i] = f.totalOrder();
    }
    return SensitivityData.withoutIntervals(
        "index at " + result.asOf() + " over method variants", names, first, total);
  }

  /**
   * The dependency graph in layers from left to right, a milestone's layer being the length of the
   * longest chain of prerequisites (hard and soft) before it. Nodes are filled by reported status
   * with {@link GraphExport#colour}; hard edges are solid, soft edges dashed, and edges where
   * gating bites red, with the capped milestone outlined in red. Chart id {@code dependency-graph};
   * each node is a group with id {@code dependency-graph-node-<milestone>}.
   *
   * @param model the model
   * @param date the date whose statuses colour the nodes
   * @return the chart; meant for tens of milestones, readable up to a few hundred
   * @throws IllegalArgumentException if the model has more than {@link
   *     io.github.thaw.model.Limits#MAX_GRAPH_MILESTONES} milestones
   */
  public static SvgChart graph(ProcessModel model, LocalDate date) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(date, "date");
    int n = model.milestones().size();
    if (n > io.github.thaw.model.Limits.MAX_GRAPH_MILESTONES) {
      throw new IllegalArgumentException(tooLargeToDraw(model));
    }
    return GraphChart.draw(model, date);
  }

  /** Why a model's graph is not drawn, and what to do instead. */
  static String tooLargeToDraw(ProcessModel model) {
    return "model '"
        + model.name()
        + "' has "
        + model.milestones().size()
        + " milestones; the dependency graph chart draws at most "
        + io.github.thaw.model.Limits.MAX_GRAPH_MILESTONES
        + ": use thaw export --format dot (or mermaid) and a graph tool";
  }
}
