package io.github.thaw.benchmarks;

import io.github.thaw.index.IndexMethod;
import io.github.thaw.index.IndexResult;
import io.github.thaw.index.Trajectory;
import io.github.thaw.model.ProcessModel;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The index on a model of the reference model's size (15 milestones, 6 dimensions): one evaluation
 * with the default method and with PAM, an evaluation with its explanation, and the trajectory at
 * every event date.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class ReferenceModelBenchmark {
  private final ProcessModel model = Models.referenceSized();
  private final LocalDate date = LocalDate.of(2025, 9, 12);

  /**
   * The default method at one date.
   *
   * @return the result
   */
  @Benchmark
  public IndexResult evaluate() {
    return IndexMethod.defaults().evaluate(model, date);
  }

  /**
   * The PAM aggregate at one date.
   *
   * @return the result
   */
  @Benchmark
  public IndexResult evaluatePam() {
    return IndexMethod.pam().evaluate(model, date);
  }

  /**
   * The default method at one date, explained in words.
   *
   * @return the explanation
   */
  @Benchmark
  public String evaluateAndExplain() {
    return IndexMethod.defaults().evaluate(model, date).explain();
  }

  /**
   * The trajectory at every event date.
   *
   * @return the trajectory
   */
  @Benchmark
  public Trajectory trajectory() {
    return IndexMethod.defaults().prepare(model).trajectory();
  }
}
