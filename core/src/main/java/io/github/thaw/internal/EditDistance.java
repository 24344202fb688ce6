package io.github.thaw.internal;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean" suggestions by edit distance. */
public final class EditDistance {
  private static final int MAX_CANDIDATES = 200_000;

  private EditDistance() {}

  /**
   * The edit distance between two texts counting insertions, deletions, substitutions and swaps of
   * two neighbouring characters as one edit each (optimal string alignment), so the typo {@code
   * nmae} is one edit from {@code name}. O(|a|·|b|) time, O(|b|) space.
   *
   * @param a one text
   * @param b another text
   * @return the number of edits that turn a into b
   */
  public static int distance(CharSequence a, CharSequence b) {
    // Unbounded: no row can exceed the bound, so the early stop never fires.
    return bounded(a, b, Integer.MAX_VALUE - 1, new int[3][]);
  }

  /**
   * The candidate nearest to {@code wanted}, if it is near enough to be a plausible typo: at most a
   * third of the wanted text's length in edits (and at least 1 allowed). Ties go to the first
   * candidate. Very large candidate sets are not searched.
   *
   * @param wanted the text that matched nothing
   * @param candidates the known texts
   * @return the suggestion, if any
   */
  public static Optional<String> nearest(String wanted, Collection<String> candidates) {
    if (wanted == null || candidates.size() > MAX_CANDIDATES) {
      return Optional.empty();
    }
    int limit = Math.max(1, wanted.length() / 3);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int[][] rows = new int[3][];
    for (String c : candidates) {
      // Only a candidate closer than the best so far can win: search within that bound, and stop a
      // comparison as soon as every alignment is past it (a file with thousands of unknown ids
      // asks this of every known id).
      int bound = Math.min(limit, bestDistance - 1);
      if (Math.abs(c.length() - wanted.length()) > bound) {
        continue;
      }
      int d = bounded(wanted, c, bound, rows);
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return bestDistance <= limit ? Optional.of(best) : Optional.empty();
  }

  /** {@link #distance}, or {@code bound + 1} as soon as the distance must exceed the bound. */
  private static int bounded(CharSequence a, CharSequence b, int bound, int[][] rows) {
    int n = b.length() + 1;
    if (rows[0] == null || rows[0].length < n) {
      rows[0] = new int[n];
      rows[1] = new int[n];
      rows[2] = new int[n];
    }
    int[] before = rows[0];
    int[] prev = rows[1];
    int[] cur = rows[2];
    for (int j = 0; j < n; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = i;
      for (int j = 1; j < n; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int d = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d = Math.min(d, before[j - 2] + 1);
        }
        cur[j] = d;
        rowMin = Math.min(rowMin, d);
      }
      if (rowMin > bound) {
        // A row's minimum never falls below the previous row's, swaps included (a swap costs
        // before[j - 2] + 1, which is at least prev[j - 1]), so the distance is past the bound.
        return bound + 1;
      }
      int[] t = before;
      before = prev;
      prev = cur;
      cur = t;
    }
    return prev[n - 1];
  }

  /**
   * {@code " (did you mean 'x'?)"}, or empty text when nothing is near.
   *
   * @param wanted the text that matched nothing
   * @param candidates the known texts
   * @return the hint, with a leading space, or ""
   */
  public static String hint(String wanted, Collection<String> candidates) {
    return nearest(wanted, candidates).map(s -> " (did you mean '" + s + "'?)").orElse("");
  }
}
