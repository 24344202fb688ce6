package io.github.thaw.benchmarks;

import io.github.thaw.model.ProcessModel;
import io.github.thaw.seeds.TurkiyeArmenia;
import io.github.thaw.sensitivity.IndexRobustness;
import io.github.thaw.sensitivity.RobustnessResult;
import java.time.LocalDate;
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
 * {@code thaw robustness} in the library (CPU-time companion: {@link RobustnessCpuTime}): the
 * reference model at N = 4,096 base samples (49,152 index evaluations plus 16,384 for the change;
 * target under 2 s), and a random model of 100,000 milestones at 256 variants (N = 128: 1,536
 * evaluations of the value plus 512 of the change; target under 10 s).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar RobustnessBenchmark -f 1 -wi 1 -i 3
 * </pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class RobustnessBenchmark {
  /** The models, built once. */
  @State(Scope.Benchmark)
  public static class Models {
    ProcessModel reference;
    ProcessModel large;

    /** Loads the reference model and builds the random one. */
    @Setup
    public void setUp() {
      reference = TurkiyeArmenia.model();
      large = io.github.thaw.benchmarks.Models.random(100_000, 42);
    }
  }

  /**
   * The reference model at 2025-09-30, N = 4,096.
   *
   * @param m the models
   * @return the result, so the work is not eliminated
   */
  @Benchmark
  public RobustnessResult reference4096(Models m) {
    return IndexRobustness.of(m.reference, LocalDate.of(2025, 9, 30)).analyze(4096, 11);
  }

  /**
   * 100,000 milestones, 256 variants (N = 128).
   *
   * @param m the models
   * @return the result
   */
  @Benchmark
  public RobustnessResult large256Variants(Models m) {
    return IndexRobustness.of(m.large, io.github.thaw.benchmarks.Models.LAST_DAY).analyze(128, 11);
  }
}
