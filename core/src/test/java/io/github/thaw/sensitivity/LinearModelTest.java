package io.github.thaw.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/**
 * A linear model Y = Σ c_i X_i with independent inputs has no interactions: S_i = ST_i = c_i²
 * Var(X_i) / Σ c_j² Var(X_j).
 */
class LinearModelTest {

  private static final List<Parameter> UNIFORMS =
      List.of(
          Parameter.uniform("a", 0, 1),
          Parameter.uniform("b", -2, 2),
          Parameter.uniform("c", 10, 13),
          Parameter.uniform("d", 0, 5));

  @Test
  void uniformInputsGiveTheAnalyticShares() {
    // GIVEN coefficients that give shares of about 0.007, 0.438, 0.555 and 0; the offset of c
    // (10..13) gives the output a mean far from 0, which the estimators must not mind
    double[] c = {1, 2, 3, 0};
    double[] expected = TestModels.linearIndices(c, UNIFORMS);
    // WHEN
    SobolResult r = Sobol.analyze(TestModels.linear(c), UNIFORMS, 1 << 14, 7);
    // THEN
    assertThat(expected[3]).isZero();
    assertThat(r.firstOrder()).containsExactly(expected, within(0.01));
    assertThat(r.totalOrder()).containsExactly(expected, within(0.01));
    // An input with no effect has exactly zero total index: f(A) = f(A_B) on every row.
    assertThat(r.totalOrder()[3]).isZero();
    assertThat(r.ranked()).extracting(SobolResult.Entry::name).containsExactly("c", "b", "a", "d");
  }

  @Test
  void otherDistributionsGiveTheAnalyticSharesToo() {
    List<Parameter> mixed =
        List.of(
            Parameter.pert("p", 1, 2, 6),
            Parameter.triangular("t", 0, 3, 4),
            Parameter.lognormalFromMedian("l", 1, 1.5),
            Parameter.exponential("e", 2),
            Parameter.normal("n", 5, 0.3));
    double[] c = {1, 1, 2, 1.5, 1};
    double[] expected = TestModels.linearIndices(c, mixed);
    SobolResult r = Sobol.analyze(TestModels.linear(c), mixed, 1 << 14, 7);
    assertThat(r.firstOrder()).containsExactly(expected, within(0.01));
    assertThat(r.totalOrder()).containsExactly(expected, within(0.01));
  }

  @Property(tries = 25, seed = "20261123")
  void anyCoefficientsGiveTheAnalyticShares(
      @ForAll @DoubleRange(min = -5, max = 5) double c0,
      @ForAll @DoubleRange(min = -5, max = 5) double c1,
      @ForAll @DoubleRange(min = 0.1, max = 5) double c2) {
    double[] c = {c0, c1, c2};
    List<Parameter> ps = UNIFORMS.subList(0, 3);
    double[] expected = TestModels.linearIndices(c, ps);
    SobolResult r = Sobol.options().bootstrap(0).analyze(TestModels.linear(c), ps, 1 << 12, 3);
    assertThat(r.firstOrder()).containsExactly(expected, within(0.02));
    assertThat(r.totalOrder()).containsExactly(expected, within(0.02));
  }
}
