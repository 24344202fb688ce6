package io.github.thaw.internal.index;

import io.github.thaw.model.Status;
import java.util.Arrays;

/**
 * The index computation over a {@link Plan}, in primitive arrays, for one date or incrementally
 * along a trajectory. Not thread-safe: every evaluation or trajectory makes its own engine.
 *
 * <p>Three variants are carried side by side: every milestone at its preferred reading ({@link
 * #VALUE}), its most conservative ({@link #LOW}) and its most optimistic ({@link #HIGH}). Readings
 * and counted (gated) statuses take one byte per milestone, two bits per variant: {@code value |
 * low << 2 | high << 4}.
 *
 * <p>Within a group, arithmetic and geometric means sum per-milestone terms (weight × points, or
 * weight × ln(score + c)) in a fixed shape: the members, in declaration order, are cut into blocks
 * of {@value #BLOCK}; each block is summed left to right, and the block sums are added up in a
 * pairwise tree. A full evaluation streams every milestone once into its block and then builds the
 * trees; a trajectory step re-sums the changed milestone's block and rewrites that block's
 * ancestors. Both perform exactly the same additions on the same operands, so an incremental
 * trajectory is bit-for-bit equal to full re-evaluation. Weakest links, and the bounds that clamp
 * rounding noise, use per-group counts of members at each status level, O(1) to update.
 */
public final class Engine {
  /** The sum of every milestone at its preferred reading. */
  public static final int VALUE = 0;

  /** The sum of every milestone at its most conservative live reading. */
  public static final int LOW = 1;

  /** The sum of every milestone at its most optimistic live reading. */
  public static final int HIGH = 2;

  static final int VARIANTS = 3;

  /** The agreement component: the value's counted statuses on the agreement scores. */
  public static final int AGREEMENT = 3;

  /** The implementation component: the value's counted statuses on the implementation scores. */
  public static final int IMPLEMENTATION = 4;

  /** Sums kept per group: the three reading variants and the two components. */
  static final int SUMS = 5;

  /** Status levels, {@code NOT_STARTED} to {@code COMPLETED}. */
  public static final int LEVELS = 4;

  /** Members per block: small enough to re-sum in cache, large enough to keep the trees tiny. */
  static final int BLOCK = 64;

  private static final int BLOCK_SHIFT = 6;
  private static final int[] SHIFT = {0, 2, 4, 0, 0};

  static {
    // Two bits per level in compact(): the status scale must keep at most four levels.
    if (Status.values().length > LEVELS) {
      throw new IllegalStateException("the status scale outgrew two bits per level");
    }
  }

  final Plan plan;
  private final int size;
  private final boolean usesTree;
  final byte[] reading;
  final byte[] counted;

  /**
   * Every group's block tree, the {@value #SUMS} sums interleaved: position i of a group's tree
   * holds {@code tree[5i .. 5i+4]}. Group g's node j (1 is the root) is at position {@code
   * 2·blockStart(g) + j}, its leaves (the block sums) from {@code 2·blockStart(g) + blocks(g)}.
   */
  private final double[] tree;

  final int[][] levelCount;
  final double[][] groupRoot;
  final double[][] groupPercent;
  final double[] total = new double[SUMS];

  // Incremental state, allocated only for trajectories.
  private final boolean persistent;
  private int[] slot;
  private double[] leaf;
  private int[] gatingPosition;
  private int[] heap;
  private int heapSize;
  private int[] queued;
  private int[] seen;
  private int stamp;
  private int[] dirty;
  private int dirtyCount;
  private int[] groupStamp;
  private int[] dirtyBlocks;
  private int dirtyBlockCount;
  private int[] blockStamp;
  private int[] blockGroup;
  private final double[] blockSum = new double[SUMS];

