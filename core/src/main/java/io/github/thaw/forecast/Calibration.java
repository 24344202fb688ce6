package io.github.thaw.forecast;

import io.github.thaw.internal.DependencyGraph;
import io.github.thaw.internal.SharedSecrets;
import io.github.thaw.internal.StatusTimeline;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.ProcessModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Exponential step rates estimated from a model's own record by maximum likelihood, so that a
 * forecast rests on what happened rather than on invented numbers.
 *
 * <pre>{@code
 * Calibration c = Calibration.fromHistory(model, LocalDate.of(2025, 9, 12));
 * System.out.println(c.table());                  // rates per step with 95% intervals
 * Transitions t = c.transitions().toBuilder()     // override what you know better
 *     .milestone("border-opening", Step.NOT_STARTED_TO_AGREED, StepDuration.never())
 *     .build();
 * }</pre>
 *
 * <p>The record is read as the index reads it: each milestone's preferred status over time, capped
 * by its hard prerequisites. From the start of the window (by default the first status event) to
 * the as-of date, a milestone at status s with every hard prerequisite at s + 1 or beyond is
 * <em>exposed</em> to the step s → s + 1; each month of exposure counts 1/f<sup>k</sup> when k of
 * its soft prerequisites are complete (f the soft factor), the same speed-up a forecast applies.
 * Each step's rate is the number of times it was taken over its total exposure, pooled over
 * milestones: the maximum-likelihood estimate for exponential waiting times with right-censoring,
 * since milestones still waiting at the as-of date contribute exposure without a transition. A jump
 * of k levels in one event counts as k transitions sharing the wait before it equally (the
 * maximum-likelihood reading when the k steps share a rate). The 95% interval is the exact
 * (Garwood) chi-square interval of a Poisson rate. {@code docs/forecasting.md} discusses the
 * estimate and its limits.
 */
public final class Calibration {
  /** The confidence level of the intervals. */
  public static final double CONFIDENCE = 0.95;

  /**
   * The weight of the prior of {@link #posterior(Step)}, in months of exposure: the prior counts as
   * this many months at the centre {@link #priorCentre(Pooling)}. Chosen with the calibration
   * harness of {@code docs/forecasting.md}: at 72 or 120 months milestones one step from done were
   * forecast to finish more often than they did (0.66 and 0.70 against 0.57 in the independent
   * family, 600 processes); 24 months (with the hyperprior of {@link #STEP_PRIOR_MONTHS}) brought
   * the forecasts of the independent family closer to its exact posterior predictive than 36 did
   * (mean squared distance 0.0033 against 0.0046 over 1,000 processes, 0.0031 against 0.0047 on
   * 1,000 held-out ones) and lowered the Brier score of every family but one, which held.
   */
  public static final double PRIOR_MONTHS = 24;

  /**
   * How much wider the common tempo is than the extra variance of the count of advances: {@link
   * #tempo(double)} multiplies by it. A tempo on durations moves the count of advances less than in
   * proportion, since milestones that finish early stop counting, and the record's D is read from
   * few days. 2 is chosen with the calibration harness's clustered family: a tempo lowers each
   * milestone's mean chance (its chance is concave in the pace), and at 3 the clustered family's
   * calibration error was 0.057 against 0.051 at 2, for 77.5% and 76.0% coverage of 600 processes
   * ({@code docs/forecasting.md}).
   */
  public static final double TEMPO_FACTOR = 2;

  /**
   * The transitions of the pooled rate's own prior (see {@link #pooledRate()}): half a transition,
   * Jeffreys' shape for a Poisson rate.
   */
  public static final double POOLED_PRIOR_TRANSITIONS = 0.5;

  /**
   * The exposure of the pooled rate's own prior, in months (see {@link #pooledRate()}): half a
   * transition in a year, 0.042 a month, a median wait of 16.6 months for a step. A record of a few
   * days says almost nothing about a process's pace, so the pooled rate must not be read from it
   * alone; over a record of years (hundreds of milestone-months) this prior hardly counts.
   */
  public static final double POOLED_PRIOR_MONTHS = 12;

  /**
   * The transitions of each step's own hyperprior in {@link #priorCentre(Pooling)}: four
   * transitions in {@link #STEP_PRIOR_MONTHS} = 48 months, 0.083 a month, a mean wait of a year for
   * a step the record has not seen. It stands in for the rate of a step few or no milestones have
   * reached, so it is a typical step's rate, not Jeffreys' half transition (0.042 a month), which
   * the pooled rate keeps. Chosen with the calibration harness ({@code docs/forecasting.md}): at
   * half a transition in twelve months, milestones still NOT_STARTED at the as-of date were
   * forecast to finish with chance 0.051 against 0.087 observed in the independent family and 0.046
   * against 0.091 in the clustered family, whose calibration error (0.053) missed the 0.05 target
   * over 1,000 processes; one transition in twelve months (and {@link #FRAILTY_PRIOR_SCALE} 0.3)
   * brought every family's calibration error to at most 0.047, and heavier weights at the same rate
   * lowered it further (see {@link #STEP_PRIOR_MONTHS}).
   */
  public static final double STEP_PRIOR_TRANSITIONS = 4;

  /**
   * The exposure of each step's own hyperprior in {@link #priorCentre(Pooling)}, in months: with
   * {@link #STEP_PRIOR_TRANSITIONS}, one step a year worth four years of the step's exposure. The
   * heavier this weight, the less a step's noisy rate moves the centre every other step is drawn
   * towards; in a process whose steps' rates are unrelated that pull is a cost. Chosen with the
   * calibration harness ({@code docs/forecasting.md}) together with {@link #PRIOR_MONTHS}: against
   * 24 months (two transitions) and a prior of 36 months, 48 months and a prior of 24 lowered the
   * Brier score of all six families on 1,000 held-out processes of seed 2027 and of five on the
   * 1,000 processes of seed 2026 (the clustered family's held at 0.1561), and the calibration error
   * of five of them on each seed (the clustered family's rose, from 0.033 to 0.045 and from 0.030
   * to 0.034, inside the 0.05 target).
   */
  public static final double STEP_PRIOR_MONTHS = 48;

