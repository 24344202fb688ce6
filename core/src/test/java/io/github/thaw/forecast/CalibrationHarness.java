package io.github.thaw.forecast;

import io.github.thaw.index.IndexMethod;
import io.github.thaw.model.Dimension;
import io.github.thaw.model.Event;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Synthetic processes of known dynamics, each turned into a record, forecast by Thaw from the
 * record alone, and compared with the truth simulated on: does the P10–P90 index fan cover the
 * realised index 80% of the time, and do milestones complete as often as forecast?
 *
 * <p>A process has {@link #MILESTONES} milestones without dependencies, all NOT_STARTED at {@link
 * #START} (the record says so, one event each). Each step has a true exponential rate that Thaw
 * does not know: in the {@link Family#INDEPENDENT} family one rate per step, shared by the
 * milestones, log-uniform in [{@link #LOW}, {@link #HIGH}] per month; in {@link
 * Family#RATES_DIFFER} each milestone also multiplies it by its own lognormal factor (σ = 1). The
 * record runs two years to {@link #AS_OF}; the forecast and the truth run two years more.
 */
final class CalibrationHarness {
  static final int MILESTONES = 8;
  static final LocalDate START = LocalDate.of(2023, 1, 1);
  static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);
  static final YearMonth HORIZON = YearMonth.of(2027, 1);
  static final double LOW = 0.01;
  static final double HIGH = 0.2;

  /** Families of synthetic dynamics. */
  enum Family {
    INDEPENDENT,
    RATES_DIFFER
  }

  /** The harness's measurements over a number of processes. */
  record Result(
      Family family,
      Rates rates,
      int processes,
      int covered,
      int[] binCount,
      double[] binPredicted,
      int[] binObserved,
      double brier) {

    double coverage() {
      return (double) covered / processes;
    }

    /** Expected calibration error over deciles of predicted probability. */
    double ece() {
      int total = 0;
      double e = 0;
      for (int b = 0; b < 10; b++) {
        total += binCount[b];
        if (binCount[b] > 0) {
          e += Math.abs(binPredicted[b] - binObserved[b]);
        }
      }
      return e / total;
    }

    int forecasts() {
      int total = 0;
      for (int c : binCount) {
        total += c;
      }
      return total;
    }

    String row() {
      return String.format(
          Locale.ROOT,
          "| %s | %s | %d | %.1f%% | %d | %.3f | %.3f |",
          family.name().toLowerCase(Locale.ROOT).replace('_', '-'),
          rates.label(),
          processes,
          100 * coverage(),
          forecasts(),
          ece(),
          brier / forecasts());
    }
  }

  private CalibrationHarness() {}

  /**
   * Runs the harness.
   *
   * @param family the dynamics
   * @param rates how the forecast draws rates
   * @param processes how many processes
   * @param paths the forecast's paths per process
   * @param seed the seed of the processes (the forecasts use seed 11)
   */
  static Result run(Family family, Rates rates, int processes, int paths, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int covered = 0;
    int[] count = new int[10];
    double[] predicted = new double[10];
    int[] observed = new int[10];
    double brier = 0;
    double record = Months.between(START, AS_OF);
    double total = Months.between(START, HORIZON.atEndOfMonth());
    IndexMethod method = IndexMethod.defaults();
    for (int i = 0; i < processes; i++) {
      double[][] rate = new double[MILESTONES][3];
      double[] step = new double[3];
      for (int s = 0; s < 3; s++) {
        step[s] = LOW * Math.exp(r.nextDouble() * Math.log(HIGH / LOW));
      }
      for (int m = 0; m < MILESTONES; m++) {
        double own = family == Family.RATES_DIFFER ? Math.exp(gaussian(r)) : 1;
        for (int s = 0; s < 3; s++) {
          rate[m][s] = step[s] * own;
        }
      }
      // The truth: each milestone's three step times, recorded up to AS_OF, known after.
      double[][] at = new double[MILESTONES][4];
      for (int m = 0; m < MILESTONES; m++) {
        double t = 0;
        for (int s = 0; s < 3; s++) {
          t += -Math.log(1 - r.nextDouble()) / rate[m][s];
          at[m][s + 1] = t;
        }
      }
      ProcessModel known = model(at, record);
      ProcessModel truth = model(at, total);
      ForecastSummary f =
          Forecast.builder(known)
              .asOf(AS_OF)
              .horizon(HORIZON)
              .rates(rates)
              .samples(paths)
              .build()
              .run(11);
      IndexFanPoint fan = f.index().get(f.index().size() - 1);
      double realised = method.prepare(truth).at(HORIZON.atEndOfMonth()).value();
      if (fan.p10() - 1e-9 <= realised && realised <= fan.p90() + 1e-9) {
        covered++;
      }
      for (int m = 0; m < MILESTONES; m++) {
        if (at[m][3] <= record) {
          continue; // completed before the forecast: nothing to forecast
        }
        double p = f.milestone(id(m)).pCompletedByHorizon();
        int done = at[m][3] <= total ? 1 : 0;
        int b = Math.min(9, (int) (p * 10));
        count[b]++;
        predicted[b] += p;
        observed[b] += done;
        brier += (p - done) * (p - done);
      }
    }
    return new Result(family, rates, processes, covered, count, predicted, observed, brier);
  }

  /** The record up to {@code until} months after START: one NOT_STARTED event each, then steps. */
  static ProcessModel model(double[][] at, double until) {
    ProcessModel.Builder b =
        ProcessModel.builder("Synthetic")
            .dimension(Dimension.of("d", "D"))
            .source(new Source("s", "Outlet", "Title", null, "s.txt"));
    List<Event> events = new ArrayList<>();
    for (int m = 0; m < at.length; m++) {
      b.milestone(Milestone.builder(id(m), id(m), "d").build());
      events.add(event(START, m, Status.NOT_STARTED));
      for (int l = 1; l <= 3; l++) {
        if (at[m][l] <= until) {
          events.add(event(START.plusDays(Math.round(at[m][l] * Months.DAYS)), m, level(l)));
        }
      }
    }
    events.forEach(b::event);
    return b.build();
  }

  private static Event event(LocalDate date, int m, Status status) {
    return Event.status(PartialDate.of(date), id(m), status, List.of("s"), "");
  }

  private static Status level(int l) {
    return Status.ofLevel(l);
  }

  static String id(int m) {
    return "m" + m;
  }

  private static double gaussian(SplittableRandom r) {
    return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
  }
}
