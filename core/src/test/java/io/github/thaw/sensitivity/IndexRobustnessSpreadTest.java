package io.github.thaw.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.thaw.index.DateRule;
import io.github.thaw.index.Gating;
import io.github.thaw.index.IndexMethod;
import io.github.thaw.index.ReadingRule;
import io.github.thaw.index.StatusScores;
import io.github.thaw.index.Structure;
import io.github.thaw.model.Dimension;
import io.github.thaw.model.Event;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The robustness result recomputed the slow, public way: every row of the design turned into its
 * method by {@link IndexRobustness#variant} and evaluated by the index itself.
 */
class IndexRobustnessSpreadTest {
  private static final LocalDate AT = LocalDate.of(2025, 1, 1);
  private static final LocalDate FROM = LocalDate.of(2023, 12, 31);
  private static final int K = IndexRobustness.FACTORS.size();

  private static ProcessModel mixed() {
    return ProcessModel.builder("Mixed")
        .dimension(Dimension.of("a", "A"))
        .dimension(Dimension.of("b", "B"))
        .milestone(Milestone.builder("a1", "A1", "a").build())
        .milestone(Milestone.builder("a2", "A2", "a").requires("a1").build())
        .milestone(Milestone.builder("b1", "B1", "b").build())
        .milestone(Milestone.builder("b2", "B2", "b").build())
        .source(new Source("s1", "", "", null, ""))
        .source(new Source("s2", "", "", null, ""))
        .event(status("2023-01-10", "a1", Status.AGREED, "s1"))
        .event(status("2024", "a2", Status.COMPLETED, "s1"))
        .event(status("2024-06-01", "b1", Status.AGREED, "s1"))
        .event(status("2024-06-20", "b1", Status.IN_PROGRESS, "s2"))
        .event(status("2024-03", "b2", Status.COMPLETED, "s2"))
        .event(status("2024-12-20", "b2", Status.IN_PROGRESS, "s1"))
        .build();
  }

  private static Event status(String date, String m, Status s, String source) {
    return Event.status(PartialDate.parse(date), m, s, List.of(source), "");
  }

  /** R's type 7 quantile, written out again here. */
  private static double type7(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) h;
    double frac = h - lo;
    return lo + 1 < sorted.length ? sorted[lo] * (1 - frac) + sorted[lo + 1] * frac : sorted[lo];
  }

  /** Two variants, the fewest allowed, and sixteen. */
  @ParameterizedTest
  @CsvSource({"2, 3", "16, 11"})
  void spreadsAreThoseOfEveryRowOfBothMatricesEvaluatedByTheIndexItself(int n, long seed) {
    ProcessModel model = mixed();
    IndexRobustness analysis = IndexRobustness.of(model, AT).change(FROM, AT);
    RobustnessResult r = analysis.analyze(n, seed);

    double[] a = new double[n * K];
    double[] b = new double[n * K];
    SaltelliDesign.fill(Sampling.SCRAMBLED_SOBOL, n, K, seed, a, b);
    double[] values = new double[2 * n];
    double[] change = new double[2 * n];
    int rose = 0;
    for (int j = 0; j < 2 * n; j++) {
      double[] row = Arrays.copyOfRange(j < n ? a : b, (j % n) * K, (j % n) * K + K);
      IndexMethod m = analysis.variant(row);
      values[j] = m.evaluate(model, AT).value();
      change[j] = m.evaluate(model, AT).value() - m.evaluate(model, FROM).value();
      if (change[j] > 1e-9) {
        rose++;
      }
    }
    Arrays.sort(values);
    Arrays.sort(change);

    assertThat(r.value().min()).isEqualTo(values[0]);
    assertThat(r.value().max()).isEqualTo(values[2 * n - 1]);
    assertThat(r.value().p5()).isCloseTo(type7(values, 0.05), within(1e-9));
    assertThat(r.value().p50()).isCloseTo(type7(values, 0.5), within(1e-9));
    assertThat(r.value().p95()).isCloseTo(type7(values, 0.95), within(1e-9));
    assertThat(r.change().p5()).isCloseTo(type7(change, 0.05), within(1e-9));
    assertThat(r.change().p50()).isCloseTo(type7(change, 0.5), within(1e-9));
    assertThat(r.change().p95()).isCloseTo(type7(change, 0.95), within(1e-9));
    assertThat(r.change().pRise()).isEqualTo(rose / (2.0 * n));
    // not vacuous: the rows differ, in value and in change, so a row read twice would show
    assertThat(values[0]).isLessThan(values[2 * n - 1]);
    assertThat(Arrays.stream(change).distinct().count()).isEqualTo(2L * n);
  }

  @Test
  void theTopQuantileIsTheLargestValue() {
    double[] x = {1, 2, 3, 4};
    assertThat(IndexRobustness.quantile(x, 1.0)).isEqualTo(4);
    assertThat(IndexRobustness.quantile(x, 0.0)).isEqualTo(1);
  }

  @Test
  void aCoordinateOfExactlyOnePicksTheLastChoice() {
    double[] x = new double[K];
    Arrays.fill(x, 1.0);
    IndexMethod m = IndexRobustness.of(mixed(), AT).variant(x);
    assertThat(m.scores()).isEqualTo(StatusScores.of(0, 0.25, 0.5, 1));
    assertThat(m.structure()).isEqualTo(Structure.POOLED);
    assertThat(m.gating()).isEqualTo(Gating.NONE);
    assertThat(m.readingRule()).isEqualTo(ReadingRule.MOST_RELIABLE);
    assertThat(m.dateRule()).isEqualTo(DateRule.MIDPOINT);
    assertThat(m.disputeWindowDays()).isEqualTo(90);
    assertThat(m.includeUnscored()).isTrue();
  }

  /**
   * The weight multipliers are 0.5 + a SplitMix64 double: the stream of {@link SplittableRandom}
   * (same mixer and golden gamma) seeded from the factor's value on a 2^31 grid XOR the stream name
   * ("mile" for milestones, "dime" for dimensions), so one value gives one weight vector on every
   * machine and in every version.
   */
  @Test
  void weightMultipliersAreTheSplitMixStreamOfTheFactorValue() {
    IndexRobustness analysis = IndexRobustness.of(mixed(), AT);
    long gamma = 0x9E3779B97F4A7C15L;
    for (double u : new double[] {0.0, 0.37, 0.8125}) {
      double[] x = new double[K];
      x[1] = u;
      x[2] = u;
      IndexMethod m = analysis.variant(x);
      long key = (long) (u * (1L << 31));
      long base = new SplittableRandom((key ^ 0x6d696c65L) - gamma).nextLong();
      SplittableRandom stream = new SplittableRandom(base - gamma);
      Map<String, Double> w = m.milestoneWeights().explicit();
      for (String id : List.of("a1", "a2", "b1", "b2")) {
        assertThat(w.get(id)).as("%s at %s", id, u).isEqualTo(0.5 + stream.nextDouble());
      }
      long dbase = new SplittableRandom((key ^ 0x64696d65L) - gamma).nextLong();
      SplittableRandom dstream = new SplittableRandom(dbase - gamma);
      Map<String, Double> dw = m.dimensionWeights().explicit();
      for (String id : List.of("a", "b")) {
        assertThat(dw.get(id)).as("%s at %s", id, u).isEqualTo(0.5 + dstream.nextDouble());
      }
    }
  }

  @Test
  void theFastPathRecomputesWeightsWhenOnlyOneWeightFactorChanges() {
    ProcessModel model = mixed();
    IndexRobustness analysis = IndexRobustness.of(model, AT);
    IndexRobustness.Variants fast = analysis.new Variants();
    double[] x = new double[K];
    x[4] = 0.9; // no gating, so a1 and a2 score differently and milestone weights matter
    double[][] steps = {{0.1, 0.1}, {0.9, 0.1}, {0.9, 0.6}, {0.2, 0.6}, {0.2, 0.05}};
    double previous = Double.NaN;
    for (double[] s : steps) {
      x[1] = s[0];
      x[2] = s[1];
      double slow = analysis.variant(x).evaluate(model, AT).value();
      assertThat(fast.value(x, AT.toEpochDay())).as(Arrays.toString(s)).isEqualTo(slow);
      // each step changes the value, so a stale weight vector would show
      assertThat(slow).as(Arrays.toString(s)).isNotEqualTo(previous);
      previous = slow;
    }
  }
}
