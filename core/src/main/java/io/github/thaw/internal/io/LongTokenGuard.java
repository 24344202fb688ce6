package io.github.thaw.internal.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops a YAML document at a run of more than a limit of characters without a space or line break.
 * SnakeYAML scans such a run by peeking one character further at a time into a window it copies
 * whenever it grows, so its cost grows with the square of the run: a single 20 MB word took
 * minutes. A run no longer than the limit costs little, and a longer one is refused, with its line
 * and column, before the scanner sees it. Linear in the input.
 */
final class LongTokenGuard extends FilterReader {
  /** Thrown at the first character past the limit. */
  static final class TooLong extends IOException {
    private static final long serialVersionUID = 1L;

    /** The packed position where the run starts. */
    final long position;

    TooLong(int limit, long position) {
      super("a run of more than " + limit + " characters without a space");
      this.position = position;
    }
  }

  private final int limit;
  private int line = 1;
  private int column = 1;
  private int run;
  private int runLine = 1;
  private int runColumn = 1;

  LongTokenGuard(Reader in, int limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      see((char) c);
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    for (int i = 0; i < n; i++) {
      see(buffer[offset + i]);
    }
    return n;
  }

  private void see(char c) throws IOException {
    if (c == '\n') {
      line++;
      column = 1;
      run = 0;
      return;
    }
    if (c == ' ' || c == '\t' || c == '\r') {
      run = 0;
    } else if (run++ == 0) {
      runLine = line;
      runColumn = column;
    } else if (run > limit) {
      throw new TooLong(limit, Positions.of(runLine, runColumn));
    }
    column++;
  }
}
