package io.github.thaw.sensitivity;

import static io.github.thaw.sensitivity.TestModels.ISHIGAMI;
import static io.github.thaw.sensitivity.TestModels.ISHIGAMI_PARAMETERS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The same seed gives bit-identical results, whatever the number of threads. */
class DeterminismTest {

  private static final List<Function<SobolResult, double[]>> ARRAYS =
      List.of(
          SobolResult::firstOrder,
          SobolResult::firstOrderLow,
          SobolResult::firstOrderHigh,
          SobolResult::totalOrder,
          SobolResult::totalOrderLow,
          SobolResult::totalOrderHigh);

  private static void assertBitIdentical(SobolResult a, SobolResult b) {
    for (Function<SobolResult, double[]> f : ARRAYS) {
      assertThat(bits(f.apply(a))).containsExactly(bits(f.apply(b)));
    }
    assertThat(Double.doubleToRawLongBits(a.variance()))
        .isEqualTo(Double.doubleToRawLongBits(b.variance()));
    assertThat(a.table()).isEqualTo(b.table());
  }

  private static long[] bits(double[] x) {
    long[] b = new long[x.length];
    for (int i = 0; i < x.length; i++) {
      b[i] = Double.doubleToRawLongBits(x[i]);
    }
    return b;
  }

  @ParameterizedTest
  @EnumSource(Sampling.class)
  void sameSeedSameResult(Sampling sampling) {
    Sobol.Options o = Sobol.options().sampling(sampling);
    assertBitIdentical(
        o.analyze(ISHIGAMI, ISHIGAMI_PARAMETERS, 2048, 5),
        o.analyze(ISHIGAMI, ISHIGAMI_PARAMETERS, 2048, 5));
  }

  @ParameterizedTest
  @EnumSource(Sampling.class)
  void otherSeedOtherResult(Sampling sampling) {
    Sobol.Options o = Sobol.options().sampling(sampling);
    assertThat(o.analyze(ISHIGAMI, ISHIGAMI_PARAMETERS, 2048, 5).firstOrder())
        .isNotEqualTo(o.analyze(ISHIGAMI, ISHIGAMI_PARAMETERS, 2048, 6).firstOrder());
  }

  @ParameterizedTest
  @EnumSource(Sampling.class)
  void oneTwoOrThreeThreadsGiveTheSameBits(Sampling sampling) {
    // 3000 rows: three blocks of unequal size, so threads really split the work unevenly.
    Sobol.Options o = Sobol.options().sampling(sampling).bootstrap(50);
    SobolResult one = o.threads(1).analyze(ISHIGAMI, ISHIGAMI_PARAMETERS, 3000, 99);
    assertBitIdentical(one, o.threads(2).analyze(ISHIGAMI, ISHIGAMI_PARAMETERS, 3000, 99));
    assertBitIdentical(one, o.threads(3).analyze(ISHIGAMI, ISHIGAMI_PARAMETERS, 3000, 99));
  }
}
