package io.github.thaw.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thaw.index.Aggregation;
import io.github.thaw.index.IndexMethod;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A run's percentiles against an exact sort: path i of a run is the single-path shard i, so running
 * each path on its own gives every path's values, and the run's P10, P50 and P90 must be the
 * smallest values that at least 10%, 50% and 90% of them do not exceed.
 */
class QuantilesTest {
  private static final int N = 40;
  private static final long SEED = 9;

  static Stream<Arguments> methods() {
    return Stream.of(
        Arguments.of("default (linear)", IndexMethod.defaults()),
        Arguments.of(
            "geometric (not linear)",
            IndexMethod.builder().aggregation(Aggregation.GEOMETRIC).build()));
  }

  /** The smallest of the sorted values that at least {@code percent}% of them do not exceed. */
  private static double quantile(double[] sorted, int percent) {
    int count = (int) Math.ceil(percent * sorted.length / 100.0);
    return sorted[count - 1];
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("methods")
  void percentilesAreThoseOfThePathsOwnValues(String name, IndexMethod method) {
    ProcessModel model = Models.random(60, 8);
    Forecast f =
        Forecast.builder(model)
            .transitions(Transitions.everyStep(StepDuration.exponential(0.15)))
            .method(method)
            .horizon(YearMonth.of(2028, 1))
            .samples(N)
            .build();
    ForecastSummary whole = f.run(SEED);
    List<LocalDate> dates = whole.dates();
    int checkpoints = dates.size();
    int n = model.milestones().size();
    double[][] index = new double[checkpoints][N];
    // per milestone and path: the checkpoint by which it completed, or checkpoints if after
    double[][] done = new double[n][N];
    double[][] atHorizon = new double[n][N];
    for (int path = 0; path < N; path++) {
      ForecastSummary one = f.runShard(SEED, path, 1);
      List<IndexFanPoint> fan = one.index();
      for (int k = 0; k < checkpoints; k++) {
        assertThat(fan.get(k).p10()).isEqualTo(fan.get(k).p90());
        index[k][path] = fan.get(k).p50();
      }
      for (int m = 0; m < n; m++) {
        MilestoneForecast mf = one.milestones().get(m);
        ForecastDate d = mf.completionP50();
        done[m][path] = d.afterHorizon() ? checkpoints : dates.indexOf(d.date());
        atHorizon[m][path] = mf.statusAtHorizon().get(Status.COMPLETED);
      }
    }
    // THEN the fan is the quantiles of the paths' index values, at every checkpoint
    for (int k = 0; k < checkpoints; k++) {
      double[] sorted = index[k].clone();
      Arrays.sort(sorted);
      IndexFanPoint point = whole.index().get(k);
      assertThat(point.p10())
          .as("%s P10 on %s", name, dates.get(k))
          .isEqualTo(quantile(sorted, 10));
      assertThat(point.p50())
          .as("%s P50 on %s", name, dates.get(k))
          .isEqualTo(quantile(sorted, 50));
      assertThat(point.p90())
          .as("%s P90 on %s", name, dates.get(k))
          .isEqualTo(quantile(sorted, 90));
    }
    IndexFanPoint last = whole.index().get(checkpoints - 1);
    assertThat(last.p90() - last.p10()).as("the paths spread widely").isGreaterThan(20);
    // AND each milestone's completion dates are the quantiles of the paths' completion checkpoints
    for (int m = 0; m < n; m++) {
      double[] sorted = done[m].clone();
      Arrays.sort(sorted);
      MilestoneForecast mf = whole.milestones().get(m);
      MilestoneId id = mf.milestone();
      assertThat(mf.completionP10()).as("%s P10", id).isEqualTo(date(dates, quantile(sorted, 10)));
      assertThat(mf.completionP50()).as("%s P50", id).isEqualTo(date(dates, quantile(sorted, 50)));
      assertThat(mf.completionP90()).as("%s P90", id).isEqualTo(date(dates, quantile(sorted, 90)));
      for (int k = 0; k < checkpoints; k++) {
        int by = k;
        long count = Arrays.stream(done[m]).filter(c -> c <= by).count();
        assertThat(mf.pCompletedBy().get(k)).isEqualTo((double) count / N);
      }
      double completed = Arrays.stream(atHorizon[m]).sum();
      assertThat(mf.statusAtHorizon().get(Status.COMPLETED)).isEqualTo(completed / N);
    }
  }

  private static ForecastDate date(List<LocalDate> dates, double checkpoint) {
    int k = (int) checkpoint;
    return k == dates.size()
        ? new ForecastDate(dates.get(dates.size() - 1), true)
        : new ForecastDate(dates.get(k), false);
  }
}
