package io.github.thaw.forecast;

/**
 * The prior of φ, the variance across milestones of their own pace under pooling by milestone
 * ({@link Pooling#MILESTONE}): with probability {@code shared} every milestone moves at the steps'
 * common rates (φ = 0); otherwise φ has the density {@code (1/s)/(1 + φ/s)²} of median s = {@code
 * scale}. The calibration uses φ's posterior mean, so a record that cannot tell shared paces from
 * differing ones keeps the milestones' own paces shrunk towards 1 by the posterior chance that they
 * are shared ({@link Calibration#sharedPaces()}). The default ({@link #DEFAULT}) puts no mass on
 * shared paces; an analyst who believes the milestones of a process keep one pace sets {@code
 * shared} in code ({@link Forecast.Builder#pacePrior}) or in a transitions file ({@code paces:
 * {scale: 0.3, shared: 0.5}}). {@code shared = 1} is pooling none under another name: φ = 0 on
 * every record. {@code docs/forecasting.md} shows what each choice costs on the calibration
 * harness.
 *
 * @param scale the median s of φ when paces differ, a number in (0, {@link
 *     Calibration#MAX_FRAILTY_VARIANCE}]
 * @param shared the prior probability that all milestones share one pace, in [0, 1]
 */
public record PacePrior(double scale, double shared) {
  /**
   * The calibration's own prior: scale {@link Calibration#FRAILTY_PRIOR_SCALE}, no mass on shared
   * paces.
   */
  public static final PacePrior DEFAULT = new PacePrior(Calibration.FRAILTY_PRIOR_SCALE, 0);

  /**
   * Checks the parameters.
   *
   * @throws IllegalArgumentException naming the value unless scale is in (0, {@link
   *     Calibration#MAX_FRAILTY_VARIANCE}] and shared in [0, 1]
   */
  public PacePrior {
    if (!(scale > 0 && scale <= Calibration.MAX_FRAILTY_VARIANCE)) {
      throw new IllegalArgumentException(ForecastMessages.pacePriorScale(scale));
    }
    if (!(shared >= 0 && shared <= 1)) {
      throw new IllegalArgumentException(ForecastMessages.pacePriorShared(shared));
    }
  }

  /**
   * A prior of the paces' variance.
   *
   * @param scale the median of φ when paces differ
   * @param shared the prior probability that paces are shared
   * @return the prior
   * @throws IllegalArgumentException as the constructor does
   */
  public static PacePrior of(double scale, double shared) {
    return new PacePrior(scale, shared);
  }
}
