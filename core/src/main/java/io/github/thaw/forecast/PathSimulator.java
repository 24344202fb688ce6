package io.github.thaw.forecast;

import io.github.thaw.internal.index.LevelEvaluator;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Simulates paths one after another into one {@link Tally}: a single worker's state, allocated
 * once, so the loop over paths allocates nothing but each path's generator.
 *
 * <p>Each path visits milestones in topological order. A milestone that no reversal can reach (the
 * usual case) is simulated as a max-plus pass over the times at which it reaches each level: the
 * clock of a step starts when the milestone has reached the step's lower level and every hard
 * prerequisite counts at least the upper one; it runs at speed 1/f<sup>k</sup> with k completed
 * soft prerequisites and stops during freezes; a scheduled event raises the level. A milestone
 * downstream of a scheduled reversal, and every milestone when the random reversal hazard is
 * positive, is simulated event by event over step functions instead, since it or its prerequisites
 * may fall back. Both give the same result where both apply.
 */
final class PathSimulator {
  private static final double INF = Double.POSITIVE_INFINITY;

  private final ForecastPlan p;
  private final Tally tally;
  private final PathStreams streams;
  private final long seed;
  private final int n;
  private final int last;
  private final int columns;
  private final double end;
  private final boolean forceGeneral;

  private final double[] u;

  /** The factor on each step's drawn duration: point rate over the path's rate, else 1. */
  private final double[] scale;

  private final double[] stepScale = new double[3];

  /** The current path's partial-pooling factors. */
  private final double[] factor;

  /** The current path's starting level of each milestone: raw, then capped by prerequisites. */
  private final int[] raw0;

  private final int[] counted0;

  private UniformRandomProvider rng;

  /** Times at which milestone m reaches level l, at {@code 4m + l}: counted, then raw. */
  private final double[] counted;

  private final double[] raw;
  private final double[] gate = new double[4];
  private double[] softTimes;

  /** Freeze intervals of the current path, sorted and disjoint. */
  private double[] freezeFrom = new double[8];

  private double[] freezeTo = new double[8];
  private int freezes;

  // Level changes for the index fan, listed per checkpoint: at most one per milestone and
  // checkpoint (the last), so the order within a checkpoint does not matter.
  private final LevelEvaluator index;
  private final int initialBin;
  private final double initialValue;

  /**
   * For a linear index, each milestone's share per level and the change of the index at each
   * checkpoint of the current path: a change is one addition, a checkpoint another.
   */
  private final double[] shares;

  private final double[] delta;
  private final int[] head;
  private int[] next = new int[64];
  private int[] changeOf = new int[64];
  private int[] changeTo = new int[64];
  private int changes;
  private int lastOf = -1;
  private int lastAt = -1;

  // Step functions of milestones simulated event by event: an arena of (time, level) pairs.
  private double[] arenaTime = new double[64];
  private int[] arenaLevel = new int[64];
  private int arena;
  private final int[] countedFrom;
  private final int[] countedSize;
  private final int[] rawFrom;
  private final int[] rawSize;
  private final StepFunctions work;

  PathSimulator(ForecastPlan plan, Tally tally, PathStreams streams, long seed, boolean general) {
    this.p = plan;
    this.tally = tally;
    this.streams = streams;
    this.seed = seed;
    this.n = plan.n;
    this.last = plan.lastCheckpoint();
    this.columns = last + 2;
    this.end = plan.end;
    this.forceGeneral = general;
    u = new double[3 * n];
    raw0 = plan.raw0.clone();
    counted0 = plan.counted0.clone();
    scale = new double[3 * n];
    Arrays.fill(scale, 1.0);
    factor = new double[plan.factorTable.length];
    counted = new double[4 * n];
    raw = new double[4 * n];
    softTimes = new double[Math.max(1, plan.speed.length)];
    head = new int[last + 1];
    Arrays.fill(head, -1);
    countedFrom = new int[n];
    countedSize = new int[n];
    rawFrom = new int[n];
    rawSize = new int[n];
    work = new StepFunctions();
    if (plan.fan != null) {
      index = plan.fan.get();
      index.initialise(plan.fanCounted ? plan.counted0 : plan.raw0);
      initialValue = index.value();
      initialBin = Tally.bin(initialValue);
      shares = index.linearShares();
      delta = shares == null ? null : new double[last + 1];
    } else {
      index = null;
      initialValue = 0;
      initialBin = 0;
      shares = null;
      delta = null;
    }
  }

