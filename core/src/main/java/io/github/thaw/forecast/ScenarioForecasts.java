package io.github.thaw.forecast;

import io.github.thaw.index.IndexMethod;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.scenario.Scenario;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Scenarios compared as forecasts: the baseline and each scenario forecast to one horizon with the
 * same transitions, paths and seed. A deterministic comparison at a date cannot see what a freeze
 * costs, since nothing was going to happen on that date anyway; a forecast can. Path i draws the
 * same random numbers under every scenario (common random numbers), so differences between
 * scenarios are much less noisy than the forecasts themselves.
 *
 * <pre>{@code
 * ScenarioForecasts f = ScenarioForecasts.run(
 *     model, IndexMethod.defaults(), scenarios, YearMonth.of(2030, 12), 10_000, 11);
 * double stall = f.scenarios().get(6).pCompletedByHorizon("border-opening");
 * }</pre>
 */
public final class ScenarioForecasts {
  private final ForecastSummary baseline;
  private final List<ForecastSummary> scenarios;
  private final YearMonth horizon;

  private ScenarioForecasts(
      ForecastSummary baseline, List<ForecastSummary> scenarios, YearMonth horizon) {
    this.baseline = baseline;
    this.scenarios = List.copyOf(scenarios);
    this.horizon = horizon;
  }

  /**
   * Forecasts the baseline and every scenario. Transitions are calibrated on the baseline's record
   * once and shared, with the baseline's random reversals, rates drawn per {@link
   * Forecast#DEFAULT_RATES}.
   *
   * @param model the baseline model; its as-of date is where every forecast starts
   * @param method the index method of the fans
   * @param scenarios the scenarios, in order
   * @param horizon the last month forecast
   * @param samples paths per forecast, {@code >= 1}
   * @param seed the seed of every forecast
   * @return the forecasts; O((scenarios + 1) × samples × (milestones + dependencies))
   * @throws IllegalArgumentException if the horizon ends before the as-of date or samples is below
   *     1
   * @throws io.github.thaw.model.ModelException if a scenario does not apply to the model
   */
  public static ScenarioForecasts run(
      ProcessModel model,
      IndexMethod method,
      List<Scenario> scenarios,
      YearMonth horizon,
      long samples,
      long seed) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(horizon, "horizon");
    Forecast base =
        Forecast.builder(model).method(method).horizon(horizon).samples(samples).build();
    Transitions t = base.transitions();
    List<ForecastSummary> out = new ArrayList<>();
    for (Scenario s : scenarios) {
      out.add(
          Forecast.builder(model)
              .scenario(Objects.requireNonNull(s, "scenario"))
              .transitions(t)
              .reversals(base.reversals()) // the record's, as the baseline's
              .method(method)
              .horizon(horizon)
              .samples(samples)
              .build()
              .run(seed));
    }
    return new ScenarioForecasts(base.run(seed), out, horizon);
  }

  /**
   * The baseline's forecast.
   *
   * @return the forecast without a scenario
   */
  public ForecastSummary baseline() {
    return baseline;
  }

  /**
   * Each scenario's forecast, in the order given.
   *
   * @return an immutable list
   */
  public List<ForecastSummary> scenarios() {
    return scenarios;
  }

  /**
   * The horizon of every forecast.
   *
   * @return the last month forecast
   */
  public YearMonth horizon() {
    return horizon;
  }

  /**
   * The index fan at the horizon of one forecast: its last point.
   *
   * @param summary one of these forecasts
   * @return P10, P50 and P90 of the index on the horizon's last day
   */
  public static IndexFanPoint atHorizon(ForecastSummary summary) {
    List<IndexFanPoint> fan = summary.index();
    return fan.get(fan.size() - 1);
  }
}
