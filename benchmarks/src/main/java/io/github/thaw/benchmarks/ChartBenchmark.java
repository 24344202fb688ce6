package io.github.thaw.benchmarks;

import io.github.thaw.index.IndexMethod;
import io.github.thaw.index.ProgressIndex;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.report.Charts;
import io.github.thaw.report.HtmlReport;
import io.github.thaw.scenario.ScenarioComparison;
import io.github.thaw.seeds.TurkiyeArmenia;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Drawing the reference model's charts as SVG, and its report page without forecast, sensitivity or
 * robustness: the cost of the chart library and its SVG canvas, apart from the analyses.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ChartBenchmark {
  private static final LocalDate AS_OF = LocalDate.of(2025, 9, 30);

  private ProcessModel model;
  private ProgressIndex index;
  private ScenarioComparison comparison;

  /** Loads the model and compares its scenarios once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    model = TurkiyeArmenia.model();
    index = IndexMethod.defaults().prepare(model);
    comparison =
        ScenarioComparison.atLatest(model, IndexMethod.defaults(), TurkiyeArmenia.scenarios());
  }

  /**
   * The index over time.
   *
   * @return the SVG's length
   */
  @Benchmark
  public int trajectory() {
    return Charts.trajectory(index, AS_OF).svg().length();
  }

  /**
   * The dependency graph.
   *
   * @return the SVG's length
   */
  @Benchmark
  public int graph() {
    return Charts.graph(model, AS_OF).svg().length();
  }

  /**
   * The scenarios against the baseline.
   *
   * @return the SVG's length
   */
  @Benchmark
  public int scenarios() {
    return Charts.scenarios(comparison).svg().length();
  }

  /**
   * The report page with those three charts and its tables.
   *
   * @return the page's length
   */
  @Benchmark
  public int page() {
    return HtmlReport.builder(model).asOf(AS_OF).comparison(comparison).build().html().length();
  }
}
