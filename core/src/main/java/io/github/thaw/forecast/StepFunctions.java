package io.github.thaw.forecast;

import java.util.Arrays;

/**
 * Scratch step functions for a milestone simulated event by event: its gate (the lowest counted
 * status of its hard prerequisites, with the first declared of the lowest) and the number of its
 * soft prerequisites at COMPLETED, each as a level at the start and dated changes. Reused from one
 * milestone to the next; grows, never shrinks.
 */
final class StepFunctions {
  private double[] bufferTime = new double[16];
  private int[] bufferLevel = new int[16];
  private int buffer;
  private int[] from = new int[4];
  private int[] size = new int[4];
  private int[] initial = new int[4];
  private int[] pointer = new int[4];
  private int[] current = new int[4];
  private double[] times = new double[16];

  int gate0;
  int gateArg0;
  int gateSize;
  double[] gateTime = new double[16];
  int[] gateLevel = new int[16];
  int[] gateArg = new int[16];

  int soft0;
  int softSize;
  double[] softTime = new double[16];
  int[] softCount = new int[16];

  void add(double time, int level) {
    if (buffer == bufferTime.length) {
      bufferTime = Arrays.copyOf(bufferTime, 2 * buffer);
      bufferLevel = Arrays.copyOf(bufferLevel, 2 * buffer);
    }
    bufferTime[buffer] = time;
    bufferLevel[buffer++] = level;
  }

  void setLastLevel(int level) {
    bufferLevel[buffer - 1] = level;
  }

  /** Loads the counted steps of some prerequisites; returns how many distinct change times. */
  private int load(PathSimulator sim, int[] targets, int fromEdge, int toEdge) {
    int k = toEdge - fromEdge;
    if (k > from.length) {
      from = new int[k];
      size = new int[k];
      initial = new int[k];
      pointer = new int[k];
      current = new int[k];
    }
    buffer = 0;
    for (int j = 0; j < k; j++) {
      int q = targets[fromEdge + j];
      from[j] = buffer;
      sim.countedSteps(q, this);
      size[j] = buffer - from[j];
      initial[j] = sim.counted0(q);
      pointer[j] = 0;
      current[j] = initial[j];
    }
    if (times.length < buffer) {
      times = new double[Math.max(buffer, 2 * times.length)];
    }
    System.arraycopy(bufferTime, 0, times, 0, buffer);
    Arrays.sort(times, 0, buffer);
    int distinct = 0;
    for (int i = 0; i < buffer; i++) {
      if (distinct == 0 || times[distinct - 1] != times[i]) {
        times[distinct++] = times[i];
      }
    }
    return distinct;
  }

  private void advance(int k, double t) {
    for (int j = 0; j < k; j++) {
      while (pointer[j] < size[j] && bufferTime[from[j] + pointer[j]] <= t) {
        current[j] = bufferLevel[from[j] + pointer[j]++];
      }
    }
  }

  /** The lowest current level's first holder, as a position among the loaded prerequisites. */
  private int lowest(int k) {
    int best = 0;
    for (int j = 1; j < k; j++) {
      if (current[j] < current[best]) {
        best = j;
      }
    }
    return best;
  }

  void gate(PathSimulator sim, int m) {
    ForecastPlan p = sim.plan();
    int a = p.hardStart[m];
    int k = p.hardStart[m + 1] - a;
    gateSize = 0;
    if (k == 0) {
      gate0 = 3;
      gateArg0 = -1;
      return;
    }
    int distinct = load(sim, p.hard, a, a + k);
    int j = lowest(k);
    gate0 = current[j];
    gateArg0 = a + j;
    int level = gate0;
    int arg = gateArg0;
    for (int i = 0; i < distinct; i++) {
      double t = times[i];
      advance(k, t);
      j = lowest(k);
      if (current[j] != level || a + j != arg) {
        level = current[j];
        arg = a + j;
        if (gateSize == gateTime.length) {
          gateTime = Arrays.copyOf(gateTime, 2 * gateSize);
          gateLevel = Arrays.copyOf(gateLevel, 2 * gateSize);
          gateArg = Arrays.copyOf(gateArg, 2 * gateSize);
        }
        gateTime[gateSize] = t;
        gateLevel[gateSize] = level;
        gateArg[gateSize++] = arg;
      }
    }
  }

  void soft(PathSimulator sim, int m) {
    ForecastPlan p = sim.plan();
    softSize = 0;
    soft0 = 0;
    int a = p.softStart[m];
    int k = p.softStart[m + 1] - a;
    if (!p.softActive || k == 0) {
      return;
    }
    int distinct = load(sim, p.soft, a, a + k);
    soft0 = completed(k);
    int count = soft0;
    for (int i = 0; i < distinct; i++) {
      advance(k, times[i]);
      int c = completed(k);
      if (c != count) {
        count = c;
        if (softSize == softTime.length) {
          softTime = Arrays.copyOf(softTime, 2 * softSize);
          softCount = Arrays.copyOf(softCount, 2 * softSize);
        }
        softTime[softSize] = times[i];
        softCount[softSize++] = c;
      }
    }
  }

  private int completed(int k) {
    int c = 0;
    for (int j = 0; j < k; j++) {
      c += current[j] == 3 ? 1 : 0;
    }
    return c;
  }
}
