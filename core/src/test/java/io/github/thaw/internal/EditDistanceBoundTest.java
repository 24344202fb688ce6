package io.github.thaw.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The pruned search of {@link EditDistance#nearest} finds what a full search finds. */
class EditDistanceBoundTest {
  private static String word(SplittableRandom r) {
    int n = 1 + r.nextInt(9);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append((char) ('a' + r.nextInt(4)));
    }
    return b.toString();
  }

  /** The specification: the first candidate at the least full distance, if within the limit. */
  private static Optional<String> fullSearch(String wanted, List<String> candidates) {
    int limit = Math.max(1, wanted.length() / 3);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = EditDistance.distance(wanted, c);
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return bestDistance <= limit ? Optional.of(best) : Optional.empty();
  }

  @Test
  void prunedAndFullSearchAgreeOnRandomWords() {
    SplittableRandom r = new SplittableRandom(3);
    for (int trial = 0; trial < 5000; trial++) {
      List<String> candidates = new ArrayList<>();
      int n = 1 + r.nextInt(30);
      for (int i = 0; i < n; i++) {
        candidates.add(word(r));
      }
      String wanted = word(r);
      assertThat(EditDistance.nearest(wanted, candidates))
          .as("%s among %s", wanted, candidates)
          .isEqualTo(fullSearch(wanted, candidates));
    }
  }
}
