package io.github.thaw.internal.io;

import io.github.thaw.model.Limits;
import io.github.thaw.model.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * The one cap on listed problems for lists that do not come from a file reader's own problem list
 * (scenario changes, transitions checked against a model): {@link Limits#MAX_PROBLEMS}, then one
 * problem that counts the rest, worded as the file readers word it.
 */
public final class Problems {
  private Problems() {}

  /**
   * The problems up to the cap, then one that counts the rest.
   *
   * @param problems every problem found
   * @return the list to report; the same list if it is within the cap
   */
  public static List<Problem> capped(List<Problem> problems) {
    int max = Limits.MAX_PROBLEMS;
    if (problems.size() <= max) {
      return problems;
    }
    List<Problem> out = new ArrayList<>(problems.subList(0, max));
    out.add(
        new Problem(
            problems.get(max).location(),
            InternalIoMessages.tooManyProblems(problems.size() - max, max)));
    return out;
  }
}