  /**
   * The decreases of the reversal hazard's prior (see {@link #reversals()}): half a decrease,
   * Jeffreys' shape for a Poisson rate.
   */
  public static final double REVERSAL_PRIOR_DECREASES = 0.5;

  /**
   * The exposure of the reversal hazard's prior, in milestone-months at AGREED or above (see {@link
   * #reversals()}): with no decrease seen the hazard is at most half a decrease in this many
   * months, 0.0014 a month. Chosen with the calibration harness ({@code docs/forecasting.md}): at
   * 360 the families without reversals keep their coverage and calibration error within sampling
   * error, while 0 (Jeffreys' prior alone) cost them 3 to 3.5 points of coverage and 120 up to 1
   * point.
   */
  public static final double REVERSAL_PRIOR_MONTHS = 360;

  private final ProcessModel model;
  private final LocalDate from;
  private final LocalDate asOf;
  private final double softFactor;
  private final Map<Step, RateEstimate> steps;
  private final List<Exposure> exposures;
  private final double pooledRate;
  private final double[] transitionsByStep = new double[3];
  private final double[] rawExposure = new double[3];
  private final double[] paceExposure = new double[3];
  private final int advances;
  private final int advanceDays;
  private final double clustering;
  private final List<RateGroup> groups;
  private final double[] betweenGroupVariance = new double[3];
  private int decreases;
  private double reversalExposureMonths;
  private final double frailtyVariance;
  private final List<MilestoneFrailty> frailties;
  private final PacePrior pacePrior;
  private final double sharedPaces;

  private Calibration(
      ProcessModel model,
      LocalDate from,
      LocalDate asOf,
      double softFactor,
      Map<Step, RateEstimate> steps,
      List<Exposure> exposures,
      double pooledRate,
      int[] perDay) {
    this.model = model;
    this.from = from;
    this.asOf = asOf;
    this.softFactor = softFactor;
    this.steps = Collections.unmodifiableMap(steps);
    this.exposures = List.copyOf(exposures);
    this.pooledRate = pooledRate;
    int sum = 0;
    long squares = 0;
    for (int k : perDay) {
      sum += k;
      squares += (long) k * k;
    }
    this.advances = sum;
    this.advanceDays = perDay.length;
    this.clustering = sum == 0 ? 1 : (double) squares / sum;
    this.groups = shrink(model, this.exposures, betweenGroupVariance);
    for (Exposure e : this.exposures) {
      transitionsByStep[e.step().ordinal()] += e.transitions();
      rawExposure[e.step().ordinal()] += e.exposureMonths();
    }
    this.pacePrior = PacePrior.DEFAULT;
    double[] phi = new double[2];
    this.frailties =
        paces(model, this.exposures, transitionsByStep, rawExposure, paceExposure, pacePrior, phi);
    this.frailtyVariance = phi[0];
    this.sharedPaces = phi[1];
  }

  /** A copy of {@code c} with the milestones' paces fitted again under another prior of φ. */
  private Calibration(Calibration c, PacePrior pacePrior) {
    this.model = c.model;
    this.from = c.from;
    this.asOf = c.asOf;
    this.softFactor = c.softFactor;
    this.steps = c.steps;
    this.exposures = c.exposures;
    this.pooledRate = c.pooledRate;
    System.arraycopy(c.transitionsByStep, 0, transitionsByStep, 0, 3);
    System.arraycopy(c.rawExposure, 0, rawExposure, 0, 3);
    this.advances = c.advances;
    this.advanceDays = c.advanceDays;
    this.clustering = c.clustering;
    this.groups = c.groups;
    System.arraycopy(c.betweenGroupVariance, 0, betweenGroupVariance, 0, 3);
    this.decreases = c.decreases;
    this.reversalExposureMonths = c.reversalExposureMonths;
    this.pacePrior = pacePrior;
    double[] phi = new double[2];
    this.frailties =
        paces(model, exposures, transitionsByStep, rawExposure, paceExposure, pacePrior, phi);
    this.frailtyVariance = phi[0];
    this.sharedPaces = phi[1];
  }

  /**
   * This calibration with the milestones' paces fitted under another prior of their variance φ: φ,
   * each milestone's factor, the steps' exposure counted at the paces and so the posteriors under
   * pooling by milestone change; nothing else does.
   *
   * @param prior the prior of φ
   * @return this calibration if the prior is the one it was fitted with, else a new one
   */
  public Calibration withPacePrior(PacePrior prior) {
    Objects.requireNonNull(prior, "prior");
    return prior.equals(pacePrior) ? this : new Calibration(this, prior);
  }

  /**
   * The prior of φ the milestones' paces were fitted with: {@link PacePrior#DEFAULT} unless {@link
   * #withPacePrior} gave another.
   *
   * @return the prior
   */
  public PacePrior pacePrior() {
    return pacePrior;
  }

  /**
   * The posterior probability that all milestones share one pace (φ = 0) given the record, under
   * {@link #pacePrior()}: 0 when the prior puts no mass there (the default) and two or more
   * milestones could move; 1 when it puts all its mass there, or when fewer than two milestones
   * could move, so that φ is 0 whatever the prior.
   *
   * @return the probability, in [0, 1]
   */
  public double sharedPaces() {
    return sharedPaces;
  }

  /** The most rounds of the joint fit of step rates and milestones' paces. */
  private static final int PACE_ROUNDS = 200;

