package io.github.thaw.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thaw.model.Dimension;
import io.github.thaw.model.Event;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Design points, option passing and parameter lists in the corners PIT found unchecked. */
class SensitivityCornersTest {
  private static final LocalDate AT = LocalDate.of(2025, 1, 1);

  private static ProcessModel withWeightlessDimension() {
    return ProcessModel.builder("Weightless")
        .dimension(Dimension.of("a", "A"))
        .dimension(Dimension.of("b", "B"))
        .dimension(new Dimension("z", "Z", 0, ""))
        .milestone(Milestone.builder("a1", "A1", "a").build())
        .milestone(Milestone.builder("b1", "B1", "b").build())
        .milestone(Milestone.builder("z1", "Z1", "z").build())
        .source(new Source("s1", "", "", null, ""))
        .event(Event.status("2024-01-01", "a1", Status.COMPLETED, "s1"))
        .event(Event.status("2024-01-01", "b1", Status.AGREED, "s1"))
        .event(Event.status("2024-01-01", "z1", Status.IN_PROGRESS, "s1"))
        .build();
  }

  @Test
  void randomDesignPointsSitAtTheCentresOfA52BitGrid() {
    int n = 64;
    int k = 3;
    double[] a = new double[n * k];
    double[] b = new double[n * k];
    SaltelliDesign.fill(Sampling.RANDOM, n, k, 5, a, b);
    for (double[] m : new double[][] {a, b}) {
      for (double v : m) {
        // v = (i + 1/2) / 2^52 for a whole i: strictly inside (0, 1), never on a grid line
        double cell = v * 0x1.0p52 - 0.5;
        assertThat(cell).isEqualTo(Math.rint(cell));
        assertThat(v).isGreaterThan(0).isLessThan(1);
      }
    }
  }

  @Test
  void aDimensionOfWeightZeroIsNotAnUncertainWeight() {
    assertThat(
            IndexSensitivity.of(withWeightlessDimension(), AT)
                .method(io.github.thaw.index.IndexMethod.legacy())
                .parameters())
        .extracting(Parameter::name)
        .contains("dimension:a", "dimension:b")
        .doesNotContain("dimension:z");
  }

  @Test
  void optionsReachTheAnalysis() {
    SobolResult r =
        IndexSensitivity.of(withWeightlessDimension(), AT)
            .options(Sobol.options().sampling(Sampling.RANDOM).bootstrap(0))
            .analyze(64, 3);
    assertThat(r.sampling()).isEqualTo(Sampling.RANDOM);
    assertThat(r.bootstrap()).isZero();
  }

  @Test
  void outputConstantOverAAndBIsRefusedEvenIfAMixedRowDiffers() {
    // Only the first A_B row returns 1: the variance over A and B, which the indices divide by,
    // is zero, so the analysis must refuse rather than return NaN indices.
    int n = 16;
    double[] a = new double[2 * n];
    double[] b = new double[2 * n];
    SaltelliDesign.fill(Sampling.SCRAMBLED_SOBOL, n, 2, 4, a, b);
    java.util.function.ToDoubleFunction<double[]> model = x -> x[0] == b[0] && x[1] == a[1] ? 1 : 0;
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                Sobol.analyze(
                    model,
                    java.util.List.of(Parameter.uniform("x1", 0, 1), Parameter.uniform("x2", 0, 1)),
                    n,
                    4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "model output has zero variance: all 32 evaluations of A and B returned 0.0;"
                + " Sobol' indices are undefined");
  }
}
