package io.github.thaw.internal.io;

import io.github.thaw.model.Location;
import io.github.thaw.model.ModelException;
import io.github.thaw.model.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems found in one file, kept up to a limit so that a hostile file cannot fill the heap
 * with messages; the rest are counted and summarised by one last problem.
 */
public final class ProblemList {
  private static final Comparator<Problem> BY_POSITION =
      Comparator.comparingInt((Problem p) -> p.location().hasPosition() ? 0 : 1)
          .thenComparingInt(p -> p.location().line())
          .thenComparingInt(p -> p.location().column());

  private final int max;
  private final List<Problem> problems = new ArrayList<>();
  private int dropped;
  private Location firstDropped;

  /**
   * An empty list.
   *
   * @param max the most problems kept
   */
  public ProblemList(int max) {
    this.max = max;
  }

  /**
   * Adds a problem, or counts it if the list is full.
   *
   * @param problem the problem
   */
  public void add(Problem problem) {
    if (problems.size() < max) {
      problems.add(problem);
    } else {
      if (dropped == 0) {
        firstDropped = problem.location();
      }
      dropped++;
    }
  }

  /**
   * Adds a problem.
   *
   * @param location where
   * @param message what is wrong
   */
  public void add(Location location, String message) {
    add(new Problem(location, message));
  }

  /**
   * Whether no problem was found.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /**
   * The problems by file position (stable, so problems at one position keep the order found), then,
   * if any were dropped, one that says how many.
   *
   * @return a new list
   */
  public List<Problem> sorted() {
    List<Problem> out = new ArrayList<>(problems);
    out.sort(BY_POSITION);
    if (dropped > 0) {
      out.add(new Problem(firstDropped, InternalIoMessages.tooManyProblems(dropped, max)));
    }
    return out;
  }

  /**
   * Throws if any problem was found.
   *
   * @throws ModelException listing {@link #sorted()}
   */
  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new ModelException(sorted());
    }
  }
}
