package io.github.thaw.benchmarks;

import io.github.thaw.index.IndexMethod;
import io.github.thaw.index.ProgressIndex;
import io.github.thaw.index.Trajectory;
import io.github.thaw.index.TrajectoryPoint;
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
 * Trajectories on a random model, computed incrementally by {@link ProgressIndex} against one full
 * evaluation per date with {@link ProgressIndex#at}; both give the same numbers.
 *
 * <ul>
 *   <li>{@code monthly*}: 133 month ends over the eleven years of events, about 1% of the
 *       milestones changing between dates;
 *   <li>{@code eventDates*}: every event date of 2025 (about 365 dates, some 30 events each), where
 *       few milestones change between dates.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class TrajectoryBenchmark {
  private static final LocalDate YEAR_START = LocalDate.of(2025, 1, 1);

  /** The number of milestones. */
  @Param({"100000"})
  public int milestones;

  private ProgressIndex index;
  private List<LocalDate> monthEnds;
  private List<LocalDate> eventDates;

  /** Builds the model and the dates once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    ProcessModel model = Models.random(milestones, 20_251_231L);
    index = IndexMethod.defaults().prepare(model);
    monthEnds = dates(index.monthly(Models.FIRST_DAY, Models.LAST_DAY));
    eventDates = dates(index.trajectory(YEAR_START, Models.LAST_DAY));
  }

  private static List<LocalDate> dates(Trajectory t) {
    return t.points().stream().map(TrajectoryPoint::date).toList();
  }

  /**
   * The monthly trajectory, incrementally.
   *
   * @return the trajectory
   */
  @Benchmark
  public Trajectory monthlyIncremental() {
    return index.monthly(Models.FIRST_DAY, Models.LAST_DAY);
  }

  /**
   * The same month ends, one full evaluation each.
   *
   * @param sink keeps the results alive
   */
  @Benchmark
  public void monthlyFull(Blackhole sink) {
    for (LocalDate d : monthEnds) {
      sink.consume(index.at(d).value());
    }
  }

  /**
   * The trajectory at every event date of 2025, incrementally.
   *
   * @return the trajectory
   */
  @Benchmark
  public Trajectory eventDatesIncremental() {
    return index.trajectory(YEAR_START, Models.LAST_DAY);
  }

  /**
   * The same event dates, one full evaluation each.
   *
   * @param sink keeps the results alive
   */
  @Benchmark
  public void eventDatesFull(Blackhole sink) {
    for (LocalDate d : eventDates) {
      sink.consume(index.at(d).value());
    }
  }
}
