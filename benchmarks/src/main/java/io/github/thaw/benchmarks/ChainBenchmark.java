package io.github.thaw.benchmarks;

import io.github.thaw.index.IndexMethod;
import io.github.thaw.index.IndexResult;
import io.github.thaw.model.ProcessModel;
import java.time.LocalDate;
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

/**
 * A chain of 200,000 milestones, each requiring the one before: the deepest dependency graph there
 * is, every milestone but the first capped. Shows that gating is iterative and linear.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class ChainBenchmark {
  /** The chain's length. */
  @Param({"200000"})
  public int milestones;

  private ProcessModel model;
  private final LocalDate date = LocalDate.of(2025, 1, 1);

  /** Builds the chain once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    model = Models.chain(milestones);
  }

  /**
   * Evaluates the default method, with every cap reported.
   *
   * @return the result
   */
  @Benchmark
  public IndexResult evaluate() {
    return IndexMethod.defaults().evaluate(model, date);
  }
}
