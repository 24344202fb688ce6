package io.github.thaw.benchmarks;

import io.github.thaw.io.FileSyntax;
import io.github.thaw.io.ModelFiles;
import io.github.thaw.model.ModelException;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.report.HtmlReport;
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
 * The large cases of the hostile-input review, which must stay linear: the HTML report on a chain
 * of 10,000, 100,000 and 1,000,000 milestones (the last is refused before any section is computed),
 * and reading a file with 20,000 references to a milestone that does not exist (every one a
 * problem; "did you mean" is computed only for the 1,000 listed).
 *
 * <p>Run with a 1 GiB heap, the heap the limits are documented for: {@code java -Xmx1g -jar
 * benchmarks/target/benchmarks.jar HostileInputBenchmark -jvmArgs -Xmx1g}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx1g")
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class HostileInputBenchmark {
  /** The chain's length. */
  @Param({"10000", "100000", "1000000"})
  public int milestones;

  private ProcessModel chain;
  private String unknownReferences;
  private final LocalDate date = LocalDate.of(2024, 6, 1);

  /** Builds the chain and the file text once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    chain = Models.chain(milestones);
    StringBuilder b =
        new StringBuilder("name: Many\ndimensions: [{id: d, name: D}]\nmilestones:\n");
    b.append("  - {id: railway, name: R, dimension: d}\n");
    for (int i = 0; i < 20_000; i++) {
      b.append("  - {id: m").append(i).append(", name: M, dimension: d, requires: [raiway]}\n");
    }
    unknownReferences = b.append("sources: []\nevents: []\n").toString();
  }

  /**
   * The report of the chain (index, trajectory, graph table; no forecast or sensitivity, which have
   * their own benchmarks), or its refusal for a model above the report's limit.
   *
   * @return the report's length, or the message's
   */
  @Benchmark
  public int report() {
    try {
      return HtmlReport.builder(chain).asOf(date).build().html().length();
    } catch (IllegalArgumentException tooLarge) {
      return tooLarge.getMessage().length();
    }
  }

  /**
   * Reads the file with 20,000 unknown references; the chain's length does not matter here.
   *
   * @return the number of problems listed
   */
  @Benchmark
  public int validateTwentyThousandUnknownReferences() {
    try {
      ModelFiles.read(unknownReferences, "many.yaml", FileSyntax.YAML);
      throw new IllegalStateException("the file must be refused");
    } catch (ModelException e) {
      return e.problems().size();
    }
  }
}
