package io.github.thaw.forecast;

import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * What a {@link Backtest} found: per origin the scored events and the index, and over all origins
 * the scores of Thaw's forecasts and of two baselines, with a reliability table. Immutable.
 */
public final class BacktestResult {
  /** The number of equal-width probability bins of {@link #reliability()}. */
  public static final int RELIABILITY_BINS = 10;

  /** A question asked of each milestone not yet completed at an origin. */
  public enum Question {
    /** Is its status at the target above its status at the origin as known then? */
    ADVANCES,
    /** Is it COMPLETED at the target? */
    COMPLETES;

    /**
     * The lower-kebab name used in JSON.
     *
     * @return {@code advances} or {@code completes}
     */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One scored event.
   *
   * @param milestone the milestone
   * @param question what was asked
   * @param statusAtOrigin its status at the origin, as known then
   * @param statusAtTarget its status at the target, as finally recorded
   * @param thaw Thaw's probability
   * @param baseRate the base rate's probability
   * @param happened whether it happened
   */
  public record Outcome(
      MilestoneId milestone,
      Question question,
      Status statusAtOrigin,
      Status statusAtTarget,
      double thaw,
      double baseRate,
      boolean happened) {
    /** Checks the fields. */
    public Outcome {
      Objects.requireNonNull(milestone, "milestone");
      Objects.requireNonNull(question, "question");
      Objects.requireNonNull(statusAtOrigin, "statusAtOrigin");
      Objects.requireNonNull(statusAtTarget, "statusAtTarget");
    }
  }

  /**
   * One origin's forecast and what happened.
   *
   * @param date the origin, a month end
   * @param target the end of the month {@code lead} months later
   * @param knownEvents how many of the model's events had been published by the origin
   * @param outcomes the scored events, two per milestone not completed at the origin
   * @param indexAtOrigin the index at the origin as known then: the persistence forecast
   * @param indexForecast Thaw's index fan at the target
   * @param indexObserved the index at the target under the full record
   * @param crpsThaw the CRPS of Thaw's index distribution at the target
   * @param crpsPersistence the CRPS of persistence, the absolute error of {@code indexAtOrigin}
   */
  public record Origin(
      LocalDate date,
      LocalDate target,
      int knownEvents,
      List<Outcome> outcomes,
      double indexAtOrigin,
      IndexFanPoint indexForecast,
      double indexObserved,
      double crpsThaw,
      double crpsPersistence) {
    /** Copies the outcomes. */
    public Origin {
      outcomes = List.copyOf(outcomes);
    }
  }

  /**
   * A forecaster's mean scores; lower is better.
   *
   * @param brier the mean Brier score over every event
   * @param log the mean log score, clipped by {@link Scoring#LOG_EPSILON}
   * @param crps the mean CRPS of the index over the origins; empty for a forecaster with no index
   *     forecast
   */
  public record Score(double brier, double log, OptionalDouble crps) {}

  /**
   * One row of a reliability table.
   *
   * @param low the bin's lowest probability
   * @param high the bin's highest probability (exclusive, except 1 in the last bin)
   * @param predicted the mean forecast probability of the events in the bin
   * @param observed the share of them that happened
   * @param count how many events fell in the bin
   */
  public record ReliabilityBin(
      double low, double high, double predicted, double observed, long count) {}

  private final List<Origin> origins;
  private final int lead;
  private final long samples;
  private final long seed;
  private final List<LocalDate> knowledgeDates;
  private final Score thaw;
  private final Score persistence;
  private final Score baseRate;
  private final List<ReliabilityBin> reliability;

  private BacktestResult(
      List<Origin> origins, int lead, long samples, long seed, List<LocalDate> knowledgeDates) {
    this.origins = List.copyOf(origins);
    this.lead = lead;
    this.samples = samples;
    this.seed = seed;
    this.knowledgeDates = List.copyOf(knowledgeDates);
    List<Outcome> all = outcomes();
    if (all.isEmpty()) {
      throw new IllegalArgumentException(ForecastMessages.backtestNothingToScore());
    }
    this.thaw = score(all, Outcome::thaw, OptionalDouble.of(mean(origins, Origin::crpsThaw)));
    this.persistence =
        score(all, o -> 0.0, OptionalDouble.of(mean(origins, Origin::crpsPersistence)));
    this.baseRate = score(all, Outcome::baseRate, OptionalDouble.empty());
    this.reliability = reliability(all);
  }

