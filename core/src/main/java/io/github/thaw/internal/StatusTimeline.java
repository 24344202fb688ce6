package io.github.thaw.internal;

import java.util.Arrays;

/**
 * Each milestone's status events in primitive arrays, sorted by effective day (ties in declaration
 * order), and the rule that reads a status and its band of disagreement at a day.
 *
 * <p>The rule, documented in {@code docs/methodology.md}: the <em>value</em> is the status of the
 * latest event (the most conservative one when several share that day). Every earlier claim stays a
 * live reading until an event more than the dispute window later reports a status at least as
 * advanced, or a strictly later event cites one of its sources (the source updated itself). The
 * band runs from the lowest to the highest live reading.
 */
public final class StatusTimeline {
  /**
   * Reports of one milestone from different sources at most this many days apart are taken as
   * contemporaneous: if they differ, the sources disagree rather than one updating the other.
   */
  public static final int DEFAULT_DISPUTE_WINDOW_DAYS = 31;

  private final int[] start;
  private final long[] day;
  private final byte[] level;
  private final int[] event;

  /** The sources cited by entry k are {@code sourceFlat[sourceStart[k] .. sourceStart[k+1]-1]}. */
  private final int[] sourceStart;

  private final int[] sourceFlat;

  /**
   * Builds the timeline.
   *
   * @param milestones the number of milestones
   * @param eventMilestone per event, its milestone index, or -1 for context events
   * @param eventDay per event, its effective epoch day
   * @param eventLevel per event, its status level (ignored for context events)
   * @param eventSources per event, the indices of its sources
   */
  public StatusTimeline(
      int milestones,
      int[] eventMilestone,
      long[] eventDay,
      int[] eventLevel,
      int[][] eventSources) {
    int events = eventMilestone.length;
    start = new int[milestones + 1];
    for (int m : eventMilestone) {
      if (m >= 0) {
        start[m + 1]++;
      }
    }
    for (int i = 0; i < milestones; i++) {
      start[i + 1] += start[i];
    }
    int total = start[milestones];
    day = new long[total];
    level = new byte[total];
    event = new int[total];
    int[] fill = Arrays.copyOf(start, milestones);
    for (int e = 0; e < events; e++) {
      int m = eventMilestone[e];
      if (m >= 0) {
        event[fill[m]++] = e;
      }
    }
    for (int m = 0; m < milestones; m++) {
      sortByDay(start[m], start[m + 1], eventDay);
    }
    sourceStart = new int[total + 1];
    for (int k = 0; k < total; k++) {
      day[k] = eventDay[event[k]];
      level[k] = (byte) eventLevel[event[k]];
      sourceStart[k + 1] = sourceStart[k] + eventSources[event[k]].length;
    }
    sourceFlat = new int[sourceStart[total]];
    for (int k = 0; k < total; k++) {
      int[] cited = eventSources[event[k]];
      System.arraycopy(cited, 0, sourceFlat, sourceStart[k], cited.length);
    }
  }

  /** A stable sort, so that events of one day keep their declaration order. */
  private void sortByDay(int from, int to, long[] eventDay) {
    if (to - from < 2) {
      return;
    }
    Integer[] boxed = new Integer[to - from];
    for (int i = from; i < to; i++) {
      boxed[i - from] = event[i];
    }
    Arrays.sort(boxed, (a, b) -> Long.compare(eventDay[a], eventDay[b]));
    for (int i = from; i < to; i++) {
      event[i] = boxed[i - from];
    }
  }

  /**
   * Offsets into the per-event arrays: milestone m's events are {@code start[m]..start[m+1]-1}.
   *
   * @return the offsets (shared: do not modify)
   */
  public int[] start() {
    return start;
  }

  /**
   * Effective epoch day of each timeline entry.
   *
   * @return the days (shared: do not modify)
   */
  public long[] day() {
    return day;
  }

  /**
   * Status level of each timeline entry.
   *
   * @return the levels (shared: do not modify)
   */
  public byte[] level() {
    return level;
  }

  /**
   * The model's event index of each timeline entry.
   *
   * @return the event indices (shared: do not modify)
   */
  public int[] event() {
    return event;
  }

