package io.github.thaw.benchmarks;

import io.github.thaw.index.IndexMethod;
import io.github.thaw.index.ProgressIndex;
import io.github.thaw.index.Trajectory;
import io.github.thaw.model.ProcessModel;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A monthly trajectory over the eleven years of a random model's events (132 dates, about 1% of the
 * milestones changing between dates), computed incrementally by {@link ProgressIndex#monthly}
 * against one full evaluation per date with {@link ProgressIndex#at}. Both give the same numbers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class TrajectoryBenchmark {
  /** The number of milestones. */
  @Param({"100000"})
  public int milestones;

  private ProgressIndex index;
  private List<LocalDate> dates;

  /** Builds the model and the dates once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    ProcessModel model = Models.random(milestones, 20_251_231L);
    index = IndexMethod.defaults().prepare(model);
    dates =
        index.monthly(Models.FIRST_DAY, Models.LAST_DAY).points().stream()
            .map(p -> p.date())
            .toList();
  }

  /**
   * The monthly trajectory, incrementally.
   *
   * @return the trajectory
   */
  @Benchmark
  public Trajectory incremental() {
    return index.monthly(Models.FIRST_DAY, Models.LAST_DAY);
  }

  /**
   * The same dates, one full evaluation each.
   *
   * @param sink keeps the results alive
   */
  @Benchmark
  public void fullEvaluations(Blackhole sink) {
    for (LocalDate d : dates) {
      sink.consume(index.at(d).value());
    }
  }
}
