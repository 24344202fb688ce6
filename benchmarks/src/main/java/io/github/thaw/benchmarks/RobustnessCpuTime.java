package io.github.thaw.benchmarks;

import io.github.thaw.model.ProcessModel;
import io.github.thaw.seeds.TurkiyeArmenia;
import io.github.thaw.sensitivity.IndexRobustness;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The CPU-time companion of {@link RobustnessBenchmark} for a shared machine: the thread CPU time
 * of {@code thaw robustness}'s analysis on the reference model at N = 4,096 (target under 2 s) and
 * on 100,000 random milestones at 256 variants (target under 10 s), each measured on its first run
 * after JVM start (models built beforehand) and then warm. Run it with {@code java -Xmx2g -cp
 * benchmarks.jar io.github.thaw.benchmarks.RobustnessCpuTime}.
 */
public final class RobustnessCpuTime {
  private RobustnessCpuTime() {}

  /**
   * Measures both cases.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    ProcessModel reference = TurkiyeArmenia.model();
    ProcessModel large = Models.random(100_000, 42);
    for (int round = 1; round <= 3; round++) {
      long a = threads.getCurrentThreadCpuTime();
      IndexRobustness.of(reference, LocalDate.of(2025, 9, 30)).analyze(4096, 11);
      long b = threads.getCurrentThreadCpuTime();
      IndexRobustness.of(large, Models.LAST_DAY).analyze(128, 11);
      long c = threads.getCurrentThreadCpuTime();
      System.out.println(
          String.format(
              Locale.ROOT,
              "run %d: reference N=4096 %.3f s CPU; 100,000 milestones x 256 variants %.3f s CPU",
              round,
              (b - a) / 1e9,
              (c - b) / 1e9));
    }
  }
}