  /** Simulates one path and counts it. */
  void simulate(long path) {
    rng = streams.create(seed, path);
    for (int i = 0; i < u.length; i++) {
      u[i] = rng.nextDouble();
    }
    if (p.drawRates) {
      drawRates();
    }
    arena = 0;
    changes = 0;
    lastOf = -1;
    if (p.disputed.length > 0) {
      drawStart();
    }
    if (p.tempo != null) {
      drawTempo();
    }
    if (p.factorTable.length > 0) {
      drawFactors();
    }
    drawFreezes();
    for (int m : p.order) {
      if (forceGeneral || p.general[m]) {
        general(m);
      } else {
        monotone(m);
      }
    }
    if (index != null) {
      fan();
    }
  }

  // ---- step rates from their posterior

  /**
   * Draws the path's rate of each calibrated step by inversion of one uniform (a table lookup),
   * after the durations' uniforms, so a point forecast and a posterior one share every duration's
   * draw.
   */
  private void drawRates() {
    for (int s = 0; s < 3; s++) {
      if (p.posterior[s] != null) {
        double rate = p.posterior[s].quantile(rng.nextDouble());
        // A rate of 0 (u = 0 at a small shape): the largest finite factor, so that a duration of
        // 0 stays 0 and any other is beyond every horizon.
        stepScale[s] =
            rate > 0 ? Math.min(Double.MAX_VALUE, p.pointRate[s] / rate) : Double.MAX_VALUE;
      }
    }
    int[] drawn = p.drawnStep;
    for (int i = 0; i < drawn.length; i++) {
      if (drawn[i] >= 0) {
        scale[i] = stepScale[drawn[i]];
      }
    }
  }

  // ---- the common shock

  /**
   * Draws the path's tempo by inversion of one uniform, after the starting state's, and divides
   * every step's duration by it: all clocks of the path run at the same pace.
   */
  private void drawTempo() {
    double z = p.tempo.quantile(rng.nextDouble());
    double slow = z > 0 ? 1 / z : Double.MAX_VALUE;
    int[] drawn = p.drawnStep;
    for (int i = 0; i < scale.length; i++) {
      double base = p.drawRates && drawn[i] >= 0 ? stepScale[drawn[i]] : 1;
      scale[i] = Math.min(Double.MAX_VALUE, base * slow);
    }
  }

  // ---- partial pooling

  /**
   * Draws the path's rate factors of partial pooling by inversion of one uniform each, after the
   * tempo's and before the freezes, and divides the durations of the steps each covers by it.
   */
  private void drawFactors() {
    int k = factor.length;
    for (int j = 0; j < k; j++) {
      factor[j] = p.factorTable[j].quantile(rng.nextDouble()) / p.factorRate[j];
    }
    int[] steps = p.factorStep;
    int[] of = p.factorOf;
    for (int j = 0; j < steps.length; j++) {
      double f = factor[of[j]];
      int i = steps[j];
      scale[i] = f > 0 ? Math.min(Double.MAX_VALUE, scale[i] / f) : Double.MAX_VALUE;
    }
  }

  // ---- starting state under disagreement

  /**
   * Draws each disputed milestone's starting level among its live readings, each weighted by the
   * grade of its best-graded source (inversion of the cumulative weights), one uniform each after
   * the rates' draws, recaps the counted levels, and records the index's change from the preferred
   * start at the as-of checkpoint.
   */
  private void drawStart() {
    for (int i = 0; i < p.disputed.length; i++) {
      int[] levels = p.startLevels[i];
      double u = rng.nextDouble();
      double[] cumulative = p.startCumulative[i];
      int k;
      if (cumulative == null) {
        k = (int) (u * levels.length); // equal grades: uniform, as before grades counted
      } else {
        k = 0;
        while (k < levels.length - 1 && u >= cumulative[k]) {
          k++;
        }
      }
      raw0[p.disputed[i]] = levels[Math.min(k, levels.length - 1)];
    }
    for (int m : p.order) {
      int c = raw0[m];
      for (int e = p.hardStart[m]; e < p.hardStart[m + 1]; e++) {
        c = Math.min(c, counted0[p.hard[e]]);
      }
      counted0[m] = c;
    }
    if (index != null) {
      int[] from = p.fanCounted ? p.counted0 : p.raw0;
      int[] to = p.fanCounted ? counted0 : raw0;
      for (int m = 0; m < n; m++) {
        if (from[m] != to[m]) {
          addChange(0, m, from[m], to[m]);
        }
      }
    }
  }