  static BacktestResult of(
      List<Origin> origins, int lead, long samples, long seed, SortedSet<LocalDate> knowledge) {
    return new BacktestResult(origins, lead, samples, seed, new ArrayList<>(knowledge));
  }

  private static Score score(List<Outcome> all, ToDoubleFunction<Outcome> p, OptionalDouble crps) {
    double brier = 0;
    double log = 0;
    for (Outcome o : all) {
      brier += Scoring.brier(p.applyAsDouble(o), o.happened());
      log += Scoring.log(p.applyAsDouble(o), o.happened());
    }
    return new Score(brier / all.size(), log / all.size(), crps);
  }

  private static double mean(List<Origin> origins, ToDoubleFunction<Origin> f) {
    return origins.stream().mapToDouble(f).average().orElse(0);
  }

  private static List<ReliabilityBin> reliability(List<Outcome> all) {
    double[] sumP = new double[RELIABILITY_BINS];
    long[] happened = new long[RELIABILITY_BINS];
    long[] count = new long[RELIABILITY_BINS];
    for (Outcome o : all) {
      int bin = Math.min(RELIABILITY_BINS - 1, (int) (o.thaw() * RELIABILITY_BINS));
      sumP[bin] += o.thaw();
      happened[bin] += o.happened() ? 1 : 0;
      count[bin]++;
    }
    List<ReliabilityBin> out = new ArrayList<>();
    for (int b = 0; b < RELIABILITY_BINS; b++) {
      if (count[b] > 0) {
        out.add(
            new ReliabilityBin(
                (double) b / RELIABILITY_BINS,
                (double) (b + 1) / RELIABILITY_BINS,
                sumP[b] / count[b],
                (double) happened[b] / count[b],
                count[b]));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The origins, in order.
   *
   * @return an immutable list
   */
  public List<Origin> origins() {
    return origins;
  }

  /**
   * Every scored event of every origin, in order.
   *
   * @return a new list
   */
  public List<Outcome> outcomes() {
    List<Outcome> out = new ArrayList<>();
    origins.forEach(o -> out.addAll(o.outcomes()));
    return out;
  }

  /**
   * The lead time.
   *
   * @return months
   */
  public int lead() {
    return lead;
  }

  /**
   * The paths of each origin's forecast.
   *
   * @return the samples
   */
  public long samples() {
    return samples;
  }

  /**
   * The seed of each origin's forecast.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * The distinct days on which parts of the record became known ({@link
   * io.github.thaw.model.ProcessModel#knownFrom}), ascending.
   *
   * @return an immutable list
   */
  public List<LocalDate> knowledgeDates() {
    return knowledgeDates;
  }

  /**
   * Thaw's scores.
   *
   * @return the scores
   */
  public Score thaw() {
    return thaw;
  }

  /**
   * The scores of persistence: nothing changes.
   *
   * @return the scores
   */
  public Score persistence() {
    return persistence;
  }

  /**
   * The scores of the base rate.
   *
   * @return the scores; no CRPS
   */
  public Score baseRate() {
    return baseRate;
  }

  /**
   * Thaw's reliability table over {@value #RELIABILITY_BINS} equal probability bins, empty bins
   * left out.
   *
   * @return an immutable list, lowest bin first
   */
  public List<ReliabilityBin> reliability() {
    return reliability;
  }

  /**
   * How many distinct states of knowledge the origins forecast from: origins between two
   * publication dates see the same record.
   *
   * @return at least 1
   */
  public int distinctKnowledge() {
    Set<Integer> seen = new HashSet<>();
    origins.forEach(o -> seen.add(o.knownEvents()));
    return seen.size();
  }

  /**
   * A plain sentence on how much this backtest can show: publication dates, distinct states of
   * knowledge and events scored.
   *
   * @return the sentence
   */
  public String evidence() {
    List<Outcome> all = outcomes();
    long happened = all.stream().filter(Outcome::happened).count();
    String dates =
        knowledgeDates.size() <= 6
            ? knowledgeDates.stream().map(LocalDate::toString).collect(Collectors.joining(", "))
            : knowledgeDates.get(0) + " … " + knowledgeDates.get(knowledgeDates.size() - 1);
    int distinct = distinctKnowledge();
    boolean thin = distinct < 5 || happened < 20;
    return String.format(
        Locale.ROOT,
        "The record became known on %d date(s) (%s); the %d origin(s) forecast from %d distinct"
            + " state(s) of knowledge and scored %d events, %d of which happened.%s",
        knowledgeDates.size(),
        dates,
        origins.size(),
        distinct,
        all.size(),
        happened,
        thin
            ? " That is too little to judge calibration: the origins repeat nearly the same"
                + " forecast, so read these scores as a check of the machinery, not of the model."
            : "");
  }

  /**
   * The backtest as text: a table per origin, the scores against the baselines, the reliability
   * table and {@link #evidence()}.
   *
   * @return the text
   */
  public String table() {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "Backtest: %d origin(s), lead %d months, %d paths each, seed %d.%n%n",
            origins.size(),
            lead,
            samples,
            seed));
    s.append(
        String.format(
            Locale.ROOT,
            "%-10s  %-10s  %6s  %6s  %8s  %10s  %9s  %9s  %-19s  %8s  %8s%n",
            "origin",
            "target",
            "known",
            "events",
            "happened",
            "Brier Thaw",
            "base rate",
            "index now",
            "fan P10–P50–P90",
            "observed",
            "CRPS"));
    for (Origin o : origins) {
      List<Outcome> out = o.outcomes();
      double bThaw = out.stream().mapToDouble(x -> Scoring.brier(x.thaw(), x.happened())).sum();
      double bBase = out.stream().mapToDouble(x -> Scoring.brier(x.baseRate(), x.happened())).sum();
      int n = Math.max(1, out.size());
      IndexFanPoint f = o.indexForecast();
      s.append(
          String.format(
              Locale.ROOT,
              "%-10s  %-10s  %6d  %6d  %8d  %10.4f  %9.4f  %9.2f  %-19s  %8.2f  %8.2f%n",
              o.date(),
              o.target(),
              o.knownEvents(),
              out.size(),
              out.stream().filter(Outcome::happened).count(),
              bThaw / n,
              bBase / n,
              o.indexAtOrigin(),
              String.format(Locale.ROOT, "%.1f–%.1f–%.1f", f.p10(), f.p50(), f.p90()),
              o.indexObserved(),
              o.crpsThaw()));
    }
    s.append(
        String.format(
            Locale.ROOT, "%nScores (lower is better; log clipped at %s):%n", Scoring.LOG_EPSILON));
    s.append(
        String.format(Locale.ROOT, "%-12s  %8s  %8s  %10s%n", "", "Brier", "log", "CRPS index"));
    row(s, "Thaw", thaw);
    row(s, "persistence", persistence);
    row(s, "base rate", baseRate);
    s.append(String.format(Locale.ROOT, "%nReliability of Thaw's probabilities:%n"));
    s.append(
        String.format(
            Locale.ROOT, "%-9s  %9s  %8s  %6s%n", "bin", "predicted", "observed", "count"));
    for (ReliabilityBin b : reliability) {
      s.append(
          String.format(
              Locale.ROOT,
              "%.1f–%.1f    %9.3f  %8.3f  %6d%n",
              b.low(),
              b.high(),
              b.predicted(),
              b.observed(),
              b.count()));
    }
    s.append(System.lineSeparator()).append(evidence()).append(System.lineSeparator());
    return s.toString();
  }

  private static void row(StringBuilder s, String name, Score sc) {
    s.append(
        String.format(
            Locale.ROOT,
            "%-12s  %8.4f  %8.4f  %10s%n",
            name,
            sc.brier(),
            sc.log(),
            sc.crps().isPresent()
                ? String.format(Locale.ROOT, "%.3f", sc.crps().getAsDouble())
                : "—"));
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "BacktestResult[%d origins, Brier Thaw %.4f, persistence %.4f, base rate %.4f]",
        origins.size(),
        thaw.brier(),
        persistence.brier(),
        baseRate.brier());
  }
}
