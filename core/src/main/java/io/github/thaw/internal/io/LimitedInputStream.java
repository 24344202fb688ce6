package io.github.thaw.internal.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes a parser reads, fails once they pass the limit, and remembers whether a failure
 * came from the underlying stream, so that a disk error is not mistaken for bad content.
 */
final class LimitedInputStream extends FilterInputStream {
  /** Thrown when the input passes the limit. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(long limit) {
      super("input is larger than the limit of " + limit + " bytes");
    }
  }

  private final long limit;
  private long count;
  private IOException sourceFailure;

  LimitedInputStream(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int b = source(() -> super.read());
    if (b >= 0) {
      counted(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    long room = limit - count + 1;
    int ask = (int) Math.min(length, Math.max(1, room));
    int n = source(() -> super.read(buffer, offset, ask));
    if (n > 0) {
      counted(n);
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

  private void counted(int n) throws TooLarge {
    count += n;
    if (count > limit) {
      throw new TooLarge(limit);
    }
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