  /**
   * Fits the steps' rates and the milestones' paces together: rate of milestone m at step s = F_m ·
   * r_s. From F = 1, each round sets r_s = n_s / Σ_m F̂_m T_ms (the step's transitions over its
   * exposure counted at each milestone's pace) and then φ and each F̂_m from those rates ({@link
   * #frailties}), until the rates move by less than one part in 10⁹. Counting exposure at the
   * milestones' own paces undoes a selection: a later step is reached first by the fast milestones,
   * so its raw rate n_s / T_s overstates what an average milestone would do.
   *
   * @param adjusted receives Σ_m F̂_m T_ms per step
   * @param prior the prior of φ
   * @param phi receives φ and the posterior probability that paces are shared
   */
  private static List<MilestoneFrailty> paces(
      ProcessModel model,
      List<Exposure> exposures,
      double[] n,
      double[] raw,
      double[] adjusted,
      PacePrior prior,
      double[] phi) {
    double[] t = raw.clone();
    double[] rate = new double[3];
    List<MilestoneFrailty> out = List.of();
    for (int round = 0; round < PACE_ROUNDS; round++) {
      double moved = 0;
      for (int s = 0; s < 3; s++) {
        double r = t[s] > 0 ? n[s] / t[s] : 0;
        moved = Math.max(moved, Math.abs(r - rate[s]) / Math.max(r, 1e-300));
        rate[s] = r;
      }
      if (round > 0 && moved < 1e-9) {
        break;
      }
      out = frailties(model, exposures, rate, prior, phi);
      Map<MilestoneId, Double> factor = new HashMap<>();
      for (MilestoneFrailty f : out) {
        factor.put(f.milestone(), f.factor());
      }
      t = new double[3];
      for (Exposure e : exposures) {
        t[e.step().ordinal()] += e.exposureMonths() * factor.get(e.milestone());
      }
    }
    System.arraycopy(t, 0, adjusted, 0, 3);
    return out;
  }

  /** The largest frailty variance: a coefficient of variation of 10, as for the tempo. */
  public static final double MAX_FRAILTY_VARIANCE = 100;

  /**
   * The prior scale of the frailty variance φ: its prior density is {@code (1/s) / (1 + φ/s)²}, of
   * median s, and heavy-tailed, so that a record whose milestones plainly differ can show any φ.
   * The posterior mean is used, not an estimate floored at 0: over eight or a dozen milestones the
   * record says little about φ, and the method of moments used before read it too low, leaving slow
   * milestones with the fast ones' rates (calibration error 0.061 on the harness's rates-differ
   * family with the rates and paces fitted together, against 0.040 with the true φ). Chosen with
   * the calibration harness ({@code docs/forecasting.md}): with the steps' hyperprior of {@link
   * #STEP_PRIOR_TRANSITIONS}, over the first 400 processes of four families, the largest
   * calibration error was 0.050 at a scale of 0.15 (rates-differ), 0.048 at 0.3 (clustered) and
   * 0.055 at 0.6 (clustered); a larger scale shrinks slow milestones harder, which the families
   * whose milestones differ need and the families whose milestones share their rates pay for. Under
   * the previous hyperprior (half a transition) 0.1, 0.15 and 0.2 had been scanned over 600
   * processes, and 1 and 0.05 dropped.
   */
  public static final double FRAILTY_PRIOR_SCALE = 0.3;

  /** Points of the grid of φ on which its posterior is summed: log-spaced over [10⁻³, 100]. */
  private static final int FRAILTY_GRID = 200;

  /**
   * Partial pooling by milestone, empirical Bayes: milestone m's rates are the steps' rates r_s
   * times a factor F_m of mean 1 and variance φ, a gamma variable, so that its transitions n_m are
   * negative binomial with mean E_m = Σ_s T_ms r_s and variance E_m + φ E_m². The variance φ is the
   * posterior mean of that likelihood over the milestones with E_m > 0 under the prior of the paces
   * ({@link PacePrior}; by default the density of scale {@link #FRAILTY_PRIOR_SCALE} and no mass at
   * φ = 0), summed on a log-spaced grid; with fewer than two such milestones it is 0. Each
   * milestone's factor then has the posterior Gamma(1/φ + n_m, 1/φ + E_m). A milestone that moved
   * after a day of exposure (E_m near 0) has a likelihood of about E_m whatever φ, so it cannot
   * decide φ alone.
   */
  private static List<MilestoneFrailty> frailties(
      ProcessModel model,
      List<Exposure> exposures,
      double[] pooled,
      PacePrior prior,
      double[] phi) {
    Map<MilestoneId, double[]> byMilestone = new LinkedHashMap<>();
    model.milestones().forEach(m -> byMilestone.put(m.id(), new double[2]));
    for (Exposure e : exposures) {
      double[] g = byMilestone.get(e.milestone());
      g[0] += e.transitions();
      g[1] += e.exposureMonths() * pooled[e.step().ordinal()];
    }
    List<double[]> informative = new ArrayList<>();
    for (double[] g : byMilestone.values()) {
      if (g[1] > 0) {
        informative.add(g);
      }
    }
    double[] posterior =
        informative.size() >= 2 ? posteriorMeanVariance(informative, prior) : new double[] {0, 1};
    double v = posterior[0];
    phi[0] = v;
    phi[1] = posterior[1];
    List<MilestoneFrailty> out = new ArrayList<>();
    for (Map.Entry<MilestoneId, double[]> e : byMilestone.entrySet()) {
      double[] g = e.getValue();
      int n = (int) Math.round(g[0]);
      out.add(
          v > 0
              ? new MilestoneFrailty(e.getKey(), n, g[1], 1 / v + g[0], 1 / v + g[1])
              : new MilestoneFrailty(e.getKey(), n, g[1], 0, 0));
    }
    return List.copyOf(out);
  }

