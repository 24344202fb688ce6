package io.github.thaw.benchmarks;

import io.github.thaw.sensitivity.Parameter;
import io.github.thaw.sensitivity.Sobol;
import io.github.thaw.sensitivity.SobolResult;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A whole Sobol' analysis of the Ishigami function (a = 7, b = 0.1) at N = 2^17, that is 655,360
 * model evaluations, in a 256 MiB heap. The target is under 0.15 s per analysis on one and on two
 * threads. {@code bootstrap = 0} shows the analysis without intervals, and {@link #evaluationsOnly}
 * the bare cost of the 655,360 Ishigami calls on fixed points, the floor that no implementation can
 * beat.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar SobolBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s -jvmArgs -Xmx256m
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class SobolBenchmark {
  private static final double A = 7;
  private static final double B = 0.1;

  private static final ToDoubleFunction<double[]> ISHIGAMI =
      x -> {
        double s = Math.sin(x[0]);
        double s2 = Math.sin(x[1]);
        double x3 = x[2] * x[2];
        return s + A * s2 * s2 + B * x3 * x3 * s;
      };

  private static final List<Parameter> PARAMETERS =
      List.of(
          Parameter.uniform("x1", -Math.PI, Math.PI),
          Parameter.uniform("x2", -Math.PI, Math.PI),
          Parameter.uniform("x3", -Math.PI, Math.PI));

  /** The analysis and its settings. */
  @State(Scope.Benchmark)
  public static class Analysis {
    /** N, the rows of A and B; (k + 2) N = 5 N evaluations. */
    @Param("131072")
    public int baseSamples;

    /** Threads evaluating the model and running the bootstrap. */
    @Param({"1", "2"})
    public int threads;

    /** Bootstrap resamples; 0 turns confidence intervals off. */
    @Param({"100", "0"})
    public int bootstrap;

    Sobol.Options options;

    /** Builds the options once per trial. */
    @Setup
    public void setUp() {
      options = Sobol.options().threads(threads).bootstrap(bootstrap);
    }
  }

  /** 5 N fixed points of the Ishigami domain, for the floor. */
  @State(Scope.Benchmark)
  public static class Points {
    /** N; the points are 5 N rows of 3 values. */
    @Param("131072")
    public int baseSamples;

    double[] values;

    /** Draws the points once per trial. */
    @Setup
    public void setUp() {
      SplittableRandom random = new SplittableRandom(1);
      values = new double[5 * baseSamples * 3];
      for (int i = 0; i < values.length; i++) {
        values[i] = random.nextDouble(-Math.PI, Math.PI);
      }
    }
  }

  /**
   * One complete analysis: design, 5 N evaluations, estimates and intervals.
   *
   * @param a the settings
   * @return the result, consumed by JMH
   */
  @Benchmark
  public SobolResult analyze(Analysis a) {
    return a.options.analyze(ISHIGAMI, PARAMETERS, a.baseSamples, 42);
  }

  /**
   * The 5 N model calls alone on one thread, through the same functional interface.
   *
   * @param p the points
   * @return the sum of the outputs, consumed by JMH
   */
  @Benchmark
  public double evaluationsOnly(Points p) {
    double[] points = p.values;
    double[] row = new double[3];
    double sum = 0;
    for (int at = 0; at < points.length; at += 3) {
      System.arraycopy(points, at, row, 0, 3);
      sum += ISHIGAMI.applyAsDouble(row);
    }
    return sum;
  }
}
