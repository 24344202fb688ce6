/**
 * Monte Carlo forecasts of a process: how likely each milestone is to be done by a date, what holds
 * it back, and where the index is heading. Start at {@link
 * io.github.thaw.forecast.Forecast#builder}; durations are {@link
 * io.github.thaw.forecast.Transitions}, estimated from the record by {@link
 * io.github.thaw.forecast.Calibration}; results are {@link
 * io.github.thaw.forecast.ForecastSummary}s. The model is described in {@code docs/forecasting.md}.
 */
package io.github.thaw.forecast;
