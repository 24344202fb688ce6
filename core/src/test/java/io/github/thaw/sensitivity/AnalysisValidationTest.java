package io.github.thaw.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad arguments and misbehaving models fail with messages that say what and where. */
class AnalysisValidationTest {

  private static final List<Parameter> TWO =
      List.of(Parameter.uniform("x1", 0, 1), Parameter.uniform("x2", 0, 1));

  @Test
  void noParameters() {
    assertThatThrownBy(() -> Sobol.analyze(x -> 0, List.of(), 16, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("at least one parameter is needed");
  }

  @Test
  void repeatedName() {
    List<Parameter> ps =
        List.of(
            Parameter.uniform("x1", 0, 1),
            Parameter.uniform("x2", 0, 1),
            Parameter.normal("x1", 0, 1));
    assertThatThrownBy(() -> Sobol.analyze(x -> x[0], ps, 16, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parameter 'x1' is listed twice (positions 0 and 2); names must be unique");
  }

  @Test
  void nulls() {
    assertThatThrownBy(() -> Sobol.analyze(null, TWO, 16, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("model");
    assertThatThrownBy(() -> Sobol.analyze(x -> 0, null, 16, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("parameters");
    assertThatThrownBy(() -> Sobol.analyze(x -> 0, Arrays.asList(TWO.get(0), null), 16, 1))
        .isInstanceOf(NullPointerException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 0, -4})
  void tooFewSamples(int n) {
    assertThatThrownBy(() -> Sobol.analyze(x -> x[0], TWO, n, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baseSamples is " + n + "; it must be at least 2");
  }

  @Test
  void tooManyEvaluations() {
    assertThatThrownBy(() -> Sobol.analyze(x -> x[0], TWO, 1 << 30, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "baseSamples 1073741824 with 2 parameters needs 4294967296 model evaluations;"
                + " at most 20000000 are allowed in one analysis; use fewer samples");
  }

  @Test
  void sobolSamplingHasAtMostFiveHundredParameters() {
    List<Parameter> many = new ArrayList<>();
    for (int i = 0; i < 501; i++) {
      many.add(Parameter.uniform("p" + i, 0, 1));
    }
    assertThatThrownBy(() -> Sobol.analyze(x -> x[0], many, 2, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "scrambled Sobol' sampling supports at most 500 parameters (the sequence has 1000"
                + " dimensions), got 501; use Sampling.RANDOM");
    // Five hundred use all thousand dimensions of the sequence, and are allowed.
    SobolResult most =
        Sobol.options().bootstrap(0).analyze(x -> x[499], many.subList(0, 500), 2, 1);
    assertThat(most.names()).hasSize(500);
    SobolResult r =
        Sobol.options().sampling(Sampling.RANDOM).bootstrap(0).analyze(x -> x[500], many, 8, 1);
    assertThat(r.ranked().get(0).name()).isEqualTo("p500");
    assertThat(r.ranked().get(1).totalOrder()).isZero();
  }

  @Test
  void badOptions() {
    assertThatThrownBy(() -> Sobol.options().bootstrap(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bootstrap resamples is -1; it must be >= 0 (0 turns intervals off)");
    assertThatThrownBy(() -> Sobol.options().confidence(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("confidence level is 1.0; it must lie strictly between 0 and 1, e.g. 0.95");
    assertThatThrownBy(() -> Sobol.options().confidence(0))
        .hasMessage("confidence level is 0.0; it must lie strictly between 0 and 1, e.g. 0.95");
    assertThat(Sobol.options().confidence(0.001).confidence()).isEqualTo(0.001);
    assertThat(Sobol.options().confidence(0.999).confidence()).isEqualTo(0.999);
    assertThatThrownBy(() -> Sobol.options().confidence(Double.NaN))
        .hasMessage("confidence level is NaN; it must lie strictly between 0 and 1, e.g. 0.95");
    assertThatThrownBy(() -> Sobol.options().threads(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threads is 0; it must be at least 1");
    assertThatThrownBy(() -> Sobol.options().sampling(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("sampling");
  }

  @Test
  void optionsAreImmutableValues() {
    Sobol.Options defaults = Sobol.options();
    Sobol.Options custom =
        defaults.sampling(Sampling.RANDOM).bootstrap(7).confidence(0.9).threads(2);
    assertThat(defaults)
        .hasToString(
            "Sobol.Options[sampling=SCRAMBLED_SOBOL, bootstrap=100, confidence=0.95, threads=1]");
    assertThat(custom.sampling()).isEqualTo(Sampling.RANDOM);
    assertThat(custom.bootstrap()).isEqualTo(7);
    assertThat(custom.confidence()).isEqualTo(0.9);
    assertThat(custom.threads()).isEqualTo(2);
  }

  @Test
  void nonFiniteOutputNamesTheRowMatrixAndValues() {
    // GIVEN a model whose fourth call (row 0 of A_B(x2): calls go A, B, A_B(x1), A_B(x2)) is NaN
    AtomicInteger calls = new AtomicInteger();
    double[][] seen = new double[1][];
    ToDoubleFunction<double[]> model =
        x -> {
          if (calls.getAndIncrement() == 3) {
            seen[0] = x.clone();
            return Double.NaN;
          }
          return x[0] + x[1];
        };
    // WHEN / THEN
    assertThatThrownBy(() -> Sobol.analyze(model, TWO, 16, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "model returned NaN at sample row 0 of matrix A_B(x2) with x1="
                + seen[0][0]
                + ", x2="
                + seen[0][1]
                + "; the model must return a finite number for every sample");
  }

  @ParameterizedTest
  @CsvSource({"5, 1, B", "14, 3, A_B(x1)", "15, 3, A_B(x2)"})
  void nonFiniteOutputLaterInTheDesignNamesItsOwnRowAndValues(int call, int row, String matrix) {
    // Calls go row by row, four per row (A, B, A_B(x1), A_B(x2)), on one thread; the message must
    // report the point of that row and matrix, not of row 0 or of A.
    AtomicInteger calls = new AtomicInteger();
    double[][] seen = new double[1][];
    ToDoubleFunction<double[]> model =
        x -> {
          if (calls.getAndIncrement() == call) {
            seen[0] = x.clone();
            return Double.NaN;
          }
          return x[0] + x[1];
        };
    assertThatThrownBy(() -> Sobol.analyze(model, TWO, 16, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "model returned NaN at sample row "
                + row
                + " of matrix "
                + matrix
                + " with x1="
                + seen[0][0]
                + ", x2="
                + seen[0][1]
                + "; the model must return a finite number for every sample");
  }

  @Test
  void infiniteOutputReportsTheValuesTheModelWasGiven() {
    // A model that scribbles on its argument must not change the values the message reports.
    ToDoubleFunction<double[]> model =
        x -> {
          double v = x[0] > 0.5 ? Double.POSITIVE_INFINITY : x[0];
          x[0] = -1;
          return v;
        };
    assertThatThrownBy(() -> Sobol.analyze(model, TWO, 16, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("model returned Infinity at sample row ")
        .hasMessageNotContaining("x1=-1.0")
        .hasMessageFindingMatch("x1=0\\.[5-9]");
  }

  @Test
  void failureIsTheSameOnOneAndTwoThreads() {
    // Many rows fail; both runs must report the first one a single thread would meet.
    ToDoubleFunction<double[]> model = x -> x[0] > 0.9 ? Double.NaN : x[0] + x[1];
    List<Parameter> ps = List.of(Parameter.uniform("x1", 0, 1), Parameter.uniform("x2", 0, 1));
    String one = message(() -> Sobol.options().threads(1).analyze(model, ps, 1 << 14, 3));
    String two = message(() -> Sobol.options().threads(2).analyze(model, ps, 1 << 14, 3));
    assertThat(one).startsWith("model returned NaN at sample row ");
    assertThat(two).isEqualTo(one);
  }

  @Test
  void exceptionsFromTheModelPassThrough() {
    ToDoubleFunction<double[]> model =
        x -> {
          throw new IllegalStateException("lookup table missing");
        };
    assertThatThrownBy(() -> Sobol.options().threads(2).analyze(model, TWO, 4096, 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("lookup table missing");
  }

  @Test
  void constantOutputHasNoIndices() {
    assertThatThrownBy(() -> Sobol.analyze(x -> 2.5, TWO, 16, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "model output has zero variance: all 32 evaluations of A and B returned 2.5;"
                + " Sobol' indices are undefined");
  }

  private static String message(Runnable r) {
    try {
      r.run();
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    throw new AssertionError("expected an IllegalArgumentException");
  }
}
