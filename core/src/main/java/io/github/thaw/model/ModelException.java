package io.github.thaw.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A model, scenario or file is invalid. It carries every problem found, not just the first, each
 * with its location.
 */
public final class ModelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The problems; an immutable list, never empty. */
  private final transient List<Problem> problems;

  /**
   * An exception for these problems.
   *
   * @param problems at least one problem
   * @throws IllegalArgumentException if the list is empty
   */
  public ModelException(List<Problem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  private static String describe(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ModelException needs at least one problem");
    }
    String head = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
    return head + ":\n" + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }

  /**
   * Every problem found, in the order found.
   *
   * @return an immutable, non-empty list
   */
  public List<Problem> problems() {
    return problems;
  }
}
