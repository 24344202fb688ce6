package io.github.thaw.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class SobolResultTest {

  private static final List<Parameter> PS =
      List.of(
          Parameter.uniform("small", 0, 1),
          Parameter.uniform("large", 0, 1),
          Parameter.uniform("none", 0, 1));

  /** Y = x_small + 3 x_large + x_small x_large: an interaction between the first two. */
  private static final ToDoubleFunction<double[]> MODEL = x -> x[0] + 3 * x[1] + x[0] * x[1];

  @Test
  void countsEvaluationsAndCallsTheModelThatOften() {
    AtomicLong calls = new AtomicLong();
    SobolResult r =
        Sobol.analyze(
            x -> {
              calls.incrementAndGet();
              return MODEL.applyAsDouble(x);
            },
            PS,
            256,
            1);
    assertThat(r.evaluations()).isEqualTo(5 * 256).isEqualTo(calls.get());
    assertThat(r.baseSamples()).isEqualTo(256);
    assertThat(r.sampling()).isEqualTo(Sampling.SCRAMBLED_SOBOL);
    assertThat(r.bootstrap()).isEqualTo(100);
    assertThat(r.confidence()).isEqualTo(0.95);
  }

  @Test
  void meanAndVarianceAreThoseOfThePooledOutputs() {
    // E[Y] = 0.5 + 1.5 + 0.25; Var = Var(x1 (1 + x2)) + ... computed in closed form below
    SobolResult r = Sobol.analyze(MODEL, PS, 1 << 14, 1);
    double mean = 0.5 + 1.5 + 0.25;
    // Y = (1 + x2) x1 + 3 x2; E[Y²] = E[(1+x2)²] E[x1²] + 6 E[x2 (1 + x2)] E[x1] + 9 E[x2²]
    double ey2 = (7.0 / 3) / 3 + 6 * (0.5 + 1.0 / 3) * 0.5 + 9.0 / 3;
    assertThat(r.mean()).isCloseTo(mean, within(1e-3));
    assertThat(r.variance()).isCloseTo(ey2 - mean * mean, within(1e-3));
  }

  @Test
  void intervalsBracketTheEstimates() {
    SobolResult r = Sobol.analyze(MODEL, PS, 1024, 3);
    for (int i = 0; i < 3; i++) {
      assertThat(r.firstOrder()[i]).isBetween(r.firstOrderLow()[i], r.firstOrderHigh()[i]);
      assertThat(r.totalOrder()[i]).isBetween(r.totalOrderLow()[i], r.totalOrderHigh()[i]);
    }
    // A parameter the model ignores: zero total index, and an interval of zero width.
    assertThat(r.totalOrder()[2]).isZero();
    assertThat(r.totalOrderLow()[2]).isZero();
    assertThat(r.totalOrderHigh()[2]).isZero();
  }

  @Test
  void narrowerConfidenceGivesNarrowerIntervals() {
    Sobol.Options o = Sobol.options().sampling(Sampling.RANDOM);
    SobolResult wide = o.confidence(0.99).analyze(MODEL, PS, 1024, 3);
    SobolResult narrow = o.confidence(0.5).analyze(MODEL, PS, 1024, 3);
    assertThat(narrow.firstOrder()).containsExactly(wide.firstOrder());
    assertThat(narrow.firstOrderHigh()[1] - narrow.firstOrderLow()[1])
        .isLessThan(wide.firstOrderHigh()[1] - wide.firstOrderLow()[1]);
  }

  @Test
  void withoutBootstrapIntervalsAreNaN() {
    SobolResult r = Sobol.options().bootstrap(0).analyze(MODEL, PS, 1024, 3);
    assertThat(r.firstOrderLow()).containsOnly(Double.NaN);
    assertThat(r.totalOrderHigh()).containsOnly(Double.NaN);
    assertThat(r.table()).contains("no intervals (bootstrap off)").doesNotContain("[");
  }

  @Test
  void arraysAreCopies() {
    SobolResult r = Sobol.analyze(MODEL, PS, 256, 3);
    double before = r.firstOrder()[0];
    r.firstOrder()[0] = 42;
    r.totalOrderLow()[0] = 42;
    assertThat(r.firstOrder()[0]).isEqualTo(before);
    assertThat(r.totalOrderLow()[0]).isNotEqualTo(42);
  }

  @Test
  void rankedByTotalIndex() {
    SobolResult r = Sobol.analyze(MODEL, PS, 4096, 3);
    List<SobolResult.Entry> ranked = r.ranked();
    assertThat(ranked)
        .extracting(SobolResult.Entry::name)
        .containsExactly("large", "small", "none");
    assertThat(ranked).extracting(SobolResult.Entry::rank).containsExactly(1, 2, 3);
    SobolResult.Entry top = ranked.get(0);
    assertThat(top.totalOrder()).isEqualTo(r.totalOrder()[1]);
    assertThat(top.firstOrder()).isEqualTo(r.firstOrder()[1]);
    assertThat(top.totalOrderLow()).isEqualTo(r.totalOrderLow()[1]);
    assertThat(top.firstOrderHigh()).isEqualTo(r.firstOrderHigh()[1]);
  }

  @Test
  void tableIsReadable() {
    SobolResult r = Sobol.analyze(MODEL, PS, 4096, 3);
    List<String> lines = r.table().lines().toList();
    assertThat(lines.get(0)).isEqualTo("Sobol' indices of 3 parameters, ranked by total index");
    assertThat(lines.get(1))
        .matches(
            "scrambled Sobol' sampling, N = 4096 \\(20480 model evaluations\\);"
                + " output mean 2\\.25\\d*, variance 1\\.21\\d+");
    assertThat(lines.get(2))
        .isEqualTo("95% intervals: percentile bootstrap over 100 resamples of the rows");
    assertThat(lines.get(3))
        .matches(
            "first-order indices sum to 0\\.99\\d\\d: interactions explain about 0\\.0\\d{3} of the"
                + " variance");
    assertThat(lines.get(4)).isEmpty();
    assertThat(lines.get(5))
        .isEqualTo("rank  parameter   total  95% interval       first  95% interval");
    String number = "0\\.\\d{4}";
    String interval = "\\[" + number + ", " + number + "\\]";
    assertThat(lines.get(6))
        .matches("   1  large      " + number + "  " + interval + "  " + number + "  " + interval);
    assertThat(lines.get(7)).startsWith("   2  small      0.1");
    assertThat(lines.get(8))
        .isEqualTo("   3  none       0.0000  [0.0000, 0.0000]  0.0000  [0.0000, 0.0000]");
    assertThat(lines).hasSize(9);
    assertThat(r).hasToString(r.table());
  }

  @Test
  void tableSaysWhenThereIsNoSignOfInteractions() {
    SobolResult r = Sobol.analyze(x -> x[0] + 2 * x[1], PS, 1024, 3);
    assertThat(r.table()).contains(": no sign of interactions");
  }

  private static SobolResult made(double[] first, double[] total, double mean, double variance) {
    int k = first.length;
    List<String> names = new java.util.ArrayList<>();
    for (int i = 0; i < k; i++) {
      names.add("p" + i);
    }
    double[] none = new double[k];
    java.util.Arrays.fill(none, Double.NaN);
    return new SobolResult(
        names,
        first,
        none,
        none,
        total,
        none,
        none,
        mean,
        variance,
        8,
        8L * (k + 2),
        Sampling.RANDOM,
        0,
        0.95);
  }

  @Test
  void tiesInTotalAreBrokenByFirstOrderThenByPosition() {
    // GIVEN p1 and p2 tied on total, p2 with the larger first-order index; p0 and p3 tied on both
    SobolResult r =
        made(new double[] {0.1, 0.2, 0.3, 0.1}, new double[] {0.4, 0.5, 0.5, 0.4}, 0, 1);
    // WHEN ranked THEN the larger first-order index goes first, then the earlier parameter
    assertThat(r.ranked())
        .extracting(SobolResult.Entry::name)
        .containsExactly("p2", "p1", "p0", "p3");
  }

  @Test
  void theSummaryLineWritesMeanAndVarianceToSixSignificantDigitsWithoutTrailingZeros() {
    assertThat(made(new double[] {1}, new double[] {1}, 2.25, 13.84456789).table().lines())
        .element(1)
        .isEqualTo(
            "random sampling, N = 8 (24 model evaluations); output mean 2.25, variance 13.8446");
    assertThat(made(new double[] {1}, new double[] {1}, 100, 1.5e7).table().lines())
        .element(1)
        .asString()
        .endsWith("output mean 100, variance 1.5e+07");
    assertThat(made(new double[] {1}, new double[] {1}, 0.000123, 2.0e-5).table().lines())
        .element(1)
        .asString()
        .endsWith("output mean 0.000123, variance 2e-05");
  }

  @Test
  void firstOrderIndicesSummingToOneOrMoreShowNoSignOfInteractions() {
    assertThat(made(new double[] {0.5, 0.5}, new double[] {0.5, 0.5}, 0, 1).table())
        .contains("first-order indices sum to 1.0000: no sign of interactions");
    assertThat(made(new double[] {0.5, 0.4999}, new double[] {0.5, 0.5}, 0, 1).table())
        .contains("first-order indices sum to 0.9999: interactions explain about 0.0001");
  }
}
