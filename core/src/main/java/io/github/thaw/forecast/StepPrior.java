package io.github.thaw.forecast;

/**
 * The gamma prior of every step's rate under {@link Rates#POSTERIOR}, written as the evidence it is
 * worth: as if {@code transitions} steps had been seen over {@code months} months of exposure. A
 * step with n transitions in T months of the record then draws its rate from {@code Gamma(n +
 * transitions, T + months)}. By default the forecast takes the record's own prior ({@link
 * Calibration#prior(Pooling)}: {@link Calibration#PRIOR_MONTHS} months at the centre {@link
 * Calibration#priorCentre(Pooling)}); an analyst who knows a base rate from comparable processes
 * sets this one instead, in code ({@link Forecast.Builder#prior}) or in a transitions file ({@code
 * prior: {transitions: 1.5, months: 24}}).
 *
 * @param transitions the prior's shape, {@code > 0}
 * @param months the prior's rate in months, {@code > 0}
 */
public record StepPrior(double transitions, double months) {
  /** The largest value of either parameter: a thousand years of evidence. */
  public static final double MAX = 12_000;

  /**
   * Checks the parameters.
   *
   * @throws IllegalArgumentException naming the value unless both are finite numbers in (0, {@link
   *     #MAX}]
   */
  public StepPrior {
    if (!(transitions > 0 && transitions <= MAX)) {
      throw new IllegalArgumentException(ForecastMessages.prior("transitions", transitions));
    }
    if (!(months > 0 && months <= MAX)) {
      throw new IllegalArgumentException(ForecastMessages.prior("months", months));
    }
  }

  /**
   * A prior worth some transitions over some months.
   *
   * @param transitions the shape
   * @param months the rate, in months
   * @return the prior
   * @throws IllegalArgumentException as the constructor does
   */
  public static StepPrior of(double transitions, double months) {
    return new StepPrior(transitions, months);
  }

  /**
   * The prior mean of a step's rate, {@code transitions / months}, per month.
   *
   * @return the mean
   */
  public double mean() {
    return transitions / months;
  }
}
