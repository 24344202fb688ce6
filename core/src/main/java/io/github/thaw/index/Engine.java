package io.github.thaw.index;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * The index computation over a {@link Plan}, in primitive arrays, for one date or incrementally
 * along a trajectory. Not thread-safe: every evaluation or trajectory makes its own engine.
 *
 * <p>Three variants are carried side by side: every milestone at its preferred reading ({@link
 * #VALUE}), its most conservative ({@link #LOW}) and its most optimistic ({@link #HIGH}). Readings
 * and counted (gated) statuses are packed as {@code value | low << 8 | high << 16}, as in {@code
 * StatusTimeline}.
 *
 * <p>Within a group, arithmetic and geometric means sum per-milestone terms (weight × points, or
 * weight × ln(score + c)) in a fixed pairwise tree whose leaves are the members in declaration
 * order. A full evaluation builds the tree bottom-up; a trajectory step rewrites a changed leaf and
 * its ancestors, O(log group). Both perform exactly the same additions on the same operands, so an
 * incremental trajectory is bit-for-bit equal to full re-evaluation. Weakest links and the bounds
 * that clamp rounding noise use per-group counts of members at each status level, O(1) to update.
 */
final class Engine {
  static final int VALUE = 0;
  static final int LOW = 1;
  static final int HIGH = 2;
  static final int VARIANTS = 3;
  static final int LEVELS = 4;
  private static final int[] SHIFT = {0, 8, 16};

  final Plan plan;
  private final int size;
  private final boolean usesTree;
  private final boolean persistent;
  final int[] reading;
  final int[] counted;
  private final double[][] tree;
  final int[][] levelCount;
  final double[][] groupRoot;
  final double[][] groupPercent;
  final double[] total = new double[VARIANTS];

  // Incremental state, allocated only for trajectories.
  private int[] heap;
  private int heapSize;
  private int[] queued;
  private int[] seen;
  private int stamp;
  private int[] dirty;
  private int dirtyCount;
  private int[] groupStamp;

  Engine(Plan plan, boolean persistent) {
    this.plan = plan;
    this.size = plan.size;
    this.persistent = persistent;
    this.usesTree = plan.milestoneAggregation != Aggregation.WEAKEST_LINK;
    reading = new int[size];
    counted = new int[size];
    if (!usesTree) {
      tree = null;
    } else if (persistent) {
      tree = new double[VARIANTS][2 * size];
    } else {
      tree = new double[][] {new double[2 * plan.largestGroup()]};
    }
    levelCount = new int[VARIANTS][plan.groups * LEVELS];
    groupRoot = new double[VARIANTS][plan.groups];
    groupPercent = new double[VARIANTS][plan.groups];
    if (persistent) {
      heap = new int[size];
      queued = new int[size];
      seen = new int[size];
      dirty = new int[plan.groups];
      groupStamp = new int[plan.groups];
    }
  }

  static int level(int packed, int variant) {
    return (packed >>> SHIFT[variant]) & 0xff;
  }

  /** A full evaluation at a day, handed over to a result; the engine is not used afterwards. */
  IndexResult evaluate(long day) {
    readAll(day);
    int[] blocker = plan.gated ? new int[size] : null;
    gateAll(blocker);
    aggregateAll();
    return new IndexResult(plan, LocalDate.ofEpochDay(day), this, blocker);
  }

  /** Recomputes everything at a day; {@code Long.MIN_VALUE} means before any event. */
  void rebuild(long day) {
    if (day == Long.MIN_VALUE) {
      Arrays.fill(reading, 0);
    } else {
      readAll(day);
    }
    gateAll(null);
    aggregateAll();
  }

  private void readAll(long day) {
    for (int m = 0; m < size; m++) {
      reading[m] = plan.timeline.readingAt(m, day);
    }
  }

  private void gateAll(int[] blocker) {
    if (!plan.gated) {
      System.arraycopy(reading, 0, counted, 0, size);
      return;
    }
    for (int m : plan.gatingOrder) {
      counted[m] = gate(m, blocker);
    }
  }

  /**
   * Milestone m's counted status: its reading, capped in each variant by the least-advanced counted
   * status of its hard prerequisites. Records the capping prerequisite (first declared on a tie).
   */
  private int gate(int m, int[] blocker) {
    int r = reading[m];
    int v = r & 0xff;
    int l = (r >>> 8) & 0xff;
    int h = (r >>> 16) & 0xff;
    int pv = 0xff;
    int pl = 0xff;
    int ph = 0xff;
    int arg = -1;
    int[] start = plan.graph.hardStart();
    int[] targets = plan.graph.hardTargets();
    for (int e = start[m]; e < start[m + 1]; e++) {
      int q = targets[e];
      int c = counted[q];
      int qv = c & 0xff;
      if (qv < pv) {
        pv = qv;
        arg = q;
      }
      pl = Math.min(pl, (c >>> 8) & 0xff);
      ph = Math.min(ph, (c >>> 16) & 0xff);
    }
    if (blocker != null) {
      blocker[m] = pv < v ? arg : -1;
    }
    return Math.min(v, pv) | Math.min(l, pl) << 8 | Math.min(h, ph) << 16;
  }

  private void aggregateAll() {
    for (int[] c : levelCount) {
      Arrays.fill(c, 0);
    }
    double[] weight = plan.weight;
    int[] groupOf = plan.groupOf;
    for (int m = 0; m < size; m++) {
      if (weight[m] > 0) {
        int o = groupOf[m] * LEVELS;
        int c = counted[m];
        levelCount[VALUE][o + (c & 0xff)]++;
        levelCount[LOW][o + ((c >>> 8) & 0xff)]++;
        levelCount[HIGH][o + ((c >>> 16) & 0xff)]++;
      }
    }
    for (int v = 0; v < VARIANTS; v++) {
      for (int g = 0; g < plan.groups; g++) {
        if (usesTree) {
          double[] buf = persistent ? tree[v] : tree[0];
          int base = persistent ? 2 * plan.memberStart[g] : 0;
          groupRoot[v][g] = build(buf, base, g, v);
        }
        groupPercent[v][g] = groupPercent(v, g);
      }
      total[v] = total(v);
    }
  }

  /** Fills group g's pairwise tree at {@code buf[base + 1 .. base + 2n - 1]}; returns the root. */
  private double build(double[] buf, int base, int g, int v) {
    int n = plan.groupSize(g);
    int start = plan.memberStart[g];
    int[] members = plan.members;
    int shift = SHIFT[v];
    for (int s = 0; s < n; s++) {
      int m = members[start + s];
      buf[base + n + s] = plan.term(m, (counted[m] >>> shift) & 0xff);
    }
    for (int j = n - 1; j >= 1; j--) {
      buf[base + j] = buf[base + 2 * j] + buf[base + 2 * j + 1];
    }
    return buf[base + 1];
  }

  private static void update(double[] buf, int base, int n, int slot, double term) {
    int j = n + slot;
    buf[base + j] = term;
    for (j >>= 1; j >= 1; j >>= 1) {
      buf[base + j] = buf[base + 2 * j] + buf[base + 2 * j + 1];
    }
  }

  /** Group g's value on 0–100, clamped to its members' range so rounding never leaves it. */
  private double groupPercent(int v, int g) {
    int[] count = levelCount[v];
    int o = g * LEVELS;
    int min = 0;
    while (count[o + min] == 0) {
      min++;
    }
    int max = LEVELS - 1;
    while (count[o + max] == 0) {
      max--;
    }
    double lo = plan.percent[min];
    double hi = plan.percent[max];
    double x;
    switch (plan.milestoneAggregation) {
      case ARITHMETIC -> x = groupRoot[v][g] * 100 / (plan.scale * plan.groupWeightSum[g]);
      case GEOMETRIC ->
          x =
              100
                  * (Math.exp(groupRoot[v][g] / plan.groupWeightSum[g])
                      - Aggregation.GEOMETRIC_SHIFT);
      default -> x = lo;
    }
    return Math.min(hi, Math.max(lo, x));
  }

  /** The total on 0–100 from the group values, clamped to their range. */
  private double total(int v) {
    double[] p = groupPercent[v];
    if (plan.pooled) {
      return p[0];
    }
    double[] w = plan.dimensionWeight;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int g = 0; g < p.length; g++) {
      if (w[g] > 0) {
        lo = Math.min(lo, p[g]);
        hi = Math.max(hi, p[g]);
      }
    }
    double x;
    switch (plan.dimensionAggregation) {
      case ARITHMETIC -> {
        double s = 0;
        for (int g = 0; g < p.length; g++) {
          s += w[g] * p[g];
        }
        x = s / plan.dimensionWeightSum;
      }
      case GEOMETRIC -> {
        double s = 0;
        for (int g = 0; g < p.length; g++) {
          s += w[g] * Math.log(p[g] / 100 + Aggregation.GEOMETRIC_SHIFT);
        }
        x = 100 * (Math.exp(s / plan.dimensionWeightSum) - Aggregation.GEOMETRIC_SHIFT);
      }
      default -> x = lo;
    }
    return Math.min(hi, Math.max(lo, x));
  }

  /**
   * Moves a trajectory engine to a later day, given the milestones of the events that took effect
   * since the last day: only milestones whose reading changed, and the hard dependents their change
   * reaches, are recomputed, in topological order; only groups they belong to are re-aggregated.
   */
  void advance(long day, int[] eventMilestone, int from, int to) {
    stamp++;
    dirtyCount = 0;
    for (int k = from; k < to; k++) {
      int m = eventMilestone[k];
      if (seen[m] == stamp) {
        continue;
      }
      seen[m] = stamp;
      int r = plan.timeline.readingAt(m, day);
      if (r != reading[m]) {
        reading[m] = r;
        if (plan.gated) {
          push(m);
        } else {
          setCounted(m, r);
        }
      }
    }
    int[] order = plan.gatingOrder;
    int[] start = plan.graph.hardDependentStart();
    int[] dependents = plan.graph.hardDependentTargets();
    while (heapSize > 0) {
      int m = order[pop()];
      int c = gate(m, null);
      if (c != counted[m]) {
        setCounted(m, c);
        for (int e = start[m]; e < start[m + 1]; e++) {
          push(dependents[e]);
        }
      }
    }
    for (int i = 0; i < dirtyCount; i++) {
      int g = dirty[i];
      for (int v = 0; v < VARIANTS; v++) {
        if (usesTree) {
          groupRoot[v][g] = tree[v][2 * plan.memberStart[g] + 1];
        }
        groupPercent[v][g] = groupPercent(v, g);
      }
    }
    for (int v = 0; v < VARIANTS; v++) {
      total[v] = total(v);
    }
  }

  private void setCounted(int m, int c) {
    int old = counted[m];
    counted[m] = c;
    int g = plan.groupOf[m];
    boolean weighted = plan.weight[m] > 0;
    for (int v = 0; v < VARIANTS; v++) {
      int ol = level(old, v);
      int nl = level(c, v);
      if (ol == nl) {
        continue;
      }
      if (weighted) {
        levelCount[v][g * LEVELS + ol]--;
        levelCount[v][g * LEVELS + nl]++;
      }
      if (usesTree) {
        update(tree[v], 2 * plan.memberStart[g], plan.groupSize(g), plan.slot[m], plan.term(m, nl));
      }
      if (groupStamp[g] != stamp) {
        groupStamp[g] = stamp;
        dirty[dirtyCount++] = g;
      }
    }
  }

  private void push(int m) {
    if (queued[m] == stamp) {
      return;
    }
    queued[m] = stamp;
    int p = plan.gatingPosition[m];
    int i = heapSize++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (heap[parent] <= p) {
        break;
      }
      heap[i] = heap[parent];
      i = parent;
    }
    heap[i] = p;
  }

  private int pop() {
    int top = heap[0];
    int last = heap[--heapSize];
    int i = 0;
    while (true) {
      int child = 2 * i + 1;
      if (child >= heapSize) {
        break;
      }
      if (child + 1 < heapSize && heap[child + 1] < heap[child]) {
        child++;
      }
      if (heap[child] >= last) {
        break;
      }
      heap[i] = heap[child];
      i = child;
    }
    if (heapSize > 0) {
      heap[i] = last;
    }
    return top;
  }
}