  /**
   * An engine over a plan.
   *
   * @param plan the plan, shared
   * @param persistent whether it will {@link #advance} along a trajectory (allocates the
   *     incremental state) or only evaluate once
   */
  public Engine(Plan plan, boolean persistent) {
    this.plan = plan;
    this.size = plan.size;
    this.persistent = persistent;
    this.usesTree = plan.milestoneAggregation != EngineSpec.WEAKEST_LINK;
    reading = new byte[size];
    counted = new byte[size];
    tree = usesTree ? new double[SUMS * 2 * plan.blockStart[plan.groups]] : null;
    levelCount = new int[VARIANTS][plan.groups * LEVELS];
    groupRoot = new double[SUMS][plan.groups];
    groupPercent = new double[SUMS][plan.groups];
    if (persistent) {
      slot = new int[size];
      int[] fill = new int[plan.groups];
      for (int m = 0; m < size; m++) {
        slot[m] = fill[plan.groupOf[m]]++;
      }
      if (usesTree) {
        leaf = new double[SUMS * size];
      }
      if (plan.gatingOrder != null) {
        gatingPosition = new int[size];
        for (int i = 0; i < size; i++) {
          gatingPosition[plan.gatingOrder[i]] = i;
        }
      }
      heap = new int[size];
      queued = new int[size];
      seen = new int[size];
      dirty = new int[plan.groups];
      groupStamp = new int[plan.groups];
      dirtyBlocks = new int[plan.blockStart[plan.groups]];
      blockStamp = new int[plan.blockStart[plan.groups]];
      blockGroup = new int[plan.blockStart[plan.groups]];
      for (int g = 0; g < plan.groups; g++) {
        Arrays.fill(blockGroup, plan.blockStart[g], plan.blockStart[g + 1], g);
      }
    }
  }

  /**
   * The level of a packed reading or counted status in a variant or sum (components: value).
   *
   * @param packed a reading or counted status of a {@link Snapshot}
   * @param variant {@link #VALUE}, {@link #LOW} or {@link #HIGH}
   * @return the level, 0–3
   */
  public static int level(int packed, int variant) {
    return (packed >>> SHIFT[variant]) & 3;
  }

  /** The level counts behind sum s: a component counts the value's statuses. */
  private int[] counts(int s) {
    return levelCount[s < VARIANTS ? s : VALUE];
  }

  /**
   * A timeline reading ({@code value | low << 8 | high << 16}) packed into one byte, two bits per
   * level: statuses have four levels, and a byte per milestone keeps the arrays that gating reads
   * at random small enough for the caches.
   */
  static byte compact(int reading) {
    return (byte) ((reading & 3) | ((reading >>> 8) & 3) << 2 | ((reading >>> 16) & 3) << 4);
  }

  /**
   * A full evaluation at a day, for a result; the engine is not used afterwards.
   *
   * @param day the epoch day
   * @return what a result keeps of it, copied from the engine's working arrays
   */
  public Snapshot evaluate(long day) {
    int[] blocker = plan.gated || plan.flagged ? new int[size] : null;
    fullPass(day, blocker);
    if (plan.flagged) {
      flag(blocker);
    }
    return snapshot(blocker);
  }

  /**
   * What a result keeps of one evaluation: the readings, counted statuses and sums, copied once so
   * that a result never shares a working array with an engine. Its arrays are never written after
   * the evaluation; a holder must not write or hand them out either.
   *
   * @param reading per milestone, its packed reading (see {@link #level})
   * @param counted per milestone, its packed counted status
   * @param groupPercent per sum and group, the group's 0–100 value
   * @param total per sum, the index
   * @param valueLevelCount per group and level, the members counted at that level (value variant)
   * @param valueGroupRoot per group, the root of its tree (value variant)
   * @param blocker per milestone, the hard prerequisite that caps it (or, flag-only, that it is
   *     reported beyond), -1 for none; null when the method does not gate
   */
  public record Snapshot(
      byte[] reading,
      byte[] counted,
      double[][] groupPercent,
      double[] total,
      int[] valueLevelCount,
      double[] valueGroupRoot,
      int[] blocker) {
    /**
     * The index.
     *
     * @return the value, 0–100
     */
    public double value() {
      return total[VALUE];
    }

    /**
     * The low end of the band.
     *
     * @return 0–100
     */
    public double low() {
      return total[LOW];
    }

    /**
     * The high end of the band.
     *
     * @return 0–100
     */
    public double high() {
      return total[HIGH];
    }

    /**
     * The agreement component.
     *
     * @return 0–100
     */
    public double agreement() {
      return total[AGREEMENT];
    }

    /**
     * The implementation component.
     *
     * @return 0–100
     */
    public double implementation() {
      return total[IMPLEMENTATION];
    }
  }