  // ---- freezes

  private void drawFreezes() {
    freezes = 0;
    double rate = p.shockRatePerMonth;
    if (rate > 0) {
      double t = 0;
      while (true) {
        t += -Math.log(1 - rng.nextDouble()) / rate;
        if (t >= end) {
          break;
        }
        double to = t + p.shockMonths;
        if (freezes > 0 && t <= freezeTo[freezes - 1]) {
          freezeTo[freezes - 1] = Math.max(freezeTo[freezes - 1], to);
        } else {
          addFreeze(t, to);
        }
        if (to >= end) {
          break; // frozen to the horizon: later freezes change nothing
        }
      }
    }
    double from = p.frozenFrom;
    if (from < INF) {
      while (freezes > 0 && freezeFrom[freezes - 1] >= from) {
        freezes--;
      }
      if (freezes > 0 && freezeTo[freezes - 1] >= from) {
        freezeTo[freezes - 1] = INF;
      } else {
        addFreeze(from, INF);
      }
    }
  }

  private void addFreeze(double from, double to) {
    if (freezes == freezeFrom.length) {
      freezeFrom = Arrays.copyOf(freezeFrom, 2 * freezes);
      freezeTo = Arrays.copyOf(freezeTo, 2 * freezes);
    }
    freezeFrom[freezes] = from;
    freezeTo[freezes++] = to;
  }

  // ---- milestones no reversal can reach: times of reaching each level

  private void monotone(int m) {
    int base = 4 * m;
    int[] hardStart = p.hardStart;
    int[] hard = p.hard;
    double g1 = 0;
    double g2 = 0;
    double g3 = 0;
    for (int e = hardStart[m]; e < hardStart[m + 1]; e++) {
      int q = 4 * hard[e];
      g1 = Math.max(g1, counted[q + 1]);
      g2 = Math.max(g2, counted[q + 2]);
      g3 = Math.max(g3, counted[q + 3]);
    }
    gate[1] = g1;
    gate[2] = g2;
    gate[3] = g3;
    int l0 = raw0[m];
    for (int l = 1; l <= 3; l++) {
      raw[base + l] = l <= l0 ? 0 : INF;
    }
    int before = 0;
    int soft = 0;
    if (p.softActive) {
      for (int e = p.softStart[m]; e < p.softStart[m + 1]; e++) {
        double c = counted[4 * p.soft[e] + 3];
        if (c == 0) {
          before++;
        } else if (c <= end) {
          insert(c, soft++);
        }
      }
    }
    boolean plain = before == 0 && soft == 0 && freezes == 0;
    int level = l0;
    double t = 0;
    int e = p.evStart[m];
    int eventsEnd = p.evStart[m + 1];
    double heldUntil = -1;
    if (plain && e == eventsEnd) {
      // The common case, a bare max-plus recurrence: nothing but prerequisites delays a step.
      Quantile[] duration = p.duration;
      boolean[] never = p.never;
      while (level < 3) {
        int s = 3 * m + level;
        if (never[s]) {
          break;
        }
        double g = gate[level + 1];
        if (g > t && t < end) {
          heldUntil = Math.min(g, end);
        }
        double start = Math.max(t, g);
        if (start >= end) {
          break;
        }
        double finish = start + duration[s].quantile(u[s]) * scale[s];
        if (finish > end) {
          break;
        }
        raw[base + ++level] = finish;
        t = finish;
      }
      level = 3;
    }
    while (level < 3) {
      while (e < eventsEnd && p.evLevel[e] <= level) {
        e++;
      }
      double te = e < eventsEnd ? p.evTime[e] : INF;
      int s = 3 * m + level;
      double finish = INF;
      if (!p.never[s]) {
        double g = gate[level + 1];
        if (g > t && t < end) {
          heldUntil = Math.min(Math.min(g, te), end); // the holder is worked out once, below
        }
        double start = Math.max(t, g);
        if (start < te && start < end) {
          double w = p.duration[s].quantile(u[s]) * scale[s];
          finish = plain ? start + w : warp(start, w, before, soft);
        }
      }
      if (te <= finish && te <= end) {
        int to = p.evLevel[e++];
        for (int l = level + 1; l <= to; l++) {
          raw[base + l] = te;
        }
        level = to;
        t = te;
        continue;
      }
      if (finish > end) {
        break;
      }
      raw[base + ++level] = finish;
      t = finish;
    }
    // One pass over the levels: counted times, the status at the horizon, the fan's changes.
    int atHorizon = 0;
    int doneAt = last + 1;
    boolean fan = index != null;
    boolean fanCounted = p.fanCounted;
    for (int l = 1; l <= 3; l++) {
      double r = raw[base + l];
      double c = Math.max(r, gate[l]);
      counted[base + l] = c;
      if (c <= end) {
        atHorizon++;
        boolean change = fan && fanCounted && c > 0;
        if (l == 3 || change) {
          int k = p.checkpoint(c);
          if (l == 3) {
            doneAt = k;
          }
          if (change) {
            addChange(k, m, l - 1, l);
          }
        }
      }
      if (fan && !fanCounted && r > 0 && r <= end) {
        addChange(p.checkpoint(r), m, l - 1, l);
      }
    }
    if (heldUntil >= 0) {
      int first = p.hardStart[m];
      tally.heldLast[p.hardStart[m + 1] - first == 1 ? first : holderBefore(m, heldUntil)]++;
    }
    tally.completion[m * columns + doneAt]++;
    tally.horizon[4 * m + atHorizon]++;
  }

