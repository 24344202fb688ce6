package io.github.thaw.forecast;

/**
 * One worker's counts over the paths it simulated. Everything is an integer count, so tallies add
 * exactly and in any order: that is what makes a run independent of threads and shards.
 */
final class Tally {
  /** Index values are counted in bins of 0.01 point: 0.00 to 100.00. */
  static final int BINS = 10_001;

  final int n;
  final int columns;

  /**
   * Per milestone, how many paths first completed it by each checkpoint: column k for checkpoint k,
   * column K + 1 for after the horizon.
   */
  final long[] completion;

  /** Per milestone, how many paths end the horizon at each level. */
  final long[] horizon;

  /** Per hard edge, how many paths had that prerequisite hold its dependent back last. */
  final long[] heldLast;

  /**
   * Index fan as run-length differences: {@code fan[k * BINS + bin]} rises at the checkpoint where
   * a path's value enters the bin and falls at the one where it leaves; prefix sums over k give
   * counts per checkpoint. Checkpoint-major, because a path's value moves little from one month to
   * the next, so the two ends of consecutive runs fall close together in memory. Null without the
   * fan.
   */
  final long[] fan;

  Tally(ForecastPlan plan) {
    n = plan.n;
    columns = plan.dates.length + 1;
    completion = new long[Math.toIntExact(cells(plan))];
    horizon = new long[Math.multiplyExact(n, 4)];
    heldLast = new long[plan.hardEdges()];
    fan = plan.fan == null ? null : new long[Math.multiplyExact(BINS, columns)];
  }

  /**
   * The milestone-checkpoint counts one tally holds, computed without overflow: a long, since
   * milestones × months can pass 2^31.
   */
  static long cells(ForecastPlan plan) {
    return Math.multiplyExact((long) plan.n, (long) plan.dates.length + 1);
  }

  void add(Tally o) {
    addInto(completion, o.completion);
    addInto(horizon, o.horizon);
    addInto(heldLast, o.heldLast);
    if (fan != null) {
      addInto(fan, o.fan);
    }
  }

  private static void addInto(long[] a, long[] b) {
    for (int i = 0; i < a.length; i++) {
      a[i] += b[i];
    }
  }

  /** The bin of an index value: rounded to 0.01 point, half up, after snapping away 1e-9 noise. */
  static int bin(double value) {
    long nano = Math.round(value * 1e9);
    return (int) ((nano + 5_000_000L) / 10_000_000L);
  }
}