  /**
   * How many of milestone m's entries count at a day.
   *
   * @param m the milestone index
   * @param epochDay the day
   * @return the index one past the last entry with effective day at or before the day
   */
  public int endAt(int m, long epochDay) {
    int lo = start[m];
    int hi = start[m + 1];
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (day[mid] <= epochDay) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The status reading of milestone m at a day under the default dispute window, packed as {@code
   * value | low << 8 | high << 16} (levels 0–3). With no event by then all three are 0.
   *
   * @param m the milestone index
   * @param epochDay the day
   * @return the packed levels
   */
  public int readingAt(int m, long epochDay) {
    return readingAt(m, epochDay, DEFAULT_DISPUTE_WINDOW_DAYS);
  }

  /**
   * The status reading of milestone m at a day, packed as {@code value | low << 8 | high << 16}.
   *
   * @param m the milestone index
   * @param epochDay the day
   * @param windowDays reports at most this many days apart are contemporaneous
   * @return the packed levels
   */
  public int readingAt(int m, long epochDay, int windowDays) {
    int end = endAt(m, epochDay);
    int first = start[m];
    if (end == first) {
      return 0;
    }
    if (end - first == 1) {
      int only = level[first];
      return only | only << 8 | only << 16;
    }
    long latest = day[end - 1];
    int value = Integer.MAX_VALUE;
    for (int k = end - 1; k >= first && day[k] == latest; k--) {
      value = Math.min(value, level[k]);
    }
    return end - first <= SMALL
        ? packSmall(first, end, value, windowDays)
        : pack(first, end, value, windowDays);
  }

  /** Up to this many entries, {@link #packSmall} is used: quadratic, but allocates nothing. */
  private static final int SMALL = 16;

  /**
   * The same band as {@link #pack} without allocating: an entry is live unless an entry more than
   * the window later reports a status at least as advanced, or an entry of a strictly later day
   * cites one of its sources.
   */
  private int packSmall(int first, int end, int value, int windowDays) {
    int low = value;
    int high = value;
    for (int g = first; g < end; g++) {
      boolean live = true;
      for (int k = end - 1; k > g && day[k] > day[g] && live; k--) {
        boolean supersedes = day[k] > day[g] + windowDays && level[k] >= level[g];
        live = !supersedes && disjoint(g, k);
      }
      if (live) {
        low = Math.min(low, level[g]);
        high = Math.max(high, level[g]);
      }
    }
    return value | low << 8 | high << 16;
  }

  /**
   * Which of milestone m's entries are live readings at a day.
   *
   * @param m the milestone index
   * @param epochDay the day
   * @param windowDays reports at most this many days apart are contemporaneous
   * @return per entry from start[m] to the last entry counting at the day, whether it is live
   */
  public boolean[] liveAt(int m, long epochDay, int windowDays) {
    return liveAtRange(start[m], endAt(m, epochDay), windowDays);
  }

  private int pack(int first, int end, int value, int windowDays) {
    boolean[] live = liveAtRange(first, end, windowDays);
    int low = value;
    int high = value;
    for (int i = first; i < end; i++) {
      if (live[i - first]) {
        low = Math.min(low, level[i]);
        high = Math.max(high, level[i]);
      }
    }
    return value | low << 8 | high << 16;
  }

  /**
   * Entry k is live unless a report more than the window later is at least as advanced, or a
   * strictly later report cites one of k's sources. O(e log e) for e entries.
   */
  private boolean[] liveAtRange(int first, int end, int windowDays) {
    int n = end - first;
    boolean[] live = new boolean[n];
    int[] suffixMax = new int[n + 1];
    suffixMax[n] = -1;
    for (int i = n - 1; i >= 0; i--) {
      suffixMax[i] = Math.max(suffixMax[i + 1], level[first + i]);
    }
    int[] laterSources = new int[0];
    int k = end - 1;
    while (k >= first) {
      long d = day[k];
      int beyond = firstAfter(k + 1, end, d + windowDays);
      int g = k;
      while (g >= first && day[g] == d) {
        live[g - first] = level[g] > suffixMax[beyond - first] && disjoint(g, laterSources);
        g--;
      }
      for (int i = k; i > g; i--) {
        laterSources = union(laterSources, i);
      }
      k = g;
    }
    return live;
  }

  /** The first index in [from, end) whose day is after {@code limit}, or end. */
  private int firstAfter(int from, int end, long limit) {
    int lo = from;
    int hi = end;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (day[mid] <= limit) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Whether entries g and k cite no source in common. */
  private boolean disjoint(int g, int k) {
    for (int i = sourceStart[g]; i < sourceStart[g + 1]; i++) {
      for (int j = sourceStart[k]; j < sourceStart[k + 1]; j++) {
        if (sourceFlat[i] == sourceFlat[j]) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether entry g cites none of the given sources. */
  private boolean disjoint(int g, int[] others) {
    for (int i = sourceStart[g]; i < sourceStart[g + 1]; i++) {
      for (int y : others) {
        if (sourceFlat[i] == y) {
          return false;
        }
      }
    }
    return true;
  }

  /** The given sources plus those entry k cites. */
  private int[] union(int[] a, int k) {
    int from = sourceStart[k];
    int to = sourceStart[k + 1];
    int[] out = Arrays.copyOf(a, a.length + to - from);
    int n = a.length;
    for (int j = from; j < to; j++) {
      int y = sourceFlat[j];
      boolean present = false;
      for (int i = 0; i < n; i++) {
        if (out[i] == y) {
          present = true;
          break;
        }
      }
      if (!present) {
        out[n++] = y;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * Unpacks the value level.
   *
   * @param packed from {@link #readingAt}
   * @return the value level
   */
  public static int value(int packed) {
    return packed & 0xff;
  }

  /**
   * Unpacks the low level.
   *
   * @param packed from {@link #readingAt}
   * @return the low level
   */
  public static int low(int packed) {
    return (packed >>> 8) & 0xff;
  }

  /**
   * Unpacks the high level.
   *
   * @param packed from {@link #readingAt}
   * @return the high level
   */
  public static int high(int packed) {
    return (packed >>> 16) & 0xff;
  }
}