  private Snapshot snapshot(int[] blocker) {
    double[][] percent = new double[SUMS][];
    for (int s = 0; s < SUMS; s++) {
      percent[s] = groupPercent[s].clone();
    }
    return new Snapshot(
        reading.clone(),
        counted.clone(),
        percent,
        total.clone(),
        levelCount[VALUE].clone(),
        groupRoot[VALUE].clone(),
        blocker);
  }

  /**
   * Recomputes everything at a day.
   *
   * @param day the epoch day; {@code Long.MIN_VALUE} means before any event
   */
  public void rebuild(long day) {
    fullPass(day, null);
  }

  /**
   * The index in one sum after the last {@link #rebuild} or {@link #advance}.
   *
   * @param sum {@link #VALUE}, {@link #LOW}, {@link #HIGH}, {@link #AGREEMENT} or {@link
   *     #IMPLEMENTATION}
   * @return 0–100
   */
  public double total(int sum) {
    return total[sum];
  }

  /**
   * A group's value in one sum after the last {@link #rebuild} or {@link #advance}.
   *
   * @param sum as {@link #total(int)}
   * @param g the group
   * @return 0–100
   */
  public double groupValue(int sum, int g) {
    return groupPercent[sum][g];
  }

  /**
   * Reads, gates and counts every milestone in one pass (in gating order: declaration order
   * whenever it allows, so the arrays are read sequentially), sums every group, and aggregates.
   */
  private void fullPass(long day, int[] blocker) {
    for (int[] c : levelCount) {
      Arrays.fill(c, 0);
    }
    boolean before = day == Long.MIN_VALUE;
    int[] order = plan.gatingOrder;
    double[] weight = plan.weight;
    int[] groupOf = plan.groupOf;
    int[] valueCount = levelCount[VALUE];
    int[] lowCount = levelCount[LOW];
    int[] highCount = levelCount[HIGH];
    for (int i = 0; i < size; i++) {
      int m = order == null ? i : order[i];
      byte r = before ? 0 : compact(plan.read(m, day));
      reading[m] = r;
      int c = plan.gated ? gate(m, blocker) : r;
      counted[m] = (byte) c;
      if (weight[m] > 0) {
        int o = groupOf[m] * LEVELS;
        valueCount[o + (c & 3)]++;
        lowCount[o + ((c >>> 2) & 3)]++;
        highCount[o + ((c >>> 4) & 3)]++;
      }
    }
    if (usesTree) {
      sumAll();
    }
    for (int v = 0; v < SUMS; v++) {
      for (int g = 0; g < plan.groups; g++) {
        if (usesTree) {
          groupRoot[v][g] = tree[(2 * plan.blockStart[g] + 1) * SUMS + v];
        }
        groupPercent[v][g] = groupPercent(v, g);
      }
      total[v] = computeTotal(v);
    }
  }

  /**
   * Flag-only gating: records, for every milestone whose reading is further along than one of its
   * hard prerequisites' readings, the least-advanced such prerequisite; counts are untouched.
   */
  private void flag(int[] blocker) {
    int[] start = plan.graph.hardStart();
    int[] targets = plan.graph.hardTargets();
    for (int m = 0; m < size; m++) {
      int v = reading[m] & 3;
      int pv = 3;
      int arg = -1;
      for (int e = start[m]; e < start[m + 1]; e++) {
        int q = targets[e];
        int qv = reading[q] & 3;
        if (qv < pv) {
          pv = qv;
          arg = q;
        }
      }
      blocker[m] = pv < v ? arg : -1;
    }
  }

  /**
   * Milestone m's counted status: its reading, capped in each variant by the least-advanced counted
   * status of its hard prerequisites. Records the capping prerequisite (first declared on a tie).
   */
  private int gate(int m, int[] blocker) {
    int r = reading[m];
    int v = r & 3;
    int l = (r >>> 2) & 3;
    int h = (r >>> 4) & 3;
    int pv = 3;
    int pl = 3;
    int ph = 3;
    int arg = -1;
    int[] start = plan.graph.hardStart();
    int[] targets = plan.graph.hardTargets();
    for (int e = start[m]; e < start[m + 1]; e++) {
      int q = targets[e];
      int c = counted[q];
      int qv = c & 3;
      if (qv < pv) {
        pv = qv;
        arg = q;
      }
      pl = Math.min(pl, (c >>> 2) & 3);
      ph = Math.min(ph, (c >>> 4) & 3);
    }
    if (blocker != null) {
      blocker[m] = pv < v ? arg : -1;
    }
    return Math.min(v, pv) | Math.min(l, pl) << 2 | Math.min(h, ph) << 4;
  }

