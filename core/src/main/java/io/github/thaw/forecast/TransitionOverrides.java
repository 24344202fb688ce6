package io.github.thaw.forecast;

/**
 * Changes an analyst makes to base transitions, typically those {@link Calibration} estimated from
 * the record: what the changes set replaces the base's value, what they leave out keeps it. {@link
 * io.github.thaw.io.TransitionFiles#overrides} makes them from a transitions file; {@link
 * Forecast.Builder#overrides} applies them after calibrating.
 *
 * <p>A forecast may apply the same overrides twice, to two bases: when they change the soft factor,
 * the record is calibrated again at that factor (exposure is counted at the factor the forecast
 * uses) and the overrides are applied to the new base.
 */
@FunctionalInterface
public interface TransitionOverrides {
  /**
   * Applies the changes.
   *
   * @param base the transitions they change; untouched
   * @return the changed transitions
   * @throws io.github.thaw.model.ModelException if the changes are invalid, each problem located
   */
  Transitions applyTo(Transitions base);
}
