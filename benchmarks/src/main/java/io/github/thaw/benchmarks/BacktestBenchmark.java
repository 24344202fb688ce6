package io.github.thaw.benchmarks;

import io.github.thaw.forecast.Backtest;
import io.github.thaw.forecast.BacktestResult;
import io.github.thaw.seeds.TurkiyeArmenia;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A backtest of the reference model over 12 monthly origins (2024-07-31 to 2025-06-30, lead 3
 * months) with 10,000 paths each: for every origin the record known then, its calibration, the
 * forecast with its index fan, and the scores. Target (issue 16): under 10 s.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar BacktestBenchmark -f 1 -wi 1 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class BacktestBenchmark {
  private Backtest backtest;

  /** Lists the origins once per trial. */
  @Setup
  public void setUp() {
    backtest = Backtest.builder(TurkiyeArmenia.model()).lead(3).samples(10_000).build();
    if (backtest.origins().size() != 12) {
      throw new IllegalStateException("expected 12 origins, got " + backtest.origins());
    }
  }

  /**
   * One backtest: 12 origins × 10,000 paths.
   *
   * @return the result
   */
  @Benchmark
  public BacktestResult run() {
    return backtest.run();
  }
}