  /**
   * Sums every group: one pass over the milestones in declaration order adds each one's five terms
   * to its block, left to right; then each group's block tree is built bottom-up.
   */
  private void sumAll() {
    Arrays.fill(tree, 0.0);
    int groups = plan.groups;
    int[] blockStart = plan.blockStart;
    int[] leafBase = new int[groups];
    for (int g = 0; g < groups; g++) {
      leafBase[g] = 2 * blockStart[g] + (blockStart[g + 1] - blockStart[g]);
    }
    int[] fill = new int[groups];
    int[] groupOf = plan.groupOf;
    double[] weight = plan.weight;
    double[] table = plan.termTable;
    double[] agree = plan.sumTerms[AGREEMENT];
    double[] implement = plan.sumTerms[IMPLEMENTATION];
    double[] t = tree;
    for (int m = 0; m < size; m++) {
      int g = groupOf[m];
      int s = fill[g]++;
      int c = counted[m];
      double w = weight[m];
      double a = w * table[c & 3];
      double b = w * table[(c >>> 2) & 3];
      double h = w * table[(c >>> 4) & 3];
      double ag = w * agree[c & 3];
      double im = w * implement[c & 3];
      int at = (leafBase[g] + (s >>> BLOCK_SHIFT)) * SUMS;
      t[at] += a;
      t[at + 1] += b;
      t[at + 2] += h;
      t[at + 3] += ag;
      t[at + 4] += im;
      if (leaf != null) {
        int k = (plan.memberStart[g] + s) * SUMS;
        leaf[k] = a;
        leaf[k + 1] = b;
        leaf[k + 2] = h;
        leaf[k + 3] = ag;
        leaf[k + 4] = im;
      }
    }
    for (int g = 0; g < groups; g++) {
      int base = 2 * blockStart[g];
      for (int j = blockStart[g + 1] - blockStart[g] - 1; j >= 1; j--) {
        int at = (base + j) * SUMS;
        int left = (base + 2 * j) * SUMS;
        for (int v = 0; v < SUMS; v++) {
          t[at + v] = t[left + v] + t[left + SUMS + v];
        }
      }
    }
  }

  /** Rewrites milestone m's terms and marks its block for {@link #resumBlock}. */
  private void updateTerms(int m, int c) {
    int g = plan.groupOf[m];
    int s = slot[m];
    double w = plan.weight[m];
    double[] table = plan.termTable;
    int k = (plan.memberStart[g] + s) * SUMS;
    leaf[k] = w * table[c & 3];
    leaf[k + 1] = w * table[(c >>> 2) & 3];
    leaf[k + 2] = w * table[(c >>> 4) & 3];
    leaf[k + 3] = w * plan.sumTerms[AGREEMENT][c & 3];
    leaf[k + 4] = w * plan.sumTerms[IMPLEMENTATION][c & 3];
    int block = plan.blockStart[g] + (s >>> BLOCK_SHIFT);
    if (blockStamp[block] != stamp) {
      blockStamp[block] = stamp;
      dirtyBlocks[dirtyBlockCount++] = block;
    }
  }

  /**
   * Re-sums a block left to right from zero (as {@link #sumAll} did) and rewrites its ancestors,
   * all three variants at once. Each dirty block is re-summed once per step, however many of its
   * members changed; an ancestor of several dirty blocks is last rewritten after everything below
   * it is final, so the trees end equal to a fresh build.
   */
  private void resumBlock(int globalBlock) {
    int g = blockGroup[globalBlock];
    int block = globalBlock - plan.blockStart[g];
    int first = plan.memberStart[g];
    int from = first + (block << BLOCK_SHIFT);
    int to = Math.min(from + BLOCK, plan.memberStart[g + 1]);
    double[] sum = blockSum;
    Arrays.fill(sum, 0.0);
    for (int i = from; i < to; i++) {
      for (int v = 0; v < SUMS; v++) {
        sum[v] += leaf[i * SUMS + v];
      }
    }
    int base = 2 * plan.blockStart[g];
    int j = plan.blockStart[g + 1] - plan.blockStart[g] + block;
    double[] t = tree;
    int at = (base + j) * SUMS;
    System.arraycopy(sum, 0, t, at, SUMS);
    for (j >>= 1; j >= 1; j >>= 1) {
      at = (base + j) * SUMS;
      int left = (base + 2 * j) * SUMS;
      for (int v = 0; v < SUMS; v++) {
        t[at + v] = t[left + v] + t[left + SUMS + v];
      }
    }
  }

