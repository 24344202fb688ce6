package io.github.thaw.forecast;

import io.github.thaw.index.IndexMethod;
import io.github.thaw.index.ProgressIndex;
import io.github.thaw.model.Event;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.ProcessState;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A rolling-origin backtest: at each origin, a forecast from what had been published by then
 * ({@link ProcessModel#knownAt}), calibrated on that alone, scored against what the full record
 * says happened by the origin plus a lead time.
 *
 * <pre>{@code
 * BacktestResult r = Backtest.builder(model).lead(6).every(1).samples(10_000).build().run();
 * System.out.println(r.table());
 * double skill = r.persistence().brier() - r.thaw().brier();
 * }</pre>
 *
 * <p>Origins are month ends: the end of the start's month, then every {@code every} months up to
 * the end. At each origin every milestone not yet COMPLETED, as known then, gives two events: it
 * <em>advances</em> (its status at the target, as finally recorded, is above its status at the
 * origin as known then) and it <em>completes</em> (it is COMPLETED at the target). The target is
 * the end of the month {@code lead} months after the origin's. The index at the target is scored by
 * CRPS against the index the full record gives there. Two baselines: <em>persistence</em> (nothing
 * changes: every event has probability 0, the index stays at its value at the origin) and the
 * <em>base rate</em> (for each event, the share of milestone-months in the record known at the
 * origin, over every window of {@code lead} months that ended by the origin, in which a milestone
 * not yet completed advanced, or completed: {@code (k + ½) / (n + 1)}, so ½ with no window). The
 * base rate makes no index forecast.
 *
 * <p>Cost: one forecast per origin, O(origins × samples × (milestones + dependencies)), plus
 * O(origins × months of record × (milestones + events)) for the base rates. Deterministic per seed:
 * every origin's forecast runs with the same seed.
 */
public final class Backtest {
  /** The default lead time in months. */
  public static final int DEFAULT_LEAD_MONTHS = 6;

  /** The default step between origins in months. */
  public static final int DEFAULT_EVERY_MONTHS = 1;

  /** The most origins one backtest runs. */
  public static final int MAX_ORIGINS = 1_200;

  private final ProcessModel model;
  private final List<LocalDate> origins;
  private final int lead;
  private final long samples;
  private final long seed;
  private final int threads;
  private final IndexMethod method;

  private Backtest(Builder b, List<LocalDate> origins) {
    this.model = b.model;
    this.origins = List.copyOf(origins);
    this.lead = b.lead;
    this.samples = b.samples;
    this.seed = b.seed;
    this.threads = b.threads;
    this.method = b.method;
  }

  /**
   * Starts a backtest of a model.
   *
   * @param model the full record: what happened, and when each part of it was published
   * @return a builder with the defaults listed on its methods
   */
  public static Builder builder(ProcessModel model) {
    return new Builder(model);
  }

  /**
   * The origins, ascending month ends.
   *
   * @return an immutable list, never empty
   */
  public List<LocalDate> origins() {
    return origins;
  }

  /**
   * The lead time.
   *
   * @return months, {@code >= 1}
   */
  public int lead() {
    return lead;
  }

  /**
   * The first day anything in the model was known: the earliest {@link ProcessModel#knownFrom} of
   * its events.
   *
   * @param model a model with at least one event
   * @return the day
   * @throws IllegalArgumentException if the model has no events
   */
  public static LocalDate firstKnown(ProcessModel model) {
    return knowledgeDates(model).first();
  }

  private static TreeSet<LocalDate> knowledgeDates(ProcessModel model) {
    TreeSet<LocalDate> out = new TreeSet<>();
    for (Event e : model.events()) {
      out.add(model.knownFrom(e));
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(ForecastMessages.backtestNoEvents(model.name()));
    }
    return out;
  }

  /**
   * Runs a forecast at every origin and scores it.
   *
   * @return the scores, per origin and overall
   * @throws IllegalArgumentException if the record known at an origin cannot be calibrated (the
   *     message names the origin), or no milestone is left to advance at any origin
   */
  public BacktestResult run() {
    ProgressIndex full = method.prepare(model);
    List<BacktestResult.Origin> out = new ArrayList<>(origins.size());
    for (LocalDate origin : origins) {
      out.add(runOrigin(origin, full));
    }
    return BacktestResult.of(out, lead, samples, seed, knowledgeDates(model));
  }

  private BacktestResult.Origin runOrigin(LocalDate origin, ProgressIndex full) {
    ProcessModel known = model.knownAt(origin);
    LocalDate target = YearMonth.from(origin).plusMonths(lead).atEndOfMonth();
    ForecastSummary s;
    try {
      s =
          Forecast.builder(known)
              .asOf(origin)
              .horizon(YearMonth.from(target))
              .method(method)
              .samples(samples)
              .threads(threads)
              .build()
              .run(seed);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          ForecastMessages.backtestAtOrigin(origin, e.getMessage()), e);
    }
    ProcessState now = known.stateAt(origin);
    ProcessState then = model.stateAt(target);
    double[] base = baseRates(known, origin);
    List<BacktestResult.Outcome> outcomes = new ArrayList<>();
    for (Milestone m : model.milestones()) {
      MilestoneId id = m.id();
      Status from = now.of(id).status();
      if (from == Status.COMPLETED) {
        continue;
      }
      Status to = then.of(id).status();
      Map<Status, Double> atTarget = s.milestone(id.value()).statusAtHorizon();
      double advance = 0;
      for (Map.Entry<Status, Double> e : atTarget.entrySet()) {
        if (e.getKey().compareTo(from) > 0) {
          advance += e.getValue();
        }
      }
      double done = atTarget.getOrDefault(Status.COMPLETED, 0.0);
      outcomes.add(
          new BacktestResult.Outcome(
              id,
              BacktestResult.Question.ADVANCES,
              from,
              to,
              Math.min(1, advance),
              base[0],
              to.compareTo(from) > 0));
      outcomes.add(
          new BacktestResult.Outcome(
              id,
              BacktestResult.Question.COMPLETES,
              from,
              to,
              Math.min(1, done),
              base[1],
              to == Status.COMPLETED));
    }
    double observed = full.at(target).value();
    double persisted = method.prepare(known).at(origin).value();
    IndexFanPoint fan = s.index().get(s.index().size() - 1);
    return new BacktestResult.Origin(
        origin,
        target,
        known.events().size(),
        outcomes,
        persisted,
        fan,
        observed,
        s.indexCrpsAtHorizon(observed),
        Math.abs(persisted - observed));
  }

  /**
   * The base rates of advancing and completing within {@code lead} months in the record known at
   * the origin: {@code (k + ½) / (n + 1)} over milestone-windows that ended by the origin.
   */
  private double[] baseRates(ProcessModel known, LocalDate origin) {
    YearMonth first = null;
    for (Event e : known.events()) {
      if (e.milestone().isPresent()) {
        YearMonth ym = YearMonth.from(e.date().effectiveDate());
        first = first == null || ym.isBefore(first) ? ym : first;
      }
    }
    long[] k = new long[2];
    long[] n = new long[2];
    if (first != null) {
      YearMonth last = YearMonth.from(origin);
      List<ProcessState> states = new ArrayList<>();
      for (YearMonth ym = first; !ym.isAfter(last); ym = ym.plusMonths(1)) {
        states.add(known.stateAt(ym.atEndOfMonth()));
      }
      for (int t = 0; t + lead < states.size(); t++) {
        ProcessState a = states.get(t);
        ProcessState b = states.get(t + lead);
        for (Milestone m : known.milestones()) {
          Status s0 = a.of(m.id()).status();
          if (s0 == Status.COMPLETED) {
            continue;
          }
          Status s1 = b.of(m.id()).status();
          n[0]++;
          n[1]++;
          k[0] += s1.compareTo(s0) > 0 ? 1 : 0;
          k[1] += s1 == Status.COMPLETED ? 1 : 0;
        }
      }
    }
    return new double[] {(k[0] + 0.5) / (n[0] + 1), (k[1] + 0.5) / (n[1] + 1)};
  }

  /** Collects a backtest's settings; not thread-safe. */
  public static final class Builder {
    private final ProcessModel model;
    private LocalDate from;
    private LocalDate to;
    private int every = DEFAULT_EVERY_MONTHS;
    private int lead = DEFAULT_LEAD_MONTHS;
    private long samples = Forecast.DEFAULT_SAMPLES;
    private long seed = Forecast.DEFAULT_SEED;
    private int threads = 1;
    private IndexMethod method = IndexMethod.defaults();

    private Builder(ProcessModel model) {
      this.model = Objects.requireNonNull(model, "model");
    }

    /**
     * Sets the first origin's month. Default: the month of {@link #firstKnown}.
     *
     * @param from a day of the first origin's month
     * @return this builder
     */
    public Builder from(LocalDate from) {
      this.from = Objects.requireNonNull(from, "from");
      return this;
    }

    /**
     * Sets the last day an origin may fall on. Default: the latest month end whose target ends by
     * the model's reference date.
     *
     * @param to the day
     * @return this builder
     */
    public Builder to(LocalDate to) {
      this.to = Objects.requireNonNull(to, "to");
      return this;
    }

    /**
     * Sets the months between origins. Default: {@value #DEFAULT_EVERY_MONTHS}.
     *
     * @param months {@code >= 1}
     * @return this builder
     * @throws IllegalArgumentException if months is below 1
     */
    public Builder every(int months) {
      if (months < 1) {
        throw new IllegalArgumentException(ForecastMessages.backtestMonths("step", months));
      }
      this.every = months;
      return this;
    }

    /**
     * Sets the lead time. Default: {@value #DEFAULT_LEAD_MONTHS} months.
     *
     * @param months {@code >= 1}
     * @return this builder
     * @throws IllegalArgumentException if months is below 1
     */
    public Builder lead(int months) {
      if (months < 1) {
        throw new IllegalArgumentException(ForecastMessages.backtestMonths("lead", months));
      }
      this.lead = months;
      return this;
    }

    /**
     * Sets the paths of each origin's forecast. Default: {@value Forecast#DEFAULT_SAMPLES}.
     *
     * @param samples {@code >= 1}
     * @return this builder
     * @throws IllegalArgumentException if samples is below 1 or above the forecast's limit
     */
    public Builder samples(long samples) {
      if (samples < 1 || samples > io.github.thaw.model.Limits.MAX_FORECAST_SAMPLES) {
        throw new IllegalArgumentException(ForecastMessages.samples(samples));
      }
      this.samples = samples;
      return this;
    }

    /**
     * Sets the seed of every origin's forecast. Default: {@value Forecast#DEFAULT_SEED}.
     *
     * @param seed the seed
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Sets the threads of each forecast; the result does not depend on them. Default: 1.
     *
     * @param threads {@code >= 1}
     * @return this builder
     * @throws IllegalArgumentException if threads is out of range
     */
    public Builder threads(int threads) {
      checkThreads(threads);
      this.threads = threads;
      return this;
    }

    /**
     * Sets the index method for the forecast fan, persistence and the observed index. Default:
     * {@link IndexMethod#defaults()}.
     *
     * @param method the method
     * @return this builder
     */
    public Builder method(IndexMethod method) {
      this.method = Objects.requireNonNull(method, "method");
      return this;
    }

    /**
     * Checks the range and lists the origins.
     *
     * @return the backtest
     * @throws IllegalArgumentException if the model has no events or no reference date, the start
     *     is after the end, an origin falls before anything was known or its target after the
     *     reference date, there is no origin or more than {@link #MAX_ORIGINS}
     */
    public Backtest build() {
      LocalDate firstKnown = firstKnown(model);
      LocalDate reference =
          model
              .referenceDate()
              .orElseThrow(
                  () -> new IllegalArgumentException(ForecastMessages.noAsOf(model.name())));
      YearMonth lastMonth =
          YearMonth.from(reference)
              .minusMonths(reference.equals(YearMonth.from(reference).atEndOfMonth()) ? 0 : 1);
      LocalDate lastOrigin = lastMonth.minusMonths(lead).atEndOfMonth();
      if (lastOrigin.isBefore(firstKnown)) {
        long longest = YearMonth.from(firstKnown).until(lastMonth, ChronoUnit.MONTHS);
        throw new IllegalArgumentException(
            ForecastMessages.backtestLeadTooLong(
                lead, model.name(), firstKnown, reference, longest));
      }
      LocalDate start = from != null ? from : firstKnown;
      LocalDate first = YearMonth.from(start).atEndOfMonth();
      if (to == null && first.isAfter(lastOrigin)) {
        LocalDate target = YearMonth.from(first).plusMonths(lead).atEndOfMonth();
        throw new IllegalArgumentException(
            ForecastMessages.backtestAfterReference(first, lead, target, reference, lastOrigin));
      }
      LocalDate end = to != null ? to : lastOrigin;
      if (start.isAfter(end)) {
        throw new IllegalArgumentException(ForecastMessages.backtestFromAfterTo(start, end));
      }
      if (first.isBefore(firstKnown)) {
        throw new IllegalArgumentException(
            ForecastMessages.backtestBeforeKnowledge(first, model.name(), firstKnown));
      }
      if (first.isAfter(end)) {
        throw new IllegalArgumentException(ForecastMessages.backtestNoOrigins(start, end, every));
      }
      long count =
          (YearMonth.from(first).until(YearMonth.from(end), ChronoUnit.MONTHS)
                      - (YearMonth.from(end).atEndOfMonth().equals(end) ? 0 : 1))
                  / every
              + 1;
      if (count > MAX_ORIGINS) {
        throw new IllegalArgumentException(
            ForecastMessages.backtestTooManyOrigins(count, MAX_ORIGINS));
      }
      List<LocalDate> origins = new ArrayList<>();
      for (YearMonth ym = YearMonth.from(first);
          !ym.atEndOfMonth().isAfter(end);
          ym = ym.plusMonths(every)) {
        origins.add(ym.atEndOfMonth());
      }
      LocalDate last = origins.get(origins.size() - 1);
      if (last.isAfter(lastOrigin)) {
        LocalDate target = YearMonth.from(last).plusMonths(lead).atEndOfMonth();
        throw new IllegalArgumentException(
            ForecastMessages.backtestAfterReference(last, lead, target, reference, lastOrigin));
      }
      return new Backtest(this, origins);
    }
  }

  private static void checkThreads(int threads) {
    if (threads < 1 || threads > io.github.thaw.model.Limits.MAX_THREADS) {
      throw new IllegalArgumentException(ForecastMessages.threads(threads));
    }
  }
}
