package io.github.thaw.benchmarks;

import io.github.thaw.forecast.Forecast;
import io.github.thaw.forecast.ForecastSummary;
import io.github.thaw.forecast.PathStreams;
import io.github.thaw.forecast.Step;
import io.github.thaw.forecast.StepDuration;
import io.github.thaw.forecast.Transitions;
import io.github.thaw.model.Dimension;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.ProcessModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.rng.UniformRandomProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Forecast throughput on a synthetic model of 50 milestones and 80 hard dependencies whose every
 * step is a three-point (beta-PERT) estimate, in paths per second, against a reference kernel: the
 * minimal primitive-array max-plus pass with the same draws and no bookkeeping. Targets: Thaw at
 * least 50% of the kernel on one and on two threads, and two threads at least 1.7 times one.
 *
 * <p>The kernel draws exactly what Thaw draws: the same generator per path, the same block of
 * uniforms, the same quantile of the same durations, skipped for steps that cannot start before the
 * horizon. Setup checks that both count the same completions, path for path.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ForecastBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ForecastBenchmark {
  /** Paths per benchmark call. */
  static final int PATHS = 20_000;

  static final long SEED = 11;
  static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);

  /**
   * The synthetic model: milestone i requires earlier ones until there are 80 requirements, spread
   * over five dimensions; nothing has started.
   *
   * @return the model
   */
  static ProcessModel synthetic() {
    SplittableRandom random = new SplittableRandom(50);
    ProcessModel.Builder b = ProcessModel.builder("Synthetic 50/80").asOf(PartialDate.of(AS_OF));
    for (int d = 0; d < 5; d++) {
      b.dimension(Dimension.of("d" + d, "Dimension " + d));
    }
    List<List<MilestoneId>> requires = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      requires.add(new ArrayList<>());
    }
    int edges = 0;
    while (edges < 80) {
      int i = 1 + random.nextInt(49);
      MilestoneId q = MilestoneId.of("m" + random.nextInt(i));
      if (!requires.get(i).contains(q)) {
        requires.get(i).add(q);
        edges++;
      }
    }
    for (int i = 0; i < 50; i++) {
      b.milestone(
          Milestone.builder("m" + i, "Milestone " + i, "d" + random.nextInt(5))
              .requires(requires.get(i))
              .build());
    }
    return b.build();
  }

  /**
   * A three-point estimate for each step of each milestone, from 0.5 to 40 months.
   *
   * @param model the model
   * @return the transitions
   */
  static Transitions threePoint(ProcessModel model) {
    SplittableRandom random = new SplittableRandom(80);
    Transitions.Builder t = Transitions.builder(StepDuration.never());
    for (Milestone m : model.milestones()) {
      for (Step s : Step.values()) {
        double min = 0.5 + 2.5 * random.nextDouble();
        double mode = min + 1 + 5 * random.nextDouble();
        double max = mode + 3 + 15 * random.nextDouble();
        t.milestone(m.id(), s, StepDuration.pert(min, mode, max));
      }
    }
    return t.build();
  }

  /** Thaw's forecast and the kernel's arrays, on one or two threads. */
  @State(Scope.Benchmark)
  public static class Synthetic {
    /** Threads of both the forecast and the kernel. */
    @Param({"1", "2"})
    public int threads;

    Forecast forecast;
    Forecast milestonesOnly;
    Kernel kernel;

    /** Builds both and checks they count the same completions. */
    @Setup
    public void setUp() {
      ProcessModel model = synthetic();
      forecast =
          Forecast.builder(model)
              .transitions(threePoint(model))
              .samples(PATHS)
              .threads(threads)
              .build();
      milestonesOnly =
          Forecast.builder(model)
              .transitions(threePoint(model))
              .samples(PATHS)
              .threads(threads)
              .indexFan(false)
              .build();
      kernel = new Kernel(forecast, threads);
      ForecastSummary s = forecast.run(SEED);
      long thaw = 0;
      for (Milestone m : model.milestones()) {
        thaw += Math.round(s.pCompletedByHorizon(m.id().value()) * PATHS);
      }
      long bare = kernel.run(SEED);
      if (thaw != bare) {
        throw new IllegalStateException(
            "kernel and forecast disagree: " + bare + " and " + thaw + " completions");
      }
    }
  }

  /**
   * The reference kernel: per path, the same uniforms, then for each milestone in topological order
   * and each level the max-plus recurrence {@code T[m][l] = max(T[m][l-1], max over prerequisites q
   * of T[q][l]) + duration}, skipping steps that cannot start by the horizon. It keeps only a count
   * of completions, so that the work is not optimised away.
   */
  static final class Kernel {
    private final int n;
    private final int[] order;
    private final int[][] prerequisites;
    private final StepDuration[] duration;
    private final double end;
    private final int threads;
    private final PathStreams streams = PathStreams.xoRoShiRo128PlusPlus();

    Kernel(Forecast f, int threads) {
      ProcessModel model = f.model();
      n = model.milestones().size();
      List<MilestoneId> topo = model.topologicalOrder();
      order = new int[n];
      prerequisites = new int[n][];
      duration = new StepDuration[3 * n];
      List<MilestoneId> ids = model.milestones().stream().map(Milestone::id).toList();
      for (int i = 0; i < n; i++) {
        order[i] = ids.indexOf(topo.get(i));
        Milestone m = model.milestones().get(i);
        prerequisites[i] = m.requires().stream().mapToInt(ids::indexOf).toArray();
        for (Step s : Step.values()) {
          duration[3 * i + s.ordinal()] = f.transitions().duration(m.id(), s);
        }
      }
      List<LocalDate> dates = f.dates();
      end = (dates.get(dates.size() - 1).toEpochDay() - f.asOf().toEpochDay()) / (365.2425 / 12);
      this.threads = threads;
    }

    long run(long seed) {
      AtomicLong next = new AtomicLong();
      long[] completed = new long[threads];
      Thread[] workers = new Thread[threads];
      for (int w = 0; w < threads; w++) {
        int me = w;
        workers[w] =
            new Thread(
                () -> {
                  double[] u = new double[3 * n];
                  double[] t = new double[4 * n];
                  long done = 0;
                  while (true) {
                    long from = next.getAndAdd(256);
                    if (from >= PATHS) {
                      break;
                    }
                    for (long p = from; p < Math.min(PATHS, from + 256); p++) {
                      done += path(seed, p, u, t);
                    }
                  }
                  completed[me] = done;
                });
      }
      for (int w = 1; w < threads; w++) {
        workers[w].start();
      }
      workers[0].run();
      try {
        for (int w = 1; w < threads; w++) {
          workers[w].join();
        }
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
      long total = 0;
      for (long c : completed) {
        total += c;
      }
      return total;
    }

    private int path(long seed, long p, double[] u, double[] t) {
      UniformRandomProvider rng = streams.create(seed, p);
      for (int i = 0; i < u.length; i++) {
        u[i] = rng.nextDouble();
      }
      int done = 0;
      for (int m : order) {
        double reached = 0;
        for (int l = 1; l <= 3; l++) {
          double start = reached;
          for (int q : prerequisites[m]) {
            start = Math.max(start, t[4 * q + l]);
          }
          double finish = Double.POSITIVE_INFINITY;
          if (start < end) {
            finish = start + duration[3 * m + l - 1].quantile(u[3 * m + l - 1]);
          }
          reached = finish > end ? Double.POSITIVE_INFINITY : finish;
          t[4 * m + l] = reached;
        }
        done += reached <= end ? 1 : 0;
      }
      return done;
    }
  }

  /**
   * Thaw's forecast of 20,000 paths with every output: milestone counts, criticality and the index
   * fan.
   *
   * @param s the state
   * @return the result
   */
  @Benchmark
  @OperationsPerInvocation(PATHS)
  public ForecastSummary thaw(Synthetic s) {
    return s.forecast.run(SEED);
  }

  /**
   * Thaw's forecast without the index fan, as a sensitivity analysis would run it.
   *
   * @param s the state
   * @return the result
   */
  @Benchmark
  @OperationsPerInvocation(PATHS)
  public ForecastSummary thawWithoutFan(Synthetic s) {
    return s.milestonesOnly.run(SEED);
  }

  /**
   * The reference kernel on the same 20,000 paths.
   *
   * @param s the state
   * @return the number of completions
   */
  @Benchmark
  @OperationsPerInvocation(PATHS)
  public long kernel(Synthetic s) {
    return s.kernel.run(SEED);
  }
}