  /** Inserts a soft prerequisite's completion time into the sorted first {@code size} slots. */
  private void insert(double c, int size) {
    int i = size;
    while (i > 0 && softTimes[i - 1] > c) {
      softTimes[i] = softTimes[i - 1];
      i--;
    }
    softTimes[i] = c;
  }

  /**
   * The hard prerequisite of m that was least advanced just before a time (first declared on a
   * tie), as its edge index: the one holding m back at that moment.
   */
  private int holderBefore(int m, double until) {
    int best = -1;
    int bestLevel = 4;
    for (int e = p.hardStart[m]; e < p.hardStart[m + 1]; e++) {
      int q = 4 * p.hard[e];
      int level =
          (counted[q + 1] < until ? 1 : 0)
              + (counted[q + 2] < until ? 1 : 0)
              + (counted[q + 3] < until ? 1 : 0);
      if (level < bestLevel) {
        best = e;
        bestLevel = level;
      }
    }
    return best;
  }

  /**
   * When a step whose clock starts at {@code start} and needs {@code work} months at speed 1
   * finishes, with soft prerequisites completing at the sorted {@code softTimes} (speed 1/f per
   * completed one) and no clock running during freezes.
   */
  private double warp(double start, double work, int before, int soft) {
    double t = start;
    int k = before;
    int si = 0;
    while (si < soft && softTimes[si] <= t) {
      k++;
      si++;
    }
    int fi = 0;
    while (fi < freezes && freezeTo[fi] <= t) {
      fi++;
    }
    double w = work;
    while (true) {
      if (fi < freezes && freezeFrom[fi] <= t) {
        t = freezeTo[fi++];
        if (t == INF) {
          return INF;
        }
        while (si < soft && softTimes[si] <= t) {
          k++;
          si++;
        }
        continue;
      }
      double next = fi < freezes ? freezeFrom[fi] : INF;
      if (si < soft && softTimes[si] < next) {
        next = softTimes[si];
      }
      double speed = p.speed[k];
      double finish = t + w / speed;
      if (finish <= next) {
        return finish;
      }
      w -= (next - t) * speed;
      t = next;
      while (si < soft && softTimes[si] <= t) {
        k++;
        si++;
      }
    }
  }

  // ---- milestones a reversal can reach: step functions, event by event

