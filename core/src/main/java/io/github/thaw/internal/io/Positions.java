package io.github.thaw.internal.io;

/**
 * A file position (1-based line and column) packed in one {@code long}, so that readers can keep
 * millions of them in primitive arrays instead of one object each.
 */
public final class Positions {
  /** No position: the file is unknown or the value was not there. */
  public static final long NONE = 0L;

  private Positions() {}

  /**
   * Packs a position.
   *
   * @param line the 1-based line
   * @param column the 1-based column
   * @return the packed position
   */
  public static long of(int line, int column) {
    return ((long) Math.max(line, 0) << 32) | (Math.max(column, 0) & 0xffff_ffffL);
  }

  /**
   * The line of a packed position.
   *
   * @param position the packed position
   * @return the 1-based line, or 0 for {@link #NONE}
   */
  public static int line(long position) {
    return (int) (position >>> 32);
  }

  /**
   * The column of a packed position.
   *
   * @param position the packed position
   * @return the 1-based column, or 0 for {@link #NONE}
   */
  public static int column(long position) {
    return (int) position;
  }
}
