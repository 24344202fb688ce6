package io.github.thaw.benchmarks;

import io.github.thaw.index.IndexMethod;
import io.github.thaw.index.IndexResult;
import io.github.thaw.index.ProgressIndex;
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
 * One evaluation of the default index on random acyclic models of 10³ to 10⁶ milestones with 1.6
 * dependencies each. {@code evaluate} resolves the method against the model and evaluates, as
 * {@link IndexMethod#evaluate} does; {@code evaluatePrepared} reuses a {@link ProgressIndex}, as a
 * caller evaluating several dates would.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class RandomModelBenchmark {
  /** The number of milestones. */
  @Param({"1000", "10000", "100000", "1000000"})
  public int milestones;

  private ProcessModel model;
  private ProgressIndex prepared;
  private final LocalDate date = LocalDate.of(2025, 12, 31);

  /** Builds the model once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    model = Models.random(milestones, 20_251_231L);
    prepared = IndexMethod.defaults().prepare(model);
  }

  /**
   * Resolves the default method against the model and evaluates it.
   *
   * @return the result
   */
  @Benchmark
  public IndexResult evaluate() {
    return IndexMethod.defaults().evaluate(model, date);
  }

  /**
   * Evaluates an index already resolved against the model.
   *
   * @return the result
   */
  @Benchmark
  public IndexResult evaluatePrepared() {
    return prepared.at(date);
  }
}
