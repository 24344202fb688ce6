package io.github.thaw.internal.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes a parser reads, fails once the input goes past the limit (saying at which line
 * and column), and remembers whether a failure came from the underlying stream, so that a disk
 * error is not mistaken for bad content.
 */
final class LimitedInputStream extends FilterInputStream {
  /** Thrown when the input goes past the limit. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    /** The packed position of the first byte past the limit; the column counts bytes. */
    final long position;

    TooLarge(long limit, long position) {
      super("input is larger than the limit of " + limit + " bytes");
      this.position = position;
    }
  }

  private final long limit;
  private long count;
  private int line = 1;
  private long lineStart;
  private IOException sourceFailure;

  LimitedInputStream(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (count >= limit) {
      // Only more input than the limit is an error: a file of exactly the limit is fine.
      if (source(() -> super.read()) < 0) {
        return -1;
      }
      throw new TooLarge(
          limit, Positions.of(line, (int) Math.min(Integer.MAX_VALUE, count - lineStart + 1)));
    }
    int ask = (int) Math.min(length, limit - count);
    int n = source(() -> super.read(buffer, offset, ask));
    for (int i = 0; i < n; i++) {
      if (buffer[offset + i] == '\n') {
        line++;
        lineStart = count + i + 1;
      }
    }
    if (n > 0) {
      count += n;
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    throw new IOException("skip is not supported");
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private interface Read {
    int run() throws IOException;
  }

  private int source(Read read) throws IOException {
    try {
      return read.run();
    } catch (IOException e) {
      sourceFailure = e;
      throw e;
    }
  }

  /**
   * The failure of the underlying stream, if it failed.
   *
   * @return the exception, or null
   */
  IOException sourceFailure() {
    return sourceFailure;
  }
}
