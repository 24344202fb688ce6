package io.github.thaw.sensitivity;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs numbered blocks of work on a fixed number of threads. Blocks write only to their own slots
 * of shared arrays, so results do not depend on the number of threads or on which thread ran a
 * block. If blocks fail, the failure of the lowest-numbered failing block is thrown, which is the
 * failure a single thread would meet first: errors, too, are the same for any number of threads.
 */
final class Blocks {
  private Blocks() {}

  /** The work of one block, with scratch space owned by the running thread. */
  interface Body<S> {
    void run(S scratch, int block);
  }

  /**
   * Runs blocks {@code 0 .. blocks - 1}; the calling thread takes part.
   *
   * @param blocks the number of blocks
   * @param threads the number of threads, at least 1
   * @param scratch makes one scratch object per thread
   * @param body the work of one block
   */
  static <S> void run(int blocks, int threads, Supplier<S> scratch, Body<S> body) {
    if (threads == 1 || blocks <= 1) {
      S s = scratch.get();
      for (int block = 0; block < blocks; block++) {
        body.run(s, block);
      }
      return;
    }
    Run<S> run = new Run<>(blocks, scratch, body);
    int helpers = Math.min(threads, blocks) - 1;
    Thread[] started = new Thread[helpers];
    for (int t = 0; t < helpers; t++) {
      started[t] = new Thread(run, "thaw-sobol-" + (t + 1));
      started[t].setDaemon(true);
      started[t].start();
    }
    run.run();
    boolean interrupted = false;
    for (Thread thread : started) {
      while (true) {
        try {
          thread.join();
          break;
        } catch (InterruptedException e) {
          // Finish joining so no helper outlives the call, then restore the flag.
          interrupted = true;
          run.stop();
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the analysis was running");
    }
    run.rethrow();
  }

  private static final class Run<S> implements Runnable {
    private final int blocks;
    private final Supplier<S> scratch;
    private final Body<S> body;
    private final AtomicInteger next = new AtomicInteger();
    private int failedBlock = Integer.MAX_VALUE;
    private Throwable failure;
    private volatile boolean stopped;

    Run(int blocks, Supplier<S> scratch, Body<S> body) {
      this.blocks = blocks;
      this.scratch = scratch;
      this.body = body;
    }

    @Override
    public void run() {
      S s = scratch.get();
      while (!stopped) {
        int block = next.getAndIncrement();
        // Blocks are handed out in order, so every block below a failed one has been taken and
        // runs to its end: the lowest failing block is always found.
        if (block >= blocks || block > failedBlock()) {
          return;
        }
        try {
          body.run(s, block);
        } catch (RuntimeException | Error e) {
          fail(block, e);
        }
      }
    }

    void stop() {
      stopped = true;
    }

    private synchronized int failedBlock() {
      return failedBlock;
    }

    private synchronized void fail(int block, Throwable e) {
      if (block < failedBlock) {
        failedBlock = block;
        failure = e;
      }
    }

    synchronized void rethrow() {
      if (failure instanceof RuntimeException e) {
        throw e;
      }
      if (failure instanceof Error e) {
        throw e;
      }
    }
  }
}