  /** Group g's value on 0–100, clamped to its members' range so rounding never leaves it. */
  private double groupPercent(int v, int g) {
    if (plan.context[g]) {
      return 0;
    }
    int[] count = counts(v);
    int o = g * LEVELS;
    int min = 0;
    while (count[o + min] == 0) {
      min++;
    }
    int max = LEVELS - 1;
    while (count[o + max] == 0) {
      max--;
    }
    double lo = plan.sumPercent[v][min];
    double hi = plan.sumPercent[v][max];
    double x;
    switch (plan.milestoneAggregation) {
      case EngineSpec.ARITHMETIC ->
          x = groupRoot[v][g] * 100 / (plan.scale * plan.groupWeightSum[g]);
      case EngineSpec.GEOMETRIC ->
          x =
              100
                  * (Math.exp(groupRoot[v][g] / plan.groupWeightSum[g])
                      - EngineSpec.GEOMETRIC_SHIFT);
      default -> x = lo;
    }
    return Math.min(hi, Math.max(lo, x));
  }

  /** The total on 0–100 from the group values; see {@link Plan#total}. */
  private double computeTotal(int v) {
    return plan.total(groupRoot[v], groupPercent[v]);
  }

  /**
   * Moves a trajectory engine to a later day, given the milestones of the events that took effect
   * since the last day: only milestones whose reading changed, and the hard dependents their change
   * reaches, are recomputed, in gating order; only the groups they belong to are re-aggregated.
   *
   * @param day the epoch day
   * @param eventMilestone milestones of events, in effective-day order
   * @param from the first event that took effect since the last day
   * @param to one past the last
   */
  public void advance(long day, int[] eventMilestone, int from, int to) {
    stamp++;
    dirtyCount = 0;
    dirtyBlockCount = 0;
    for (int k = from; k < to; k++) {
      int m = eventMilestone[k];
      if (seen[m] == stamp) {
        continue;
      }
      seen[m] = stamp;
      byte r = compact(plan.read(m, day));
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
      int p = pop();
      int m = order == null ? p : order[p];
      int c = gate(m, null);
      if (c != counted[m]) {
        setCounted(m, c);
        for (int e = start[m]; e < start[m + 1]; e++) {
          push(dependents[e]);
        }
      }
    }
    for (int i = 0; i < dirtyBlockCount; i++) {
      resumBlock(dirtyBlocks[i]);
    }
    for (int i = 0; i < dirtyCount; i++) {
      int g = dirty[i];
      for (int v = 0; v < SUMS; v++) {
        if (usesTree) {
          groupRoot[v][g] = tree[(2 * plan.blockStart[g] + 1) * SUMS + v];
        }
        groupPercent[v][g] = groupPercent(v, g);
      }
    }
    for (int v = 0; v < SUMS; v++) {
      total[v] = computeTotal(v);
    }
  }

  private void setCounted(int m, int c) {
    int old = counted[m];
    counted[m] = (byte) c;
    int g = plan.groupOf[m];
    if (plan.weight[m] > 0) {
      for (int v = 0; v < VARIANTS; v++) {
        levelCount[v][g * LEVELS + level(old, v)]--;
        levelCount[v][g * LEVELS + level(c, v)]++;
      }
    }
    if (usesTree) {
      updateTerms(m, c);
    }
    if (groupStamp[g] != stamp) {
      groupStamp[g] = stamp;
      dirty[dirtyCount++] = g;
    }
  }

  private void push(int m) {
    if (queued[m] == stamp) {
      return;
    }
    queued[m] = stamp;
    int p = gatingPosition == null ? m : gatingPosition[m];
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
