package io.github.thaw.benchmarks;

import io.github.thaw.forecast.Forecast;
import io.github.thaw.forecast.ForecastSummary;
import io.github.thaw.seeds.TurkiyeArmenia;
import java.util.concurrent.TimeUnit;
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
 * The default forecast of the reference model (transitions calibrated on its record, the index fan
 * under the default method) with 100,000 paths to a five-year horizon. Target: under one second.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ReferenceForecastBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ReferenceForecastBenchmark {
  /** Threads of the run. */
  @Param({"1", "2"})
  public int threads;

  private Forecast forecast;

  /** Calibrates and prepares the forecast once per trial. */
  @Setup
  public void setUp() {
    forecast = Forecast.builder(TurkiyeArmenia.model()).samples(100_000).threads(threads).build();
  }

  /**
   * One run of 100,000 paths.
   *
   * @return the result
   */
  @Benchmark
  public ForecastSummary run() {
    return forecast.run(11);
  }
}