  /**
   * The posterior mean of φ given each milestone's (n_m, E_m), and the posterior probability that φ
   * = 0. The likelihood is negative binomial, {@code Π Γ(n + k)/Γ(k) (k/(k + E))^k (E/(k + E))^n},
   * k = 1/φ (n! left out, as it does not depend on φ), whose limit at φ = 0 is Poisson, {@code Π
   * e^(−E) E^n}. The prior ({@link PacePrior}) is a point mass at 0 of probability p and the
   * density {@code (1/s)/(1 + φ/s)²} for the rest; the density's part is summed over a log-spaced
   * grid on [10⁻³, {@link #MAX_FRAILTY_VARIANCE}], which holds all but 0.7% of its mass at s = 0.3.
   * With evidence Z₀ at 0 and Z₁ under the density, P(φ = 0 | record) = p Z₀ / (p Z₀ + (1 − p) Z₁),
   * and the posterior mean is (1 − that) times the mean under the density alone.
   *
   * @return {φ's posterior mean, P(φ = 0 | record)}
   */
  static double[] posteriorMeanVariance(List<double[]> groups, PacePrior prior) {
    double lo = Math.log(1e-3);
    double step = (Math.log(MAX_FRAILTY_VARIANCE) - lo) / (FRAILTY_GRID - 1);
    double[] value = new double[FRAILTY_GRID];
    double[] logWeight = new double[FRAILTY_GRID];
    double max = Double.NEGATIVE_INFINITY;
    double s = prior.scale();
    for (int i = 0; i < FRAILTY_GRID; i++) {
      double phi = Math.exp(lo + i * step);
      double k = 1 / phi;
      double ll = 0;
      for (double[] g : groups) {
        int n = (int) Math.round(g[0]);
        double e = g[1];
        for (int j = 0; j < n; j++) {
          ll += Math.log(k + j);
        }
        ll += k * Math.log(k / (k + e)) + n * Math.log(e / (k + e));
      }
      // the prior's density in φ times dφ = φ d(log φ)
      value[i] = phi;
      logWeight[i] = ll + Math.log(phi / s) - 2 * Math.log1p(phi / s);
      max = Math.max(max, logWeight[i]);
    }
    double num = 0;
    double den = 0;
    for (int i = 0; i < FRAILTY_GRID; i++) {
      double w = Math.exp(logWeight[i] - max);
      num += w * value[i];
      den += w;
    }
    double p = prior.shared();
    if (p == 0) {
      return new double[] {num / den, 0};
    }
    if (p == 1) {
      return new double[] {0, 1};
    }
    double poisson = 0;
    for (double[] g : groups) {
      poisson += Math.round(g[0]) * Math.log(g[1]) - g[1];
    }
    // log of p Z₀ and of (1 − p) Z₁, Z₁ = Σ exp(logWeight) · step, the density's sum on the grid
    double atZero = Math.log(p) + poisson;
    double elsewhere = Math.log1p(-p) + max + Math.log(den * step);
    double shared = 1 / (1 + Math.exp(elsewhere - atZero));
    return new double[] {(1 - shared) * num / den, shared};
  }

  /**
   * The variance φ across milestones of their own pace, a factor of mean 1 on all of a milestone's
   * step rates: its posterior mean given the record (see {@link #frailties()}), small but not 0
   * when the milestones' transitions spread no more than shared rates would make them, and 0 when
   * fewer than two milestones could move.
   *
   * @return φ, from 0 to {@link #MAX_FRAILTY_VARIANCE}
   */
  public double frailtyVariance() {
    return frailtyVariance;
  }

  /**
   * Each milestone's pace under partial pooling by milestone ({@link Pooling#MILESTONE}): its
   * transitions, those expected over its exposure at the steps' rates fitted with the paces, and
   * the posterior of its factor, in model order.
   *
   * @return an immutable list, one entry per milestone
   */
  public List<MilestoneFrailty> frailties() {
    return frailties;
  }

