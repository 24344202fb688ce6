package io.github.thaw.benchmarks;

import io.github.thaw.index.IndexMethod;
import io.github.thaw.index.ProgressIndex;
import io.github.thaw.model.ProcessModel;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * A companion to the JMH benchmarks for shared machines: the thread CPU time of one evaluation on
 * the random models of {@link RandomModelBenchmark}, which other processes competing for the cores
 * do not inflate as they inflate wall-clock time. Prints the median over repeated evaluations,
 * after warming up. Not a JMH benchmark; run it with {@code java -Xmx1g -cp benchmarks.jar
 * io.github.thaw.benchmarks.CpuTime [sizes...]}.
 */
public final class CpuTime {
  private CpuTime() {}

  /**
   * Measures each size given, or 10³ to 10⁶.
   *
   * @param args milestone counts
   */
  public static void main(String[] args) {
    int[] sizes =
        args.length == 0
            ? new int[] {1_000, 10_000, 100_000, 1_000_000}
            : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    LocalDate date = LocalDate.of(2025, 12, 31);
    System.out.println("milestones  evaluate ms  ns/milestone  prepared ms  ns/milestone");
    for (int n : sizes) {
      ProcessModel model = Models.random(n, 20_251_231L);
      ProgressIndex prepared = IndexMethod.defaults().prepare(model);
      int reps = Math.max(15, 30_000_000 / n);
      double[] cold = new double[reps];
      double[] warm = new double[reps];
      for (int round = 0; round < 2; round++) { // the first round warms up
        for (int i = 0; i < reps; i++) {
          long a = threads.getCurrentThreadCpuTime();
          IndexMethod.defaults().evaluate(model, date);
          long b = threads.getCurrentThreadCpuTime();
          prepared.at(date);
          long c = threads.getCurrentThreadCpuTime();
          cold[i] = (b - a) / 1e6;
          warm[i] = (c - b) / 1e6;
        }
      }
      double e = median(cold);
      double p = median(warm);
      System.out.println(
          String.format(
              Locale.ROOT,
              "%10d  %11.3f  %12.1f  %11.3f  %12.1f",
              n,
              e,
              e * 1e6 / n,
              p,
              p * 1e6 / n));
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
