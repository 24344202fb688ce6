package io.github.thaw.sensitivity;

import io.github.thaw.forecast.Calibration;
import io.github.thaw.forecast.Forecast;
import io.github.thaw.forecast.RateEstimate;
import io.github.thaw.forecast.RatePosterior;
import io.github.thaw.forecast.Rates;
import io.github.thaw.forecast.Reversals;
import io.github.thaw.forecast.Step;
import io.github.thaw.forecast.StepDuration;
import io.github.thaw.forecast.Transitions;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.ProcessModel;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Which forecast assumptions drive a conclusion such as P(the border opens by the horizon): a
 * Sobol' analysis over the three step rates calibrated from the record and the soft-dependency
 * factor.
 *
 * <pre>{@code
 * SobolResult r = ForecastSensitivity.of(model, asOf, "border-opening").analyze(64, 11);
 * }</pre>
 *
 * <p>Each step's monthly rate varies as the record leaves it uncertain: by default drawn from its
 * posterior ({@link Calibration#posterior}, {@link RateSampling#POSTERIOR}), or log-uniformly
 * across its calibrated 95% interval ({@link RateSampling#LOG_UNIFORM}: every factor of ten equally
 * likely), so the analysis asks how much of the conclusion rests on rates the record pins down
 * poorly. A uniform across an interval such as [0.0025, 0.54] would put its mean at 2.8 times the
 * estimate and most draws in the top decade; neither choice here does. The soft factor varies
 * uniformly in [0.5, 1]. Each evaluation runs a forecast of {@code paths} paths (default 400) with
 * its own fixed seed, so the output carries Monte Carlo noise of about {@code 0.5 / sqrt(paths)}:
 * indices below that level are noise. Parameter names: {@code rate:STEP} and {@code softFactor}.
 */
public final class ForecastSensitivity {
  /** How the step rates are sampled. */
  public enum RateSampling {
    /** From each step's posterior, {@link Calibration#posterior(Step)}: a gamma distribution. */
    POSTERIOR,
    /** Log-uniformly across each step's 95% interval (its lower end at least 10⁻⁴ a month). */
    LOG_UNIFORM
  }

  private final ProcessModel model;
  private final LocalDate asOf;
  private final MilestoneId milestone;
  private final YearMonth horizon;
  private final int paths;
  private final RateSampling sampling;

  private ForecastSensitivity(
      ProcessModel model,
      LocalDate asOf,
      MilestoneId milestone,
      YearMonth horizon,
      int paths,
      RateSampling sampling) {
    this.model = Objects.requireNonNull(model, "model");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.milestone = Objects.requireNonNull(milestone, "milestone");
    if (!model.contains(milestone)) {
      throw new IllegalArgumentException(model.unknownMilestone(milestone.value()));
    }
    this.horizon = Objects.requireNonNull(horizon, "horizon");
    if (paths < 10) {
      throw new IllegalArgumentException("paths is " + paths + "; it must be at least 10");
    }
    this.paths = paths;
    this.sampling = Objects.requireNonNull(sampling, "sampling");
  }

  /**
   * The analysis of P(milestone COMPLETED by a horizon five years after the as-of date).
   *
   * @param model the model
   * @param asOf the forecast's start
   * @param milestone the milestone id
   * @return the analysis
   * @throws IllegalArgumentException if the milestone is not in the model
   */
  public static ForecastSensitivity of(ProcessModel model, LocalDate asOf, String milestone) {
    return new ForecastSensitivity(
        model,
        asOf,
        MilestoneId.of(milestone),
        YearMonth.from(asOf).plusYears(Forecast.DEFAULT_HORIZON_YEARS),
        400,
        RateSampling.POSTERIOR);
  }

  /**
   * The same analysis to another horizon.
   *
   * @param horizon the last month
   * @return a new analysis
   */
  public ForecastSensitivity horizon(YearMonth horizon) {
    return new ForecastSensitivity(model, asOf, milestone, horizon, paths, sampling);
  }

  /**
   * The same analysis with another number of paths per evaluation.
   *
   * @param paths at least 10
   * @return a new analysis
   */
  public ForecastSensitivity paths(int paths) {
    return new ForecastSensitivity(model, asOf, milestone, horizon, paths, sampling);
  }

  /**
   * The same analysis with the step rates sampled another way.
   *
   * @param sampling how; default {@link RateSampling#POSTERIOR}
   * @return a new analysis
   */
  public ForecastSensitivity rateSampling(RateSampling sampling) {
    return new ForecastSensitivity(model, asOf, milestone, horizon, paths, sampling);
  }

  /**
   * The uncertain inputs, in the order the analysis reads them.
   *
   * @return the parameters
   */
  public List<Parameter> parameters() {
    Calibration c = Calibration.fromHistory(model, asOf);
    List<Parameter> out = new ArrayList<>();
    for (Step s : Step.values()) {
      String name = "rate:" + s.label();
      if (sampling == RateSampling.POSTERIOR) {
        RatePosterior p = c.posterior(s);
        out.add(Parameter.gamma(name, p.shape(), p.rate()));
      } else {
        RateEstimate r = c.step(s);
        double low = Math.max(r.low(), 1e-4);
        double high = Math.max(r.high(), low * 2);
        out.add(Parameter.logUniform(name, low, high));
      }
    }
    out.add(Parameter.uniform("softFactor", 0.5, 1.0));
    return out;
  }

  ToDoubleFunction<double[]> function(long seed) {
    Step[] steps = Step.values();
    String id = milestone.value();
    // every evaluation keeps the record's random reversals, as it keeps the record's tempo
    Reversals reversals = Calibration.fromHistory(model, asOf).reversals();
    return x -> {
      Transitions.Builder t =
          Transitions.builder(StepDuration.exponential(x[0])).softFactor(x[steps.length]);
      for (int i = 0; i < steps.length; i++) {
        t.step(steps[i], StepDuration.exponential(x[i]));
      }
      return Forecast.builder(model)
          .asOf(asOf)
          .horizon(horizon)
          .transitions(t.build())
          .rates(Rates.POINT) // the analysis varies the rates itself
          .reversals(reversals)
          .indexFan(false)
          .samples(paths)
          .build()
          .run(seed)
          .pCompletedByHorizon(id);
    };
  }

  /**
   * Runs the analysis.
   *
   * @param baseSamples N; {@code (k + 2) N} forecasts of {@code paths} paths each follow
   * @param seed the seed of the Sobol' design and of every forecast
   * @return the indices
   * @throws IllegalArgumentException if the probability does not vary at all over the ranges (for
   *     example a milestone that is already completed, or that can never complete)
   */
  public SobolResult analyze(int baseSamples, long seed) {
    return Sobol.analyze(function(seed), parameters(), baseSamples, seed);
  }
}
