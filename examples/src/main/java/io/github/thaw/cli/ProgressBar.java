package io.github.thaw.cli;

import java.io.PrintWriter;
import java.util.function.LongConsumer;

/**
 * A progress bar on stderr for long runs: drawn only when stderr is a terminal, only once a run has
 * taken a second, and at most ten times a second. Called from worker threads.
 */
final class ProgressBar implements LongConsumer {
  private static final long QUIET_NANOS = 1_000_000_000L;
  private static final long PERIOD_NANOS = 100_000_000L;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final long total;
  private final long start = System.nanoTime();
  private long drawn;
  private boolean shown;

  private ProgressBar(PrintWriter err, long total) {
    this.err = err;
    this.total = total;
  }

  /**
   * A bar if stderr is a terminal, else one that does nothing.
   *
   * @param err stderr
   * @param total the amount of work
   * @return the bar
   */
  static ProgressBar forTerminal(PrintWriter err, long total) {
    return System.console() != null ? new ProgressBar(err, total) : null;
  }

  @Override
  public synchronized void accept(long done) {
    long now = System.nanoTime();
    if (now - start < QUIET_NANOS || now - drawn < PERIOD_NANOS) {
      return;
    }
    drawn = now;
    shown = true;
    int filled = (int) (WIDTH * done / total);
    TerminalText.printRaw(
        err,
        "\r["
            + "#".repeat(filled)
            + " ".repeat(WIDTH - filled)
            + "] "
            + (100 * done / total)
            + "% of "
            + total
            + " paths");
    err.flush();
  }

  /** Clears the bar, if it was drawn. */
  synchronized void finish() {
    if (shown) {
      TerminalText.printRaw(err, "\r" + " ".repeat(WIDTH + 40) + "\r");
      err.flush();
    }
  }
}
