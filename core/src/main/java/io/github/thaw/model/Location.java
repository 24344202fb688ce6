package io.github.thaw.model;

/**
 * Where a problem is: a file position when the model came from a file, and always the path of the
 * bad value ({@code milestones[3].requires[0]}).
 *
 * @param file the file name, or empty when the model was built in code
 * @param line the 1-based line, or 0 when unknown
 * @param column the 1-based column, or 0 when unknown
 * @param path the path of the value in the model's structure; may be empty for the whole model
 */
public record Location(String file, int line, int column, String path) {
  /** Normalises nulls to empty. */
  public Location {
    file = file == null ? "" : file;
    path = path == null ? "" : path;
  }

  /**
   * A location known only by its path, as for a model built in code.
   *
   * @param path the path of the value
   * @return the location
   */
  public static Location ofPath(String path) {
    return new Location("", 0, 0, path);
  }

  /**
   * Whether a file position is known.
   *
   * @return true if line and column are set
   */
  public boolean hasPosition() {
    return line > 0;
  }

  /** {@code file:line:col} (or the path alone when no position is known). */
  @Override
  public String toString() {
    if (!hasPosition()) {
      return file.isEmpty() ? path : file + ": " + path;
    }
    return (file.isEmpty() ? "<input>" : file) + ":" + line + ":" + column;
  }
}