  private void general(int m) {
    StepFunctions f = work;
    f.gate(this, m);
    f.soft(this, m);
    int level = raw0[m];
    double t = 0;
    double w = Double.NaN;
    int used = 0;
    int gi = 0;
    int gateLevel = f.gate0;
    int gateArg = f.gateArg0;
    int si = 0;
    int k = f.soft0;
    int fi = 0;
    int e = p.evStart[m];
    int eventsEnd = p.evStart[m + 1];
    int holder = -1;
    rawFrom[m] = arena;
    // Random reversals: the time of the next fall, drawn while the milestone is at level 1 or more
    // (an exponential clock has no memory, so a rise keeps it and only a fall or a rise from 0
    // draws anew). Without a hazard nothing is drawn.
    double fall = level >= 1 ? nextFall(t) : INF;
    while (true) {
      boolean frozen = fi < freezes && freezeFrom[fi] <= t;
      double next = Math.min(end, fall);
      if (gi < f.gateSize) {
        next = Math.min(next, f.gateTime[gi]);
      }
      if (si < f.softSize) {
        next = Math.min(next, f.softTime[si]);
      }
      if (fi < freezes) {
        next = Math.min(next, frozen ? freezeTo[fi] : freezeFrom[fi]);
      }
      if (e < eventsEnd) {
        next = Math.min(next, p.evTime[e]);
      }
      int s = 3 * m + level;
      boolean able = level < 3 && !p.never[s];
      if (able && gateLevel < level + 1) {
        holder = gateArg;
      } else if (able && !frozen) {
        if (Double.isNaN(w)) {
          double draw;
          if ((used & (1 << level)) == 0) {
            used |= 1 << level;
            draw = u[s];
          } else {
            draw = rng.nextDouble();
          }
          w = p.duration[s].quantile(draw) * scale[s];
        }
        double speed = p.speed[k];
        double finish = t + w / speed;
        if (finish <= next) {
          level++;
          append(finish, level);
          w = Double.NaN;
          t = finish;
          if (level == 1) {
            fall = nextFall(t);
          }
          continue;
        }
        w -= (next - t) * speed;
      }
      t = next;
      while (gi < f.gateSize && f.gateTime[gi] <= t) {
        gateLevel = f.gateLevel[gi];
        gateArg = f.gateArg[gi];
        gi++;
      }
      while (si < f.softSize && f.softTime[si] <= t) {
        k = f.softCount[si];
        si++;
      }
      while (fi < freezes && freezeTo[fi] <= t) {
        fi++;
      }
      if (fall <= t) {
        level--; // one level down; the step from the lower level starts afresh
        append(t, level);
        w = Double.NaN;
        fall = level >= 1 ? nextFall(t) : INF;
      }
      while (e < eventsEnd && p.evTime[e] <= t) {
        int to = p.evLevel[e] < raw0[m] ? p.evLevel[e] : Math.max(level, p.evLevel[e]);
        e++;
        if (to != level) {
          if (level == 0 || to == 0) {
            fall = to >= 1 ? nextFall(t) : INF;
          }
          level = to;
          append(t, level);
          w = Double.NaN;
        }
      }
      if (t >= end) {
        break;
      }
    }
    rawSize[m] = arena - rawFrom[m];
    countedFrom[m] = arena;
    lowerOfRawAndGate(m);
    countedSize[m] = arena - countedFrom[m];
    if (holder >= 0) {
      tally.heldLast[holder]++;
    }
    int done = counted0[m] == 3 ? 0 : last + 1;
    int atHorizon = counted0[m];
    for (int i = countedFrom[m]; i < countedFrom[m] + countedSize[m]; i++) {
      if (arenaLevel[i] == 3 && done == last + 1) {
        done = p.checkpoint(arenaTime[i]);
      }
      atHorizon = arenaLevel[i];
    }
    tally.completion[m * columns + done]++;
    tally.horizon[4 * m + atHorizon]++;
    if (index != null) {
      int from = p.fanCounted ? countedFrom[m] : rawFrom[m];
      int size = p.fanCounted ? countedSize[m] : rawSize[m];
      int previous = p.fanCounted ? counted0[m] : raw0[m];
      for (int i = from; i < from + size; i++) {
        addChange(p.checkpoint(arenaTime[i]), m, previous, arenaLevel[i]);
        previous = arenaLevel[i];
      }
    }
  }

  /**
   * When a milestone at level 1 or more next falls, from a time: an exponential wait at the
   * reversal hazard, by inversion of one uniform of the path's stream (after all its fixed draws).
   * The tempo does not apply: it is the pace of advances, and nothing in the record says that falls
   * share it. Freezes do not stop it either: a stall is no protection against a setback.
   */
  private double nextFall(double t) {
    double h = p.reversalHazard;
    return h > 0 ? t - Math.log(1 - rng.nextDouble()) / h : INF;
  }

