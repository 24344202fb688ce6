package io.github.thaw.forecast;

import io.github.thaw.index.IndexMethod;
import io.github.thaw.internal.io.Problems;
import io.github.thaw.model.Limits;
import io.github.thaw.model.ModelException;
import io.github.thaw.model.Problem;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.scenario.Scenario;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * A Monte Carlo forecast of a process: N paths from the state at the as-of date to a horizon, each
 * milestone moving up the status scale one step at a time with durations drawn from its {@link
 * Transitions}, never past its hard prerequisites. Immutable and thread-safe once built; every run
 * works on its own state.
 *
 * <pre>{@code
 * Forecast forecast = Forecast.builder(model)              // transitions calibrated on the record
 *     .horizon(YearMonth.of(2030, 9))
 *     .samples(10_000)
 *     .threads(2)
 *     .build();
 * ForecastSummary s = forecast.run(11);
 * System.out.println(s.table());
 *
 * // Under a scenario, or with a step overridden (for a sensitivity analysis):
 * Forecast railway = Forecast.builder(model).scenario(railwayReactivated).build();
 * double p = forecast.withTransitions(forecast.transitions().with("railway-rehabilitation",
 *         Step.IN_PROGRESS_TO_COMPLETED, StepDuration.exponential(0.1)))
 *     .run(11).pCompletedByHorizon("border-opening");
 * }</pre>
 *
 * <p>A run is deterministic: path i draws only from {@code streams.create(seed, i)}, and the result
 * is a set of integer counts, so any number of threads gives the same result to the last bit, and
 * {@link #runShard shards} {@linkplain ForecastSummary#combine combine} into exactly the whole run.
 * {@code docs/forecasting.md} describes the model; its cost is O(paths × (milestones +
 * dependencies)) time and O(milestones × months) memory per thread, plus 10,001 counters per month
 * and thread for the index fan.
 */
public final class Forecast {
  /** The default number of paths. */
  public static final int DEFAULT_SAMPLES = 10_000;

  /** The default seed of the command line and examples. */
  public static final long DEFAULT_SEED = 11;

  /** The default horizon, in years after the as-of date. */
  public static final int DEFAULT_HORIZON_YEARS = 5;

  /** The default of {@link Builder#rates}, chosen with the calibration harness. */
  public static final Rates DEFAULT_RATES = Rates.POSTERIOR;

  /** The default of {@link Builder#startFrom}. */
  public static final StartingState DEFAULT_STARTING_STATE = StartingState.LIVE_READINGS;

  /**
   * Whether step rates are pooled partially by dimension unless set ({@link
   * Builder#partialPooling(boolean)}): whether {@link #DEFAULT_POOLING} is {@link
   * Pooling#DIMENSION}.
   */
  public static final boolean DEFAULT_PARTIAL_POOLING = false;

  /** How step rates are pooled unless set ({@link Builder#pooling(Pooling)}). */
  public static final Pooling DEFAULT_POOLING = Pooling.MILESTONE;

  /** Paths a worker takes at a time. */
  private static final int BLOCK = 256;

  /** What defines a forecast's result; results combine only when this is equal. */
  private record Configuration(
      ProcessModel model,
      Optional<Scenario> scenario,
      LocalDate asOf,
      YearMonth horizon,
      Transitions transitions,
      Optional<IndexMethod> method,
      PathStreams streams,
      Rates rates,
      List<RatePosterior> posteriors,
      List<Double> pointRates,
      StartingState start,
      Tempo tempo,
      List<RateGroup> groups,
      Reversals reversals,
      Pooling pooling,
      List<MilestoneFrailty> frailties,
      List<PathFactor> factors) {}

  private final Configuration configuration;
  private final ProcessModel baseline;
  private final long samples;
  private final int threads;
  private final boolean general;
  private final ForecastPlan plan;
  private final Frame frame;
  private final Calibration calibration;

  private Forecast(
      Configuration configuration,
      ProcessModel baseline,
      ProcessModel forecastModel,
      long samples,
      int threads,
      boolean general,
      Calibration calibration) {
    this.configuration = configuration;
    this.calibration = calibration;
    this.baseline = baseline;
    this.samples = samples;
    this.threads = threads;
    this.general = general;
    List<Problem> problems = configuration.transitions().problemsWith(forecastModel);
    if (!problems.isEmpty()) {
      throw new ModelException(Problems.capped(problems));
    }
    this.plan =
        new ForecastPlan(
            forecastModel,
            configuration.scenario().orElse(null),
            configuration.asOf(),
            configuration.horizon(),
            configuration.transitions(),
            configuration.method().orElse(null),
            configuration.posteriors(),
            configuration.pointRates(),
            configuration.start() == StartingState.LIVE_READINGS,
            configuration.tempo(),
            configuration.factors(),
            configuration.reversals());
    long cells = Tally.cells(plan);
    if (cells > Limits.MAX_FORECAST_CELLS) {
      throw new IllegalArgumentException(
          ForecastMessages.tooManyCells(plan.n, plan.dates.length, cells));
    }
    this.frame =
        new Frame(configuration, configuration.scenario().map(Scenario::name).orElse(""), plan);
  }

  /**
   * Starts a forecast of a model.
   *
   * @param model the model; its status events up to the as-of date are the starting state
   * @return a builder with the defaults listed on its methods
   */
  public static Builder builder(ProcessModel model) {
    return new Builder(model);
  }

  /**
   * The same forecast with other transitions: the graph, the scenario and the index method are
   * reused, so this is cheap, O(milestones). For sensitivity analyses and what-ifs on durations.
   *
   * @param transitions the new transitions
   * @return the new forecast
   * @throws ModelException if the transitions set a milestone the model does not have
   */
  public Forecast withTransitions(Transitions transitions) {
    Objects.requireNonNull(transitions, "transitions");
    Configuration c = configuration;
    return new Forecast(
        new Configuration(
            c.model(),
            c.scenario(),
            c.asOf(),
            c.horizon(),
            transitions,
            c.method(),
            c.streams(),
            c.rates(),
            c.posteriors(),
            c.pointRates(),
            c.start(),
            transitions.tempo().orElse(c.tempo()),
            c.groups(),
            transitions.reversals().orElse(c.reversals()),
            c.pooling(),
            c.frailties(),
            c.factors()),
        baseline,
        plan.model,
        samples,
        threads,
        general,
        calibration);
  }

  /**
   * The same forecast on another number of threads; the result does not change.
   *
   * @param threads {@code >= 1}
   * @return the new forecast
   * @throws IllegalArgumentException if threads is below 1
   */
  public Forecast withThreads(int threads) {
    checkThreads(threads);
    return new Forecast(
        configuration, baseline, plan.model, samples, threads, general, calibration);
  }

  /**
   * The same forecast with every milestone simulated event by event over step functions, the way
   * milestones reachable from a scheduled reversal are. For tests that check both simulations
   * agree; results are the same up to floating-point rounding at checkpoint boundaries.
   */
  Forecast eventByEvent() {
    return new Forecast(configuration, baseline, plan.model, samples, threads, true, calibration);
  }

  /**
   * Runs the forecast's {@link #samples()} paths, numbered from 0.
   *
   * @param seed the seed
   * @return the result
   */
  public ForecastSummary run(long seed) {
    return runShard(seed, 0, samples, null);
  }

  /**
   * Runs part of a forecast: paths {@code firstPath} to {@code firstPath + count − 1} of the run
   * with this seed. Shards of one run combine into exactly the whole run.
   *
   * @param seed the seed
   * @param firstPath the first path's number, {@code >= 0}
   * @param count how many paths, {@code >= 1}
   * @return the shard's result
   * @throws IllegalArgumentException if the range is invalid
   */
  public ForecastSummary runShard(long seed, long firstPath, long count) {
    return runShard(seed, firstPath, count, null);
  }

  /**
   * Runs part of a forecast, reporting progress.
   *
   * @param seed the seed
   * @param firstPath the first path's number, {@code >= 0}
   * @param count how many paths, {@code >= 1}
   * @param progress called with the number of paths done so far, from the worker threads, after
   *     each block of paths; may be null
   * @return the shard's result
   * @throws IllegalArgumentException if the range is invalid
   */
  public ForecastSummary runShard(long seed, long firstPath, long count, LongConsumer progress) {
    PathRange range = new PathRange(firstPath, count);
    // More workers than processors would only add tallies: the result does not depend on them.
    int usable = Math.min(threads, Runtime.getRuntime().availableProcessors());
    int workers = (int) Math.max(1, Math.min(usable, (count + BLOCK - 1) / BLOCK));
    AtomicLong next = new AtomicLong();
    AtomicLong done = new AtomicLong();
    Tally[] tallies = new Tally[workers];
    Runnable[] jobs = new Runnable[workers];
    for (int w = 0; w < workers; w++) {
      int worker = w;
      jobs[w] =
          () -> {
            // Each worker allocates (and so zeroes) its own tally, in parallel.
            Tally tally = new Tally(plan);
            tallies[worker] = tally;
            PathSimulator sim =
                new PathSimulator(plan, tally, configuration.streams(), seed, general);
            while (true) {
              long from = next.getAndAdd(BLOCK);
              if (from >= count) {
                break;
              }
              long to = Math.min(count, from + BLOCK);
              for (long i = from; i < to; i++) {
                sim.simulate(firstPath + i);
              }
              long total = done.addAndGet(to - from);
              if (progress != null) {
                progress.accept(total);
              }
            }
          };
    }
    runAll(jobs);
    Tally sum = tallies[0];
    for (int w = 1; w < workers; w++) {
      sum.add(tallies[w]);
    }
    return ForecastSummary.of(frame, seed, range, sum);
  }

  private static void runAll(Runnable[] jobs) {
    if (jobs.length == 1) {
      jobs[0].run();
      return;
    }
    List<Thread> started = new ArrayList<>();
    Throwable[] failure = new Throwable[1];
    for (int i = 1; i < jobs.length; i++) {
      Thread t = new Thread(jobs[i], "thaw-forecast-" + i);
      t.setDaemon(true);
      t.setUncaughtExceptionHandler(
          (thread, e) -> {
            synchronized (failure) {
              if (failure[0] == null) {
                failure[0] = e;
              }
            }
          });
      t.start();
      started.add(t);
    }
    jobs[0].run();
    try {
      for (Thread t : started) {
        t.join();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for forecast workers", e);
    }
    synchronized (failure) {
      if (failure[0] instanceof RuntimeException r) {
        throw r;
      }
      if (failure[0] instanceof Error err) {
        throw err;
      }
    }
  }

  /**
   * The model forecast: the baseline, or the scenario applied to it.
   *
   * @return the model
   */
  public ProcessModel model() {
    return plan.model;
  }

  /**
   * The model the forecast was built on, before any scenario.
   *
   * @return the baseline
   */
  public ProcessModel baseline() {
    return baseline;
  }

  /**
   * The scenario, if any.
   *
   * @return the scenario
   */
  public Optional<Scenario> scenario() {
    return configuration.scenario();
  }

  /**
   * The date the forecast starts from.
   *
   * @return the as-of date
   */
  public LocalDate asOf() {
    return configuration.asOf();
  }

  /**
   * The last month forecast.
   *
   * @return the horizon
   */
  public YearMonth horizon() {
    return configuration.horizon();
  }

  /**
   * The transitions.
   *
   * @return the transitions
   */
  public Transitions transitions() {
    return configuration.transitions();
  }

  /**
   * Where the calibrated step rates come from on each path.
   *
   * @return the mode the forecast was built with
   */
  public Rates rates() {
    return configuration.rates();
  }

  /**
   * Where the paths start a milestone whose live readings disagree.
   *
   * @return the rule the forecast was built with
   */
  public StartingState startingState() {
    return configuration.start();
  }

  /**
   * The common shock: the per-path tempo of every step clock, from the transitions if they set it,
   * else from the record ({@link Calibration#tempo(double)}), else none.
   *
   * @return the tempo; {@link Tempo#NONE} when paths share no pace
   */
  public Tempo tempo() {
    return configuration.tempo();
  }

  /**
   * The random reversals: from the builder if set, else from the transitions if they set them, else
   * the record's ({@link Calibration#reversals()}) when the forecast calibrates its transitions on
   * the record, else none.
   *
   * @return the reversals; {@link Reversals#NONE} when statuses only rise
   */
  public Reversals reversals() {
    return configuration.reversals();
  }

  /**
   * The posteriors the paths draw step rates from: one per step in {@link Rates#POSTERIOR} mode
   * when the model's record could be calibrated, else empty. A step draws its rate only for the
   * milestones whose duration is still the calibrated exponential.
   *
   * @return an immutable list, lowest step first
   */
  public List<RatePosterior> posteriors() {
    return configuration.posteriors();
  }

  /**
   * The dimensions' shrunk rates around which the paths draw when pooling by dimension, else empty.
   *
   * @return an immutable list
   */
  public List<RateGroup> groups() {
    return configuration.groups();
  }

  /**
   * How the forecast pools step rates: {@link Pooling#NONE} unless partial pooling was asked for
   * and the record could be calibrated in {@link Rates#POSTERIOR} mode.
   *
   * @return the pooling in effect
   */
  public Pooling pooling() {
    return configuration.pooling();
  }

  /**
   * The milestones' own paces the paths draw when pooling by milestone, else empty.
   *
   * @return an immutable list, in model order
   */
  public List<MilestoneFrailty> frailties() {
    return configuration.frailties();
  }

  /**
   * The calibration the forecast used: the record's step rates behind its default transitions and
   * its posteriors, for a caller to show. Empty when transitions were given and nothing needed the
   * record, or when the record could not be calibrated and overrides stood alone.
   *
   * @return the calibration
   */
  public Optional<Calibration> calibration() {
    return Optional.ofNullable(calibration);
  }

  /**
   * The index method of the fan, if the forecast computes one.
   *
   * @return the method, or empty without the index fan
   */
  public Optional<IndexMethod> method() {
    return configuration.method();
  }

  /**
   * The number of paths of {@link #run}.
   *
   * @return the samples
   */
  public long samples() {
    return samples;
  }

  /**
   * The number of threads a run uses.
   *
   * @return the threads
   */
  public int threads() {
    return threads;
  }

  /**
   * The checkpoints: the as-of date, every month end after it and the horizon's last day.
   *
   * @return an immutable list
   */
  public List<LocalDate> dates() {
    return frame.dates;
  }

  @Override
  public String toString() {
    return "Forecast['"
        + plan.model.name()
        + "' "
        + asOf()
        + " to "
        + horizon()
        + ", "
        + samples
        + " paths"
        + scenario().map(s -> ", scenario " + s.name()).orElse("")
        + "]";
  }

  private static void checkThreads(int threads) {
    if (threads < 1 || threads > Limits.MAX_THREADS) {
      throw new IllegalArgumentException(ForecastMessages.threads(threads));
    }
  }

  /** Collects a forecast's settings; not thread-safe. */
  public static final class Builder {
    private final ProcessModel model;
    private LocalDate asOf;
    private YearMonth horizon;
    private Transitions transitions;
    private Scenario scenario;
    private IndexMethod method = IndexMethod.defaults();
    private boolean indexFan = true;
    private long samples = DEFAULT_SAMPLES;
    private int threads = 1;
    private PathStreams streams = PathStreams.xoRoShiRo128PlusPlus();
    private Rates rates = DEFAULT_RATES;
    private Calibration calibration;
    private TransitionOverrides overrides;
    private StartingState startingState = DEFAULT_STARTING_STATE;
    private Tempo tempo;
    private Reversals reversals;
    private Pooling pooling;
    private StepPrior prior;
    private PacePrior pacePrior;

    private Builder(ProcessModel model) {
      this.model = Objects.requireNonNull(model, "model");
    }

    /**
     * Sets the date the forecast starts from. Default: the model's {@code asOf} date, else the date
     * of its latest event. Status events after it are ignored (a forecast from a past date sees
     * only what was known then), except a scenario's.
     *
     * @param asOf the date
     * @return this builder
     */
    public Builder asOf(LocalDate asOf) {
      this.asOf = Objects.requireNonNull(asOf, "asOf");
      return this;
    }

    /**
     * Sets the last month forecast. Default: the month five years after the as-of date.
     *
     * @param horizon the horizon; the forecast runs to its last day
     * @return this builder
     */
    public Builder horizon(YearMonth horizon) {
      this.horizon = Objects.requireNonNull(horizon, "horizon");
      return this;
    }

    /**
     * Sets the transitions. Default: {@link Calibration#fromHistory(ProcessModel, LocalDate)} on
     * the model (before any scenario) at the as-of date.
     *
     * @param transitions the transitions
     * @return this builder
     */
    public Builder transitions(Transitions transitions) {
      this.transitions = Objects.requireNonNull(transitions, "transitions");
      return this;
    }

    /**
     * Forecasts under a scenario: the scenario is applied to the model; its status changes dated
     * after the as-of date happen on their dates in every path, and a freeze stops every clock from
     * its date on. Default: none.
     *
     * @param scenario the scenario, or null for none
     * @return this builder
     */
    public Builder scenario(Scenario scenario) {
      this.scenario = scenario;
      return this;
    }

    /**
     * Sets the index method of the fan. Default: {@link IndexMethod#defaults()}.
     *
     * @param method the method
     * @return this builder
     */
    public Builder method(IndexMethod method) {
      this.method = Objects.requireNonNull(method, "method");
      return this;
    }

    /**
     * Whether to compute the index fan. Default: true. Without it a run is faster, which suits
     * sensitivity analyses that read milestone probabilities only.
     *
     * @param on false to skip the index
     * @return this builder
     */
    public Builder indexFan(boolean on) {
      this.indexFan = on;
      return this;
    }

    /**
     * Sets the number of paths of {@link Forecast#run}. Default: {@value Forecast#DEFAULT_SAMPLES}.
     *
     * @param samples {@code >= 1}, at most {@link io.github.thaw.model.Limits#MAX_FORECAST_SAMPLES}
     * @return this builder
     * @throws IllegalArgumentException if samples is below 1 or above the limit
     */
    public Builder samples(long samples) {
      if (samples < 1 || samples > Limits.MAX_FORECAST_SAMPLES) {
        throw new IllegalArgumentException(ForecastMessages.samples(samples));
      }
      this.samples = samples;
      return this;
    }

    /**
     * Sets the number of threads. Default: 1. The result does not depend on it.
     *
     * @param threads {@code >= 1}
     * @return this builder
     * @throws IllegalArgumentException if threads is below 1
     */
    public Builder threads(int threads) {
      checkThreads(threads);
      this.threads = threads;
      return this;
    }

    /**
     * Sets where each path's random numbers come from. Default: {@link
     * PathStreams#xoRoShiRo128PlusPlus()}.
     *
     * @param streams the streams
     * @return this builder
     */
    public Builder streams(PathStreams streams) {
      this.streams = Objects.requireNonNull(streams, "streams");
      return this;
    }

    /**
     * Turns partial pooling by dimension on or off: {@code pooling(on ? Pooling.DIMENSION :
     * Pooling.NONE)}.
     *
     * @param on whether to pool partially by dimension
     * @return this builder
     */
    public Builder partialPooling(boolean on) {
      return pooling(on ? Pooling.DIMENSION : Pooling.NONE);
    }

    /**
     * Sets how calibrated step rates are pooled. Default: the transitions' own ({@link
     * Transitions#pooling()}) if they set one, else {@link #DEFAULT_POOLING}. Partial pooling
     * applies in {@link Rates#POSTERIOR} mode to the steps that draw their rate:
     *
     * <ul>
     *   <li>{@link Pooling#DIMENSION}: each path draws, per step and dimension whose rates differ
     *       ({@link Calibration#betweenGroupVariance(Step)} {@code > 0}), the dimension's rate from
     *       its posterior Gamma(n_g + v·r, T_g + v) ({@link Calibration#groups()}) and multiplies
     *       the milestone's drawn step rate by it over r;
     *   <li>{@link Pooling#MILESTONE}: each path draws, per milestone, a factor on all its drawn
     *       step rates from its posterior ({@link Calibration#frailties()}), when the record shows
     *       that milestones differ ({@link Calibration#frailtyVariance()} {@code > 0}).
     * </ul>
     *
     * <p>Each factor costs one uniform of the path's stream, after the tempo's; with nothing to
     * draw the paths are those of full pooling, bit for bit.
     *
     * @param pooling the pooling, or null for the default
     * @return this builder
     */
    public Builder pooling(Pooling pooling) {
      this.pooling = pooling;
      return this;
    }

    /**
     * Sets the prior of every step's rate under {@link Rates#POSTERIOR} ({@link StepPrior}): each
     * calibrated step draws from {@code Gamma(n + prior.transitions(), T + prior.months())} instead
     * of the record's own prior ({@link Calibration#prior(Pooling)}). Precedence: this, else the
     * transitions' ({@link Transitions#prior()}), else the record's.
     *
     * @param prior the prior, or null for the transitions' or the record's
     * @return this builder
     */
    public Builder prior(StepPrior prior) {
      this.prior = prior;
      return this;
    }

    /**
     * Sets the prior of φ, the variance of the milestones' own paces under pooling by milestone
     * ({@link PacePrior}): the calibration fits the paces again under it ({@link
     * Calibration#withPacePrior}). Default: the transitions' ({@link Transitions#pacePrior()}),
     * else the calibration's own, {@link PacePrior#DEFAULT}.
     *
     * @param pacePrior the prior, or null to leave it to the transitions or the calibration
     * @return this builder
     */
    public Builder pacePrior(PacePrior pacePrior) {
      this.pacePrior = pacePrior;
      return this;
    }

    /**
     * Sets where the calibrated step rates come from on each path. Default: {@link #DEFAULT_RATES}.
     * In {@link Rates#POSTERIOR} mode every milestone step whose duration is the calibrated
     * exponential ({@code StepDuration.exponential(calibration.step(s).rate())}, not set otherwise)
     * takes its rate from one draw per path and step of {@link Calibration#posterior(Step)}, shared
     * by the milestones on that path.
     *
     * @param rates the mode
     * @return this builder
     */
    public Builder rates(Rates rates) {
      this.rates = Objects.requireNonNull(rates, "rates");
      return this;
    }

    /**
     * Sets where each path starts a milestone whose live readings disagree at the as-of date.
     * Default: {@link StartingState#LIVE_READINGS}, one of the distinct live levels drawn per path
     * with a chance proportional to its source grade weight ({@link StartingState#gradeWeight}; one
     * uniform per disputed milestone, after the step rates' draws); {@link StartingState#PREFERRED}
     * starts every path from the preferred reading.
     *
     * @param start the rule
     * @return this builder
     */
    public Builder startFrom(StartingState start) {
      this.startingState = Objects.requireNonNull(start, "start");
      return this;
    }

    /**
     * Sets the common shock, the per-path tempo of every step clock. Default: the transitions' own
     * ({@link Transitions#tempo()}) if they set one, else the record's ({@link
     * Calibration#tempo(double)} over the forecast's length) when a calibration is at hand, else
     * none.
     *
     * @param tempo the tempo ({@link Tempo#NONE} for none), or null for the default
     * @return this builder
     */
    public Builder tempo(Tempo tempo) {
      this.tempo = tempo;
      return this;
    }

    /**
     * Sets the random reversals: on every path a milestone at AGREED or above falls one level at
     * the hazard and climbs again with a fresh step clock. Default: the transitions' own ({@link
     * Transitions#reversals()}) if they set them, else, when no {@link #transitions} are given (the
     * forecast calibrates on the record, with or without {@link #overrides}), the record's ({@link
     * Calibration#reversals()}), else none: transitions given in code describe the dynamics whole.
     *
     * @param reversals the reversals ({@link Reversals#NONE} for none), or null for the default
     * @return this builder
     */
    public Builder reversals(Reversals reversals) {
      this.reversals = reversals;
      return this;
    }

    /**
     * Sets the calibration whose posteriors {@link Rates#POSTERIOR} draws from and whose rates mark
     * the calibrated steps. Default: {@link Calibration#fromHistory(ProcessModel, LocalDate)} at
     * the as-of date, at the transitions' soft factor; none if the record cannot be calibrated and
     * transitions were given, so that every step keeps its duration.
     *
     * @param calibration the calibration, or null for the default
     * @return this builder
     */
    public Builder calibration(Calibration calibration) {
      this.calibration = calibration;
      return this;
    }

    /**
     * Changes the transitions after calibration, the way a transitions file does: the overrides are
     * applied to {@link #transitions} if set, else to the record's calibration. If the record
     * cannot be calibrated, they apply to {@link StepDuration#never()} on every step (so the
     * overrides must say how milestones move), and if they change the soft factor the record is
     * calibrated again at theirs and they are applied to that. Default: none.
     *
     * @param overrides the changes, for example {@code TransitionFiles.overrides(file)}, or null
     * @return this builder
     */
    public Builder overrides(TransitionOverrides overrides) {
      this.overrides = overrides;
      return this;
    }

    /**
     * Resolves everything and builds the forecast.
     *
     * @return the forecast; O(milestones + dependencies + events), plus a calibration when no
     *     transitions were given
     * @throws ModelException if the scenario does not apply to the model, or the transitions set a
     *     milestone it does not have, each problem located
     * @throws IllegalArgumentException if there is no as-of date, the horizon ends before it, or
     *     the index method does not fit the model
     */
    public Forecast build() {
      LocalDate start = asOf != null ? asOf : defaultAsOf(model);
      YearMonth end =
          horizon != null ? horizon : YearMonth.from(start.plusYears(DEFAULT_HORIZON_YEARS));
      if (end.atEndOfMonth().isBefore(start)) {
        throw new IllegalArgumentException(ForecastMessages.horizonBeforeAsOf(end, start));
      }
      YearMonth latest = YearMonth.from(start).plusYears(Limits.MAX_HORIZON_YEARS);
      if (end.isAfter(latest) || end.getYear() > Limits.MAX_YEAR) {
        throw new IllegalArgumentException(ForecastMessages.horizonTooFar(end, start));
      }
      Calibration c = calibration;
      Transitions t;
      if (transitions != null) {
        t = transitions;
      } else {
        c = c != null || overrides == null ? c : calibrationOrNull(model, start);
        c = c != null || overrides != null ? c : Calibration.fromHistory(model, start);
        t = c != null ? c.transitions() : Transitions.everyStep(StepDuration.never());
      }
      if (overrides != null) {
        Transitions changed = overrides.applyTo(t);
        if (transitions == null && c != null && changed.softFactor() != c.softFactor()) {
          // Exposure is counted at the soft factor the forecast uses.
          c = Calibration.fromHistory(model, c.from(), start, changed.softFactor());
          changed = overrides.applyTo(c.transitions());
        }
        t = changed;
      }
      List<RatePosterior> posteriors = List.of();
      List<Double> pointRates = List.of();
      List<RateGroup> groups = List.of();
      List<MilestoneFrailty> frailties = List.of();
      List<PathFactor> factors = List.of();
      Pooling pool = pooling != null ? pooling : t.pooling().orElse(DEFAULT_POOLING);
      StepPrior given = prior != null ? prior : t.prior().orElse(null);
      PacePrior paces = pacePrior != null ? pacePrior : t.pacePrior().orElse(null);
      Pooling used = Pooling.NONE;
      if (rates == Rates.POSTERIOR) {
        c = c != null ? c : calibrationOrNull(model, start, t.softFactor());
        if (c != null && paces != null) {
          c = c.withPacePrior(paces);
        }
        if (c != null) {
          List<RatePosterior> p = new ArrayList<>();
          List<Double> r = new ArrayList<>();
          StepPrior stepPrior = given != null ? given : c.prior(pool);
          for (Step s : Step.values()) {
            p.add(c.posterior(s, pool, stepPrior));
            r.add(c.step(s).rate());
          }
          posteriors = List.copyOf(p);
          pointRates = List.copyOf(r);
          if (pool == Pooling.DIMENSION) {
            groups = c.groups();
            factors = dimensionFactors(c);
            used = pool;
          } else if (pool == Pooling.MILESTONE) {
            frailties = c.frailties();
            factors = milestoneFactors(c);
            used = pool;
          }
        }
      }
      Tempo z = tempo != null ? tempo : t.tempo().orElse(null);
      if (z == null) {
        c = c != null ? c : calibrationOrNull(model, start, t.softFactor());
        z = c == null ? Tempo.NONE : c.tempo(Months.between(start, end.atEndOfMonth()));
      }
      Reversals down = reversals != null ? reversals : t.reversals().orElse(null);
      if (down == null) {
        Calibration record =
            transitions != null ? null : c != null ? c : calibrationOrNull(model, start);
        down = record == null ? Reversals.NONE : record.reversals();
      }
      ProcessModel forecastModel = scenario == null ? model : scenario.applyTo(model);
      Configuration configuration =
          new Configuration(
              model,
              Optional.ofNullable(scenario),
              start,
              end,
              t,
              indexFan ? Optional.of(method) : Optional.empty(),
              streams,
              rates,
              posteriors,
              pointRates,
              startingState,
              z,
              groups,
              down,
              used,
              frailties,
              factors);
      return new Forecast(configuration, model, forecastModel, samples, threads, false, c);
    }

    /**
     * Per step and dimension whose rates differ, the posterior of the dimension's rate over the
     * step's pooled rate r: Gamma(n_g + v·r, (T_g + v)·r), v = r/τ².
     */
    private static List<PathFactor> dimensionFactors(Calibration c) {
      List<PathFactor> out = new ArrayList<>();
      for (RateGroup g : c.groups()) {
        double tau2 = c.betweenGroupVariance(g.step());
        RateEstimate e = c.step(g.step());
        double r = e.exposureMonths() > 0 ? e.transitions() / e.exposureMonths() : 0;
        if (tau2 > 0 && r > 0) {
          double v = r / tau2;
          out.add(
              new PathFactor(
                  g.transitions() + v * r,
                  (g.exposureMonths() + v) * r,
                  null,
                  g.dimension(),
                  g.step()));
        }
      }
      return List.copyOf(out);
    }

    /** Per milestone, when milestones differ, the posterior of its factor. */
    private static List<PathFactor> milestoneFactors(Calibration c) {
      if (!(c.frailtyVariance() > 0)) {
        return List.of();
      }
      List<PathFactor> out = new ArrayList<>();
      for (MilestoneFrailty f : c.frailties()) {
        out.add(new PathFactor(f.shape(), f.rate(), f.milestone(), null, null));
      }
      return List.copyOf(out);
    }

    /** The record's calibration, or null if nothing could take a step. */
    private static Calibration calibrationOrNull(ProcessModel model, LocalDate asOf) {
      try {
        return Calibration.fromHistory(model, asOf);
      } catch (IllegalArgumentException e) {
        return null; // no exposure at all: the overrides stand alone
      }
    }

    /** The record's calibration at a soft factor, or null if nothing could take a step. */
    private static Calibration calibrationOrNull(
        ProcessModel model, LocalDate asOf, double softFactor) {
      try {
        Calibration c = Calibration.fromHistory(model, asOf);
        return c.softFactor() == softFactor
            ? c
            : Calibration.fromHistory(model, c.from(), asOf, softFactor);
      } catch (IllegalArgumentException e) {
        return null; // no exposure at all: the given transitions stand alone
      }
    }

    private static LocalDate defaultAsOf(ProcessModel model) {
      return model
          .referenceDate()
          .orElseThrow(() -> new IllegalArgumentException(ForecastMessages.noAsOf(model.name())));
    }
  }
}