  /**
   * Partial pooling by dimension, empirical Bayes: per step, each dimension's rate is shrunk
   * towards the step's pooled rate r = Σn / ΣT by a gamma prior of mean r and variance τ², τ² the
   * method-of-moments estimate of the between-dimension variance of the rates for Poisson counts,
   * {@code τ² = max(0, (Σ T_g (x_g − r)² − (G − 1) r) / (ΣT − Σ T_g² / ΣT))} over the G dimensions
   * with exposure, x_g = n_g / T_g. Since E[Σ T_g (x_g − r)²] = (G − 1) r + τ² (ΣT − Σ T_g² / ΣT)
   * under the model, the estimate is unbiased before its floor at 0; with τ² = 0 (or fewer than two
   * dimensions, or no transition of the step) every dimension keeps the pooled rate.
   */
  private static List<RateGroup> shrink(
      ProcessModel model, List<Exposure> exposures, double[] variance) {
    Map<MilestoneId, String> dimension = new HashMap<>();
    model.milestones().forEach(m -> dimension.put(m.id(), m.dimension()));
    List<RateGroup> out = new ArrayList<>();
    for (Step s : Step.values()) {
      Map<String, double[]> byGroup = new LinkedHashMap<>();
      model.milestones().forEach(m -> byGroup.putIfAbsent(m.dimension(), new double[2]));
      for (Exposure e : exposures) {
        if (e.step() == s) {
          double[] g = byGroup.get(dimension.get(e.milestone()));
          g[0] += e.transitions();
          g[1] += e.exposureMonths();
        }
      }
      double n = 0;
      double t = 0;
      double t2 = 0;
      int groups = 0;
      for (double[] g : byGroup.values()) {
        if (g[1] > 0) {
          n += g[0];
          t += g[1];
          t2 += g[1] * g[1];
          groups++;
        }
      }
      double r = t > 0 ? n / t : 0;
      double tau2 = 0;
      if (groups >= 2 && n > 0) {
        double q = 0;
        for (double[] g : byGroup.values()) {
          if (g[1] > 0) {
            double x = g[0] / g[1];
            q += g[1] * (x - r) * (x - r);
          }
        }
        tau2 = Math.max(0, (q - (groups - 1) * r) / (t - t2 / t));
      }
      variance[s.ordinal()] = tau2;
      for (Map.Entry<String, double[]> e : byGroup.entrySet()) {
        double[] g = e.getValue();
        double shrunk = r;
        if (tau2 > 0 && g[1] > 0) {
          double v = r / tau2;
          shrunk = (g[0] + v * r) / (g[1] + v);
        }
        double factor = r > 0 ? shrunk / r : 1;
        out.add(new RateGroup(e.getKey(), s, (int) Math.round(g[0]), g[1], shrunk, factor));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Each dimension's rate per step, shrunk towards the step's pooled rate (partial pooling,
   * empirical Bayes; see {@link Forecast.Builder#partialPooling(boolean)}), in step then model
   * order of first appearance of the dimension.
   *
   * @return an immutable list, one entry per step and dimension
   */
  public List<RateGroup> groups() {
    return groups;
  }

  /**
   * The between-dimension variance τ² of a step's rate estimated by the method of moments, floored
   * at 0 (see {@link #groups()}).
   *
   * @param step the step
   * @return τ², per month squared
   */
  public double betweenGroupVariance(Step step) {
    return betweenGroupVariance[step.ordinal()];
  }

  /**
   * The weight, in months of exposure, of the prior that shrinks each dimension's rate of a step
   * towards the step's pooled rate: r / τ², infinite when τ² = 0 (full pooling).
   *
   * @param step the step
   * @return the weight in months
   */
  public double priorWeight(Step step) {
    double tau2 = betweenGroupVariance[step.ordinal()];
    RateEstimate e = steps.get(step);
    double r = e.exposureMonths() > 0 ? e.transitions() / e.exposureMonths() : 0;
    return tau2 > 0 ? r / tau2 : Double.POSITIVE_INFINITY;
  }

  /**
   * Calibrates on the record from the model's first status event to {@code asOf}, with the default
   * soft factor.
   *
   * @param model the model
   * @param asOf the end of the window; events after it are ignored
   * @return the calibration; O(milestones + dependencies + events · log events)
   * @throws IllegalArgumentException if no milestone was ever able to take a step in the window
   */
  public static Calibration fromHistory(ProcessModel model, LocalDate asOf) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(asOf, "asOf");
    LocalDate first =
        model.events().stream()
            .filter(e -> !e.isContext())
            .map(e -> e.date().effectiveDate())
            .filter(d -> !d.isAfter(asOf))
            .min(LocalDate::compareTo)
            .orElse(asOf);
    return fromHistory(model, first, asOf, Transitions.DEFAULT_SOFT_FACTOR);
  }

  /**
   * Calibrates on the record between two dates. Statuses at {@code from} are where milestones
   * start; only changes after it count as transitions.
   *
   * @param model the model
   * @param from the start of the window
   * @param asOf the end of the window
   * @param softFactor the soft factor the forecast will use (see {@link Transitions#softFactor()}),
   *     so that exposure is counted at the same speed
   * @return the calibration
   * @throws IllegalArgumentException if {@code from} is after {@code asOf}, the factor is not a
   *     finite number {@code > 0}, or no milestone was ever able to take a step in the window
   */
  public static Calibration fromHistory(
      ProcessModel model, LocalDate from, LocalDate asOf, double softFactor) {
    Objects.requireNonNull(model, "model");
    if (from.isAfter(asOf)) {
      throw new IllegalArgumentException(ForecastMessages.calibrationWindow(from, asOf));
    }
    if (!(softFactor > 0 && Double.isFinite(softFactor))) {
      throw new IllegalArgumentException(ForecastMessages.factor("soft factor", softFactor));
    }
    return new Reader(model, from, asOf, softFactor).read();
  }

  /**
   * The start of the window.
   *
   * @return the date
   */
  public LocalDate from() {
    return from;
  }

  /**
   * The end of the window.
   *
   * @return the date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * The soft factor exposure was counted with.
   *
   * @return the factor
   */
  public double softFactor() {
    return softFactor;
  }

  /**
   * The estimate of each step, pooled over milestones.
   *
   * @return an immutable map with every step, lowest first
   */
  public Map<Step, RateEstimate> steps() {
    return steps;
  }

  /**
   * The estimate of one step.
   *
   * @param step the step
   * @return its estimate
   */
  public RateEstimate step(Step step) {
    return steps.get(step);
  }

  /**
   * The rate pooled over all steps, {@code (N + ½) / (T + 12)} per month for N transitions of the
   * record in T months of exposure over all steps: the posterior mean under a weak gamma hyperprior
   * of half a transition ({@link #POOLED_PRIOR_TRANSITIONS}) in twelve months ({@link
   * #POOLED_PRIOR_MONTHS}). Without the hyperprior a record one day long (thirteen milestones, 0.43
   * months of exposure, no transition) would give half a transition over 0.43 months, 1.17 a month;
   * with it, 0.040 a month. Shown for reference: the step priors are centred on {@link
   * #priorCentre(Pooling)}, which weighs the steps alike.
   *
   * @return the rate per month, {@code > 0}
   */
  public double pooledRate() {
    return pooledRate;
  }

  /**
   * The centre of every step's prior: the plain mean over the three steps of {@code (n_s + 4) /
   * (T_s + 48)}, each step's rate under a hyperprior of four transitions ({@link
   * #STEP_PRIOR_TRANSITIONS}) in 48 months ({@link #STEP_PRIOR_MONTHS}). Under pooling by milestone
   * T_s is the step's exposure counted at each milestone's own pace (Σ_m F̂_m T_ms, see {@link
   * #frailties()}), else its plain exposure. The steps count alike, not by exposure: the slowest
   * step has the most exposure, and a centre weighted by exposure (the rate pooled over all steps)
   * drew the rates of steps few milestones had reached towards it, so that milestones two or three
   * steps from done were forecast to finish half as often as they did (the calibration harness's
   * independent family, {@code docs/forecasting.md}).
   *
   * @param pooling the pooling the forecast draws with
   * @return the rate per month, {@code > 0}
   */
  public double priorCentre(Pooling pooling) {
    double[] t = exposureFor(pooling);
    double sum = 0;
    for (int s = 0; s < 3; s++) {
      sum += (transitionsByStep[s] + STEP_PRIOR_TRANSITIONS) / (t[s] + STEP_PRIOR_MONTHS);
    }
    return sum / 3;
  }

  private double[] exposureFor(Pooling pooling) {
    return Objects.requireNonNull(pooling, "pooling") == Pooling.MILESTONE
        ? paceExposure
        : rawExposure;
  }

  /**
   * The posterior of one step's rate as the default pooling ({@link Forecast#DEFAULT_POOLING}, by
   * milestone) draws it: {@link #posterior(Step, Pooling)}.
   *
   * @param step the step
   * @return its posterior
   */
  public RatePosterior posterior(Step step) {
    return posterior(step, Forecast.DEFAULT_POOLING);
  }

  /**
   * The posterior of one step's rate: {@code Gamma(n + w·c, T + w)} for n transitions in T months
   * of exposure, under a gamma prior worth {@link #PRIOR_MONTHS} = w months of exposure at the
   * centre c ({@link #priorCentre(Pooling)}). Under pooling by milestone T counts each milestone's
   * exposure at its own pace, so the rate is that of a milestone of average pace, which each path
   * then multiplies by the milestone's factor. Where a step has much exposure the record decides;
   * where it has little (a step no milestone has taken, seen for two months) the rate is drawn
   * towards the centre, so that zero transitions in a short time never make a near-certain
   * completion. The posterior mean is {@code (n + w·c) / (T + w)}.
   *
   * @param step the step
   * @param pooling the pooling the forecast draws with
   * @return its posterior
   */
  public RatePosterior posterior(Step step, Pooling pooling) {
    return posterior(step, pooling, prior(pooling));
  }

  /**
   * The record's own prior of every step's rate: worth {@link #PRIOR_MONTHS} = w months of exposure
   * at the centre c ({@link #priorCentre(Pooling)}), so {@code StepPrior(w·c, w)}.
   *
   * @param pooling the pooling the forecast draws with
   * @return the prior
   */
  public StepPrior prior(Pooling pooling) {
    return new StepPrior(PRIOR_MONTHS * priorCentre(pooling), PRIOR_MONTHS);
  }

  /**
   * The posterior of one step's rate under a given prior: {@code Gamma(n + a, T + b)} for n
   * transitions in T months of exposure (counted at the milestones' own paces under pooling by
   * milestone, as in {@link #posterior(Step, Pooling)}) and the prior's a transitions over b
   * months.
   *
   * @param step the step
   * @param pooling the pooling the forecast draws with
   * @param prior the prior, the record's own ({@link #prior(Pooling)}) or an analyst's
   * @return its posterior
   */
  public RatePosterior posterior(Step step, Pooling pooling, StepPrior prior) {
    int s = Objects.requireNonNull(step, "step").ordinal();
    Objects.requireNonNull(prior, "prior");
    double[] t = exposureFor(pooling);
    return new RatePosterior(
        step, transitionsByStep[s] + prior.transitions(), t[s] + prior.months());
  }

  /**
   * How many times a milestone moved up in the window (a jump of several steps counts once).
   *
   * @return the count
   */
  public int advances() {
    return advances;
  }

  /**
   * On how many distinct days milestones moved up in the window.
   *
   * @return the count, at most {@link #advances()}
   */
  public int advanceDays() {
    return advanceDays;
  }

  /**
   * How the record's advances cluster in time: {@code D = Σ S²/Σ S} over the days with advances, S
   * the number of milestones that moved up that day. It is the variance-to-mean ratio of the number
   * of advances in a window when days with advances come as a Poisson process, so 1 when milestones
   * move on days of their own (independent steps) and about the size of a round's batch when they
   * move together at negotiation rounds.
   *
   * @return D, {@code >= 1}; 1 without advances
   */
  public double clustering() {
    return clustering;
  }

  /**
   * The common shock the record supports over a forecast of some length: a {@link Tempo} with
   * dispersion {@code κ (D − 1)(1/N + 1/N')}, for {@link #clustering() D}, N {@link #advances()} in
   * the window, N' = N · months / (the window's months) expected over the forecast and κ = {@link
   * #TEMPO_FACTOR}. Advances that come in batches of mean size D carry the information of N/D
   * independent ones, so the process's pace is known D times less well than independent steps would
   * say (the first term, beyond the per-step posteriors), and the count over the forecast varies D
   * times more than a Poisson count (the second term). {@link Tempo#NONE} without clustering.
   *
   * @param months the forecast's length in months, {@code >= 0}
   * @return the tempo
   */
  public Tempo tempo(double months) {
    if (advances == 0 || clustering <= 1) {
      return Tempo.NONE;
    }
    double window = Months.between(from, asOf);
    double ahead = window > 0 ? advances * Math.max(months, 0) / window : 0;
    double v = TEMPO_FACTOR * (clustering - 1) * (1.0 / advances + (ahead > 0 ? 1 / ahead : 0));
    return Tempo.of(Math.min(Tempo.MAX_DISPERSION, v));
  }

  /**
   * How many levels milestones fell in the window: each fall of the preferred reading counts the
   * levels it drops (a fall from COMPLETED to AGREED counts two), as a jump up counts one
   * transition per step. A fall while the higher reading is still live (as {@link
   * ProcessModel#stateAt(String, LocalDate)} reads it: a lower report from another source leaves
   * the higher claim live until its own source reports again or a later report is at least as
   * advanced) is a disagreement between sources, which the starting state already carries, not a
   * fall: it is not counted.
   *
   * @return the count
   */
  public int decreases() {
    return decreases;
  }

  /**
   * The exposure to reversals: the months milestones spent at AGREED or above in the window (their
   * preferred reading, whatever their prerequisites), summed over milestones.
   *
   * @return milestone-months, {@code >= 0}
   */
  public double reversalExposureMonths() {
    return reversalExposureMonths;
  }

  /**
   * The random reversals the record supports: a hazard per month of {@code (k + ½) / (T + T₀)} for
   * k {@link #decreases()} in T {@link #reversalExposureMonths()}, the posterior mean under a gamma
   * prior of half a decrease ({@link #REVERSAL_PRIOR_DECREASES}) in T₀ = {@link
   * #REVERSAL_PRIOR_MONTHS} milestone-months. With no decrease seen the prior is a floor: reversals
   * are rare but possible, and a record of years without one lowers the hazard towards 0 without
   * reaching it.
   *
   * @return the reversals, always active
   */
  public Reversals reversals() {
    return Reversals.of(
        Math.min(
            Reversals.MAX_HAZARD,
            (decreases + REVERSAL_PRIOR_DECREASES)
                / (reversalExposureMonths + REVERSAL_PRIOR_MONTHS)));
  }

  /**
   * Every milestone's exposure and transitions per step, where either is positive, in model then
   * step order: the data behind the pooled estimates, to judge them or to estimate a milestone on
   * its own.
   *
   * @return an immutable list
   */
  public List<Exposure> exposures() {
    return exposures;
  }

  /**
   * Transitions with each step exponential at its estimated rate, this calibration's soft factor
   * and no freezes.
   *
   * @return the transitions
   */
  public Transitions transitions() {
    Transitions.Builder b =
        Transitions.builder(StepDuration.exponential(steps.get(Step.NOT_STARTED_TO_AGREED).rate()))
            .softFactor(softFactor);
    for (Step s : Step.values()) {
      b.step(s, StepDuration.exponential(steps.get(s).rate()));
    }
    return b.build();
  }

  /**
   * The estimates as a table.
   *
   * @return one line per step: transitions, exposure, rate with its interval, median time, basis
   */
  public String table() {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "Step rates from the record of '%s', %s to %s (soft factor %s)%n",
            model.name(),
            from,
            asOf,
            softFactor));
    s.append(
        String.format(
            Locale.ROOT,
            "%-24s %5s %9s %9s %21s %9s  %s%n",
            "step",
            "seen",
            "exposure",
            "rate/mo",
            "95% interval",
            "median",
            "basis"));
    for (RateEstimate e : steps.values()) {
      s.append(
          String.format(
              Locale.ROOT,
              "%-24s %5d %7.1fmo %9.4f  [%8.4f, %8.4f] %7.1fmo  %s%n",
              e.step().label(),
              e.transitions(),
              e.exposureMonths(),
              e.rate(),
              e.low(),
              e.high(),
              e.medianMonths(),
              e.basis().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
    }
    return s.toString();
  }

  @Override
  public String toString() {
    return "Calibration[" + from + " to " + asOf + ", " + steps.values() + "]";
  }

  /** A status over time: a level at the window start and dated changes, days ascending. */
  private record Path(int initial, long[] days, int[] levels) {
    int at(long day) {
      int level = initial;
      for (int i = 0; i < days.length && days[i] <= day; i++) {
        level = levels[i];
      }
      return level;
    }
  }

  /** Reads the record once and pools it. */
  private static final class Reader {
    private final ProcessModel model;
    private final LocalDate from;
    private final LocalDate asOf;
    private final double softFactor;
    private final DependencyGraph graph;
    private final StatusTimeline timeline;
    private final int n;
    private final double[][] exposure;
    private final int[][] transitions;

    /** Levels fallen, and days spent at AGREED or above, over all milestones. */
    private int decreases;

    private double reversalDays;

    /** Milestones that moved up, per day. */
    private final TreeMap<Long, Integer> advancesPerDay = new TreeMap<>();

    Reader(ProcessModel model, LocalDate from, LocalDate asOf, double softFactor) {
      this.model = model;
      this.from = from;
      this.asOf = asOf;
      this.softFactor = softFactor;
      this.graph = SharedSecrets.graph(model);
      this.timeline = SharedSecrets.timeline(model);
      this.n = model.milestones().size();
      this.exposure = new double[n][3];
      this.transitions = new int[n][3];
    }

    Calibration read() {
      long start = from.toEpochDay();
      long end = asOf.toEpochDay();
      Path[] reading = new Path[n];
      for (int m = 0; m < n; m++) {
        reading[m] = readings(m, start, end);
      }
      Path[] counted = new Path[n];
      int[] hardStart = graph.hardStart();
      int[] hard = graph.hardTargets();
      int[] softStart = graph.softStart();
      int[] soft = graph.softTargets();
      for (int m : graph.topologicalOrder()) {
        Path gate = minimum(counted, hard, hardStart[m], hardStart[m + 1]);
        counted[m] = gate == null ? reading[m] : lower(reading[m], gate);
        walk(
            m,
            start,
            end,
            reading[m],
            gate,
            completed(counted, soft, softStart[m], softStart[m + 1]));
      }
      return pool();
    }

    /** The preferred reading at the window start and at each later event day up to the end. */
    private Path readings(int m, long start, long end) {
      int[] first = timeline.start();
      long[] day = timeline.day();
      int last = timeline.endAt(m, end);
      int initial = StatusTimeline.value(timeline.readingAt(m, start));
      List<long[]> changes = new ArrayList<>();
      int level = initial;
      for (int k = first[m]; k < last; k++) {
        if (day[k] <= start || (k + 1 < last && day[k + 1] == day[k])) {
          continue;
        }
        int v = StatusTimeline.value(timeline.readingAt(m, day[k]));
        if (v != level) {
          changes.add(new long[] {day[k], v});
          level = v;
        }
      }
      return path(initial, changes);
    }

    private static Path path(int initial, List<long[]> changes) {
      long[] days = new long[changes.size()];
      int[] levels = new int[changes.size()];
      for (int i = 0; i < days.length; i++) {
        days[i] = changes.get(i)[0];
        levels[i] = (int) changes.get(i)[1];
      }
      return new Path(initial, days, levels);
    }

    /** The lowest of some paths at every moment, or null if there are none. */
    private static Path minimum(Path[] paths, int[] targets, int from, int to) {
      if (from == to) {
        return null;
      }
      long[] days = changeDays(paths, targets, from, to);
      int initial = Integer.MAX_VALUE;
      for (int e = from; e < to; e++) {
        initial = Math.min(initial, paths[targets[e]].initial());
      }
      List<long[]> changes = new ArrayList<>();
      int level = initial;
      for (long d : days) {
        int v = Integer.MAX_VALUE;
        for (int e = from; e < to; e++) {
          v = Math.min(v, paths[targets[e]].at(d));
        }
        if (v != level) {
          changes.add(new long[] {d, v});
          level = v;
        }
      }
      return path(initial, changes);
    }

    private static Path lower(Path a, Path b) {
      Path[] both = {a, b};
      return minimum(both, new int[] {0, 1}, 0, 2);
    }

    /** How many of some paths are at COMPLETED at every moment. */
    private static Path completed(Path[] paths, int[] targets, int from, int to) {
      long[] days = changeDays(paths, targets, from, to);
      int initial = 0;
      for (int e = from; e < to; e++) {
        initial += paths[targets[e]].initial() == 3 ? 1 : 0;
      }
      List<long[]> changes = new ArrayList<>();
      int count = initial;
      for (long d : days) {
        int c = 0;
        for (int e = from; e < to; e++) {
          c += paths[targets[e]].at(d) == 3 ? 1 : 0;
        }
        if (c != count) {
          changes.add(new long[] {d, c});
          count = c;
        }
      }
      return path(initial, changes);
    }

    private static long[] changeDays(Path[] paths, int[] targets, int from, int to) {
      long[] all = new long[0];
      for (int e = from; e < to; e++) {
        long[] d = paths[targets[e]].days();
        int old = all.length;
        all = Arrays.copyOf(all, old + d.length);
        System.arraycopy(d, 0, all, old, d.length);
      }
      return Arrays.stream(all).sorted().distinct().toArray();
    }

    /**
     * Books milestone m's exposure and transitions: piece by piece between changes of its reading,
     * its gate and its completed soft prerequisites.
     */
    private void walk(int m, long start, long end, Path reading, Path gate, Path soft) {
      long[] breaks =
          Arrays.stream(
                  concat(reading.days(), gate == null ? new long[0] : gate.days(), soft.days()))
              .sorted()
              .distinct()
              .toArray();
      int level = reading.initial();
      double spell = 0;
      long t = start;
      for (int i = 0; i <= breaks.length; i++) {
        long next = i < breaks.length ? breaks[i] : end;
        if (level >= 1) {
          reversalDays += next - t;
        }
        if (level < 3 && (gate == null || gate.at(t) >= level + 1)) {
          double w = (next - t) / Math.pow(softFactor, soft.at(t));
          exposure[m][level] += w;
          spell += w;
        }
        t = next;
        if (i == breaks.length) {
          break;
        }
        int now = reading.at(t);
        if (now > level) {
          int k = now - level;
          exposure[m][level] -= spell;
          for (int s = level; s < now; s++) {
            exposure[m][s] += spell / k;
            transitions[m][s]++;
          }
          spell = 0;
          advancesPerDay.merge(t, 1, Integer::sum);
        } else if (now < level) {
          spell = 0;
          if (StatusTimeline.high(timeline.readingAt(m, t)) < level) {
            decreases += level - now;
          }
        }
        level = now;
      }
    }

    private static long[] concat(long[]... parts) {
      return Arrays.stream(parts).flatMapToLong(Arrays::stream).toArray();
    }

    private Calibration pool() {
      int[] seen = new int[3];
      double[] months = new double[3];
      List<Exposure> list = new ArrayList<>();
      for (int m = 0; m < n; m++) {
        for (int s = 0; s < 3; s++) {
          double mo = Math.max(0, exposure[m][s]) / Months.DAYS;
          seen[s] += transitions[m][s];
          months[s] += mo;
          if (mo > 0 || transitions[m][s] > 0) {
            MilestoneId id = model.milestones().get(m).id();
            list.add(new Exposure(id, Step.values()[s], transitions[m][s], mo));
          }
        }
      }
      int allSeen = seen[0] + seen[1] + seen[2];
      double allMonths = months[0] + months[1] + months[2];
      if (!(allMonths > 0)) {
        throw new IllegalArgumentException(
            ForecastMessages.nothingToCalibrate(model.name(), from, asOf));
      }
      RateEstimate pooled = estimate(Step.NOT_STARTED_TO_AGREED, allSeen, allMonths);
      Map<Step, RateEstimate> out = new EnumMap<>(Step.class);
      for (Step s : Step.values()) {
        int i = s.ordinal();
        if (months[i] > 0) {
          out.put(s, estimate(s, seen[i], months[i]));
        } else {
          out.put(
              s,
              new RateEstimate(
                  s,
                  seen[i],
                  0,
                  pooled.rate(),
                  pooled.low(),
                  pooled.high(),
                  RateEstimate.Basis.BORROWED_FROM_ALL_STEPS));
        }
      }
      int[] perDay = advancesPerDay.values().stream().mapToInt(Integer::intValue).toArray();
      double centre = (allSeen + POOLED_PRIOR_TRANSITIONS) / (allMonths + POOLED_PRIOR_MONTHS);
      Calibration c = new Calibration(model, from, asOf, softFactor, out, list, centre, perDay);
      c.decreases = decreases;
      c.reversalExposureMonths = reversalDays / Months.DAYS;
      return c;
    }

    private static RateEstimate estimate(Step s, int k, double months) {
      double alpha = 1 - CONFIDENCE;
      double low =
          k == 0
              ? 0
              : ChiSquaredDistribution.of(2.0 * k).inverseCumulativeProbability(alpha / 2)
                  / (2 * months);
      double high =
          ChiSquaredDistribution.of(2.0 * k + 2).inverseCumulativeProbability(1 - alpha / 2)
              / (2 * months);
      return k == 0
          ? new RateEstimate(
              s, 0, months, 0.5 / months, low, high, RateEstimate.Basis.NO_TRANSITION_FLOOR)
          : new RateEstimate(
              s, k, months, k / months, low, high, RateEstimate.Basis.MAXIMUM_LIKELIHOOD);
    }
  }
}
