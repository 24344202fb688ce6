package io.github.thaw.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thaw.sensitivity.Parameter;
import io.github.thaw.sensitivity.Sobol;
import io.github.thaw.sensitivity.SobolResult;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChartDataTest {
  private static final List<LocalDate> TWO =
      List.of(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28));

  static Stream<Arguments> badFans() {
    double[] ok = {10, 20};
    return Stream.of(
        Arguments.of(
            List.of(),
            new double[0],
            new double[0],
            new double[0],
            Map.of(),
            "a fan chart needs at least one date"),
        Arguments.of(
            List.of(TWO.get(1), TWO.get(0)),
            ok,
            ok,
            ok,
            Map.of(),
            "fan chart dates must increase, got 2026-02-28 then 2026-01-31"),
        Arguments.of(TWO, new double[] {10}, ok, ok, Map.of(), "p10 has 1 values for 2 dates"),
        Arguments.of(
            TWO, ok, new double[] {10, 101}, ok, Map.of(), "p50 value 101.0 is outside 0–100"),
        Arguments.of(
            TWO,
            new double[] {15, 20},
            ok,
            ok,
            Map.of(),
            "fan chart percentiles at 2026-01-31 must satisfy p10 <= p50 <= p90, got 15.0, 10.0, 10.0"),
        Arguments.of(
            TWO,
            ok,
            ok,
            ok,
            Map.of("x", new double[] {0.5, 1.5}),
            "P(COMPLETED) of 'x' value 1.5 is outside 0–1"),
        Arguments.of(
            TWO,
            ok,
            ok,
            new double[] {Double.NaN, 20},
            Map.of(),
            "p90 value NaN is outside 0–100"));
  }

  @ParameterizedTest(name = "{5}")
  @MethodSource("badFans")
  void fanChartDataNamesTheBadValue(
      List<LocalDate> dates,
      double[] p10,
      double[] p50,
      double[] p90,
      Map<String, double[]> curves,
      String message) {
    assertThatThrownBy(() -> new FanChartData(dates, p10, p50, p90, curves))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void fanChartDataIsACopyAndComparesByContent() {
    double[] p = {10, 20};
    double[] c = {0.1, 0.2};
    FanChartData a = new FanChartData(TWO, p, p, p, Map.of("m", c));
    p[0] = 99;
    c[0] = 0.9;
    a.p50()[1] = 77;
    a.completionCurves().get("m")[1] = 0.7;
    FanChartData b =
        new FanChartData(
            TWO,
            new double[] {10, 20},
            new double[] {10, 20},
            new double[] {10, 20},
            Map.of("m", new double[] {0.1, 0.2}));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.p10()).containsExactly(10, 20);
    assertThat(a.toString()).isEqualTo("FanChartData[2 dates 2026-01-31..2026-02-28, 1 curve]");
  }

  @Test
  void sensitivityDataChecksNamesLengthsAndFiniteness() {
    double[] one = {0.1};
    assertThatThrownBy(
            () -> SensitivityData.withoutIntervals("y", List.of(), new double[0], new double[0]))
        .hasMessage("sensitivity data needs at least one input");
    assertThatThrownBy(
            () ->
                SensitivityData.withoutIntervals(
                    "y", List.of("a", "a"), new double[2], new double[2]))
        .hasMessage("sensitivity input names must be distinct, got [a, a]");
    assertThatThrownBy(
            () -> SensitivityData.withoutIntervals("y", List.of("a"), one, new double[2]))
        .hasMessage("total has 2 values for 1 inputs");
    assertThatThrownBy(
            () ->
                SensitivityData.withoutIntervals("y", List.of("a"), new double[] {Double.NaN}, one))
        .hasMessage("first value NaN is not finite");
    assertThatThrownBy(
            () ->
                new SensitivityData(
                    "y",
                    List.of("a"),
                    one,
                    one,
                    new double[] {Double.POSITIVE_INFINITY},
                    one,
                    one,
                    one))
        .hasMessage("firstHigh value Infinity is not finite");
  }

  @Test
  void sensitivityDataIsACopyRanksByTotalAndComparesByContent() {
    SensitivityData s = ReportModels.sensitivity();
    s.total()[0] = 5;
    assertThat(s.ranking()).containsExactly(1, 2, 0);
    assertThat(s)
        .isEqualTo(ReportModels.sensitivity())
        .hasSameHashCodeAs(ReportModels.sensitivity());
    assertThat(s.size()).isEqualTo(3);
    assertThat(s.toString()).isEqualTo("SensitivityData[index at 2026-12-31, 3 inputs]");
    assertThat(
            SensitivityData.withoutIntervals(
                    "y", List.of("a"), new double[] {0.1}, new double[] {0.2})
                .totalLow())
        .containsExactly(Double.NaN);
  }

  @Test
  void fanChartDataAcceptsTheEndsOfEachRange() {
    // Percentiles may reach 0 and 100 and probabilities 0 and 1: certainty is a valid forecast.
    FanChartData f =
        new FanChartData(
            TWO,
            new double[] {0, 100},
            new double[] {0, 100},
            new double[] {0, 100},
            Map.of("m", new double[] {0, 1}));

    assertThat(f.p90()).containsExactly(0, 100);
    assertThat(f.completionCurves().get("m")).containsExactly(0, 1);
  }

  @Test
  void fanChartDataDiffersWhenACurveDiffers() {
    double[] p = {10, 20};
    FanChartData a = new FanChartData(TWO, p, p, p, Map.of("m", new double[] {0.1, 0.2}));

    assertThat(a)
        .isNotEqualTo(new FanChartData(TWO, p, p, p, Map.of("m", new double[] {0.1, 0.3})))
        .isNotEqualTo(new FanChartData(TWO, p, p, p, Map.of("n", new double[] {0.1, 0.2})))
        .isNotEqualTo(new FanChartData(TWO, p, p, p, Map.of()))
        .isNotEqualTo(new FanChartData(TWO, p, p, new double[] {10, 30}, Map.of()))
        .isNotEqualTo("not fan data");
  }

  @Test
  void sensitivityDataDiffersWhenAnyPartDiffers() {
    SensitivityData s = ReportModels.sensitivity();
    double[] one = {0.1, 0.2, 0.3};

    assertThat(s)
        .isNotEqualTo(
            new SensitivityData(
                "another output",
                s.names(),
                s.first(),
                s.firstLow(),
                s.firstHigh(),
                s.total(),
                s.totalLow(),
                s.totalHigh()))
        .isNotEqualTo(
            new SensitivityData(
                s.output(),
                s.names(),
                s.first(),
                s.firstLow(),
                s.firstHigh(),
                s.total(),
                s.totalLow(),
                one))
        .isNotEqualTo("not sensitivity data");
  }

  @Test
  void sensitivityDataOfASobolResultKeepsItsIndicesAndIntervals() {
    // y = x1 + 2 x2: the second input matters more, and neither interacts with the other.
    SobolResult r =
        Sobol.analyze(
            x -> x[0] + 2 * x[1],
            List.of(Parameter.uniform("x1", 0, 1), Parameter.uniform("x2", 0, 1)),
            256,
            5);

    SensitivityData s = SensitivityData.of("y", r);

    assertThat(s.output()).isEqualTo("y");
    assertThat(s.names()).containsExactly("x1", "x2");
    assertThat(s.first()).containsExactly(r.firstOrder());
    assertThat(s.firstLow()).containsExactly(r.firstOrderLow());
    assertThat(s.firstHigh()).containsExactly(r.firstOrderHigh());
    assertThat(s.total()).containsExactly(r.totalOrder());
    assertThat(s.totalLow()).containsExactly(r.totalOrderLow());
    assertThat(s.totalHigh()).containsExactly(r.totalOrderHigh());
    assertThat(s.ranking()).containsExactly(1, 0);
  }

  @Test
  void differentDataSpreadOverHashCodes() {
    // Not required by the contract, but a hash that ignored the contents would put every value in
    // one bucket of a hash map.
    double[] p = {10, 20};
    Set<Integer> fans = new HashSet<>();
    for (double last : new double[] {20, 30, 40, 50}) {
      fans.add(new FanChartData(TWO, p, p, new double[] {10, last}, Map.of()).hashCode());
    }
    assertThat(fans).hasSizeGreaterThan(1);

    Set<Integer> sensitivities = new HashSet<>();
    for (double v : new double[] {0.1, 0.2, 0.3, 0.4}) {
      sensitivities.add(
          SensitivityData.withoutIntervals("y", List.of("a"), new double[] {v}, new double[] {v})
              .hashCode());
    }
    assertThat(sensitivities).hasSizeGreaterThan(1);
  }
}
