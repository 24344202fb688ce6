package io.github.thaw.sensitivity;

import io.github.thaw.model.Limits;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Variance-based sensitivity analysis: the first-order and total Sobol' indices of a model's
 * inputs.
 *
 * <p>The analysis draws two independent N × k sample matrices A and B (Saltelli's design), forms
 * for each parameter i the matrix A_B^(i), which is A with column i taken from B, and evaluates the
 * model on all of them: {@code (k + 2) N} evaluations. First-order indices use the estimator of
 * Saltelli et al. (2010), total indices Jansen's (1999), both divided by the variance of the pooled
 * outputs of A and B; confidence intervals come from a percentile bootstrap over the rows.
 *
 * <pre>{@code
 * List<Parameter> parameters = List.of(
 *     Parameter.uniform("x1", -Math.PI, Math.PI),
 *     Parameter.uniform("x2", -Math.PI, Math.PI),
 *     Parameter.uniform("x3", -Math.PI, Math.PI));
 * ToDoubleFunction<double[]> ishigami =
 *     x -> Math.sin(x[0]) + 7 * Math.pow(Math.sin(x[1]), 2)
 *         + 0.1 * Math.pow(x[2], 4) * Math.sin(x[0]);
 *
 * SobolResult r = Sobol.analyze(ishigami, parameters, 1 << 14, 42);
 *
 * SobolResult faster = Sobol.options().threads(2).bootstrap(200)
 *     .analyze(ishigami, parameters, 1 << 14, 42);
 * }</pre>
 *
 * <p>Results depend only on the arguments and the seed: the same seed gives bit-identical indices
 * and intervals on any number of threads.
 */
public final class Sobol {
  private static final Options DEFAULTS = new Options(Sampling.SCRAMBLED_SOBOL, 100, 0.95, 1);

  /**
   * The most evaluations of one analysis, {@link
   * io.github.thaw.model.Limits#MAX_SOBOL_EVALUATIONS}: the design and the outputs are held in
   * memory, about 24 bytes an evaluation.
   */
  static final long MAX_EVALUATIONS = Limits.MAX_SOBOL_EVALUATIONS;

  private Sobol() {}

  /**
   * Analyses a model with the default {@linkplain #options() options}: scrambled Sobol' sampling,
   * 100 bootstrap resamples, 95% intervals, one thread.
   *
   * @param model the model; see {@link Options#analyze} for what it may and may not do
   * @param parameters the uncertain inputs, in the order the model reads them
   * @param baseSamples N, the rows of A and B; a power of two suits Sobol' sampling
   * @param seed the seed of every random choice the analysis makes
   * @return the indices with their intervals
   * @throws IllegalArgumentException if an argument is invalid, if the model returns NaN or an
   *     infinite value (naming the row and the parameter values), or if its output is constant
   * @throws NullPointerException if the model, the list or a parameter is null
   */
  public static SobolResult analyze(
      ToDoubleFunction<double[]> model, List<Parameter> parameters, int baseSamples, long seed) {
    return DEFAULTS.analyze(model, parameters, baseSamples, seed);
  }

  /**
   * The default options, to adjust before analysing: {@code
   * Sobol.options().threads(2).analyze(...)}.
   *
   * @return scrambled Sobol' sampling, 100 bootstrap resamples, confidence 0.95, one thread
   */
  public static Options options() {
    return DEFAULTS;
  }

  /**
   * How an analysis runs. Immutable: each setter returns a new instance, so a configured instance
   * can be kept and shared.
   */
  public static final class Options {
    private final Sampling sampling;
    private final int bootstrap;
    private final double confidence;
    private final int threads;

    private Options(Sampling sampling, int bootstrap, double confidence, int threads) {
      this.sampling = sampling;
      this.bootstrap = bootstrap;
      this.confidence = confidence;
      this.threads = threads;
    }

    /**
     * Sets how the design is sampled.
     *
     * @param sampling {@link Sampling#SCRAMBLED_SOBOL} (default) or {@link Sampling#RANDOM}
     * @return options with the new sampling
     */
    public Options sampling(Sampling sampling) {
      return new Options(
          Objects.requireNonNull(sampling, "sampling"), bootstrap, confidence, threads);
    }

    /**
     * Sets the number of bootstrap resamples behind the confidence intervals. Each resample costs
     * about {@code 2 (k + 1) N} multiply-adds and N random draws, far less than the model
     * evaluations for any model that is not trivially cheap.
     *
     * @param resamples resamples, default 100; 0 turns intervals off (they are then NaN)
     * @return options with the new count
     * @throws IllegalArgumentException if {@code resamples < 0}
     */
    public Options bootstrap(int resamples) {
      if (resamples < 0) {
        throw new IllegalArgumentException(SensitivityMessages.bootstrapNegative(resamples));
      }
      return new Options(sampling, resamples, confidence, threads);
    }

    /**
     * Sets the confidence level of the intervals.
     *
     * @param level strictly between 0 and 1, default 0.95
     * @return options with the new level
     * @throws IllegalArgumentException if the level is NaN or outside (0, 1)
     */
    public Options confidence(double level) {
      if (!(level > 0 && level < 1)) {
        throw new IllegalArgumentException(SensitivityMessages.confidenceOutside(level));
      }
      return new Options(sampling, bootstrap, level, threads);
    }

    /**
     * Sets the number of threads that evaluate the model and run the bootstrap. With more than one
     * thread the model is called concurrently and must be thread-safe. Results do not depend on the
     * number of threads.
     *
     * @param count threads, default 1
     * @return options with the new count
     * @throws IllegalArgumentException if {@code count < 1}
     */
    public Options threads(int count) {
      if (count < 1) {
        throw new IllegalArgumentException(SensitivityMessages.threadsNotPositive(count));
      }
      return new Options(sampling, bootstrap, confidence, count);
    }

    /**
     * The sampling method.
     *
     * @return how the design is sampled
     */
    public Sampling sampling() {
      return sampling;
    }

    /**
     * The number of bootstrap resamples.
     *
     * @return resamples; 0 means no intervals
     */
    public int bootstrap() {
      return bootstrap;
    }

    /**
     * The confidence level of the intervals.
     *
     * @return the level
     */
    public double confidence() {
      return confidence;
    }

    /**
     * The number of threads.
     *
     * @return threads
     */
    public int threads() {
      return threads;
    }

    /**
     * Analyses a model with these options.
     *
     * <p>The model is called {@code (k + 2) N} times with an array of k parameter values in the
     * order of {@code parameters}. The array is reused between calls: the model must not keep it
     * (it may change it). With more than one thread, calls are concurrent.
     *
     * <p>Memory: the design takes {@code 2 N k} doubles, the outputs {@code (k + 2) N} and the
     * bootstrap's row statistics {@code (2k + 2) N}, plus N ints per thread; the A_B^(i) matrices
     * are never stored. Time: the evaluations, plus O(N k) for the design and for each bootstrap
     * resample.
     *
     * @param model the model
     * @param parameters the uncertain inputs, with unique names, in the order the model reads them
     * @param baseSamples N, at least 2; with Sobol' sampling, use a power of two, since only then
     *     are the points a balanced net (other values work but converge more slowly)
     * @param seed the seed of every random choice: the scramble or the random points, and the
     *     bootstrap resamples
     * @return the indices with their intervals
     * @throws IllegalArgumentException if there is no parameter, a name repeats, {@code baseSamples
     *     < 2}, the design needs more than 2<sup>31</sup> - 9 evaluations, Sobol' sampling is asked
     *     for more than 500 parameters, the model returns NaN or an infinite value (naming the
     *     matrix, the row and the parameter values), or its output is constant
     * @throws NullPointerException if the model, the list or a parameter is null
     */
    public SobolResult analyze(
        ToDoubleFunction<double[]> model, List<Parameter> parameters, int baseSamples, long seed) {
      Objects.requireNonNull(model, "model");
      List<Parameter> ps = List.copyOf(Objects.requireNonNull(parameters, "parameters"));
      checkParameters(ps);
      int k = ps.size();
      if (baseSamples < 2) {
        throw new IllegalArgumentException(SensitivityMessages.tooFewSamples(baseSamples));
      }
      long evaluations = (long) (k + 2) * baseSamples;
      if (evaluations > MAX_EVALUATIONS) {
        throw new IllegalArgumentException(
            SensitivityMessages.tooManyEvaluations(baseSamples, k, evaluations, MAX_EVALUATIONS));
      }
      if (sampling == Sampling.SCRAMBLED_SOBOL && 2 * k > ScrambledSobol.MAX_DIMENSION) {
        throw new IllegalArgumentException(
            SensitivityMessages.tooManyDimensions(k, ScrambledSobol.MAX_DIMENSION / 2));
      }
      double[] a = new double[baseSamples * k];
      double[] b = new double[baseSamples * k];
      SaltelliDesign.fill(sampling, baseSamples, k, seed, a, b);
      double[] y = Evaluator.evaluate(model, ps, baseSamples, a, b, threads);
      return Estimator.estimate(ps, baseSamples, y, sampling, bootstrap, confidence, threads, seed);
    }

    /**
     * The options, for logs and reports.
     *
     * @return for example {@code "Sobol.Options[sampling=SCRAMBLED_SOBOL, bootstrap=100,
     *     confidence=0.95, threads=1]"}
     */
    @Override
    public String toString() {
      return "Sobol.Options[sampling="
          + sampling
          + ", bootstrap="
          + bootstrap
          + ", confidence="
          + confidence
          + ", threads="
          + threads
          + "]";
    }

    private static void checkParameters(List<Parameter> ps) {
      if (ps.isEmpty()) {
        throw new IllegalArgumentException(SensitivityMessages.noParameters());
      }
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 0; i < ps.size(); i++) {
        Integer before = seen.putIfAbsent(ps.get(i).name(), i);
        if (before != null) {
          throw new IllegalArgumentException(
              SensitivityMessages.listedTwice(ps.get(i).name(), before, i));
        }
      }
    }
  }
}
