package io.github.thaw.model;

import java.util.Objects;

/**
 * One thing wrong with a model, scenario or file: where, and what.
 *
 * @param location where the bad value is
 * @param message what is wrong, naming the bad value and, where there is one, the way out
 */
public record Problem(Location location, String message) {
  /**
   * Checks for nulls.
   *
   * @throws NullPointerException if either field is null
   */
  public Problem {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
  }

  /**
   * A problem at a path of a model built in code.
   *
   * @param path the path of the bad value
   * @param message what is wrong
   * @return the problem
   */
  public static Problem at(String path, String message) {
    return new Problem(Location.ofPath(path), message);
  }

  /**
   * The same problem at another location.
   *
   * @param where the new location
   * @return a problem with the same message
   */
  public Problem at(Location where) {
    return new Problem(where, message);
  }

  /**
   * {@code file:line:col: path: message} when the position is known, else {@code path: message}.
   */
  @Override
  public String toString() {
    Location l = location;
    if (l.hasPosition()) {
      return l + ": " + (l.path().isEmpty() ? "" : l.path() + ": ") + message;
    }
    String where = l.toString();
    return where.isEmpty() ? message : where + ": " + message;
  }
}