  /** Appends milestone m's counted steps, min(raw, gate), after its raw steps in the arena. */
  private void lowerOfRawAndGate(int m) {
    StepFunctions f = work;
    int ri = rawFrom[m];
    int rEnd = rawFrom[m] + rawSize[m];
    int gi = 0;
    int r = raw0[m];
    int g = f.gate0;
    int level = counted0[m];
    while (ri < rEnd || gi < f.gateSize) {
      double t = INF;
      if (ri < rEnd) {
        t = arenaTime[ri];
      }
      if (gi < f.gateSize) {
        t = Math.min(t, f.gateTime[gi]);
      }
      while (ri < rEnd && arenaTime[ri] <= t) {
        r = arenaLevel[ri++];
      }
      while (gi < f.gateSize && f.gateTime[gi] <= t) {
        g = f.gateLevel[gi++];
      }
      int c = Math.min(r, g);
      if (c != level) {
        append(t, c);
        level = c;
      }
    }
  }

  private void append(double time, int level) {
    if (arena == arenaTime.length) {
      arenaTime = Arrays.copyOf(arenaTime, 2 * arena);
      arenaLevel = Arrays.copyOf(arenaLevel, 2 * arena);
    }
    arenaTime[arena] = time;
    arenaLevel[arena++] = level;
  }

  /** Appends milestone q's counted status changes over the path to a step-function buffer. */
  void countedSteps(int q, StepFunctions into) {
    if (forceGeneral || p.general[q]) {
      int from = countedFrom[q];
      for (int i = from; i < from + countedSize[q]; i++) {
        into.add(arenaTime[i], arenaLevel[i]);
      }
      return;
    }
    int base = 4 * q;
    double previous = -1;
    for (int l = 1; l <= 3; l++) {
      double x = counted[base + l];
      if (x > 0 && x != INF) {
        if (x == previous) {
          into.setLastLevel(l);
        } else {
          into.add(x, l);
          previous = x;
        }
      }
    }
  }

  int counted0(int q) {
    return counted0[q];
  }

  ForecastPlan plan() {
    return p;
  }

  // ---- index fan

  private void addChange(int checkpoint, int m, int from, int level) {
    if (shares != null) {
      delta[checkpoint] += shares[4 * m + level] - shares[4 * m + from];
      return;
    }
    if (m == lastOf && checkpoint == lastAt) {
      changeTo[changes - 1] = level; // a milestone's changes come in time order: the last counts
      return;
    }
    if (changes == next.length) {
      next = Arrays.copyOf(next, 2 * changes);
      changeOf = Arrays.copyOf(changeOf, 2 * changes);
      changeTo = Arrays.copyOf(changeTo, 2 * changes);
    }
    changeOf[changes] = m;
    changeTo[changes] = level;
    next[changes] = head[checkpoint];
    head[checkpoint] = changes++;
    lastOf = m;
    lastAt = checkpoint;
  }

  /**
   * Applies the path's level changes checkpoint by checkpoint and counts each run of checkpoints
   * with the same index bin once, as a difference at its two ends.
   */
  private void fan() {
    if (shares != null) {
      linearFan();
      return;
    }
    index.restore();
    long[] fan = tally.fan;
    int bin = initialBin;
    int runStart = 0;
    for (int k = 0; k <= last; k++) {
      int i = head[k];
      if (i < 0) {
        continue;
      }
      head[k] = -1;
      while (i >= 0) {
        index.set(changeOf[i], changeTo[i]);
        i = next[i];
      }
      int b = Tally.bin(index.value());
      if (b != bin) {
        fan[runStart * Tally.BINS + bin]++;
        fan[k * Tally.BINS + bin]--;
        bin = b;
        runStart = k;
      }
    }
    fan[runStart * Tally.BINS + bin]++;
    fan[(last + 1) * Tally.BINS + bin]--;
  }

  /** The fan of a linear index: the value at each checkpoint is the last one plus its changes. */
  private void linearFan() {
    long[] fan = tally.fan;
    double value = initialValue;
    int bin = initialBin;
    int runStart = 0;
    for (int k = 0; k <= last; k++) {
      double d = delta[k];
      if (d == 0) {
        continue;
      }
      delta[k] = 0;
      value += d;
      int b = Tally.bin(Math.min(100, Math.max(0, value)));
      if (b != bin) {
        fan[runStart * Tally.BINS + bin]++;
        fan[k * Tally.BINS + bin]--;
        bin = b;
        runStart = k;
      }
    }
    fan[runStart * Tally.BINS + bin]++;
    fan[(last + 1) * Tally.BINS + bin]--;
  }
}
