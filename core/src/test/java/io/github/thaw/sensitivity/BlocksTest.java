package io.github.thaw.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The block runner behind multi-threaded analyses. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class BlocksTest {
  @Test
  void oneThreadRunsEveryBlockInOrderOnTheCallersThreadWithOneScratch() {
    StringBuilder order = new StringBuilder();
    AtomicInteger scratches = new AtomicInteger();
    Thread caller = Thread.currentThread();
    Blocks.run(
        5,
        1,
        scratches::incrementAndGet,
        (s, block) -> {
          assertThat(Thread.currentThread()).isSameAs(caller);
          order.append(block);
        });
    assertThat(order).hasToString("01234");
    assertThat(scratches).hasValue(1);
  }

  @Test
  void severalThreadsRunEveryBlockExactlyOnceAndAreAllDoneOnReturn() throws Exception {
    int blocks = 12;
    AtomicIntegerArray runs = new AtomicIntegerArray(blocks);
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    AtomicInteger scratches = new AtomicInteger();
    // Every one of the three threads must take a block before any block may finish, so the test
    // sees all three at work; the blocks then sleep, so returning early would miss their runs.
    CountDownLatch allStarted = new CountDownLatch(3);
    Blocks.run(
        blocks,
        3,
        scratches::incrementAndGet,
        (s, block) -> {
          if (threads.add(Thread.currentThread())) {
            allStarted.countDown();
          }
          try {
            assertThat(allStarted.await(10, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(20);
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
          runs.incrementAndGet(block);
        });
    for (int b = 0; b < blocks; b++) {
      assertThat(runs.get(b)).as("runs of block %d", b).isEqualTo(1);
    }
    assertThat(threads).hasSize(3).contains(Thread.currentThread());
    assertThat(scratches).hasValue(3);
    for (Thread t : threads) {
      if (t != Thread.currentThread()) {
        assertThat(t.isDaemon()).isTrue();
        assertThat(t.getName()).startsWith("thaw-sobol-");
        t.join(1000);
        assertThat(t.isAlive()).isFalse();
      }
    }
  }

  @Test
  void neverStartsMoreThreadsThanBlocks() {
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    AtomicInteger scratches = new AtomicInteger();
    Blocks.run(2, 8, scratches::incrementAndGet, (s, block) -> threads.add(Thread.currentThread()));
    assertThat(scratches.get()).isBetween(1, 2);
    assertThat(threads).hasSizeLessThanOrEqualTo(2);
  }

  @Test
  void theLowestFailingBlocksExceptionIsRethrown() {
    for (int threads = 1; threads <= 3; threads++) {
      int t = threads;
      assertThatThrownBy(
              () ->
                  Blocks.run(
                      10,
                      t,
                      () -> null,
                      (s, block) -> {
                        if (block == 4 || block == 7) {
                          throw new IllegalArgumentException("block " + block);
                        }
                      }))
          .as("%d threads", t)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("block 4");
      assertThatThrownBy(
              () ->
                  Blocks.run(
                      6,
                      t,
                      () -> null,
                      (s, block) -> {
                        if (block == 5) {
                          throw new AssertionError("error in block 5");
                        }
                      }))
          .isInstanceOf(AssertionError.class)
          .hasMessage("error in block 5");
    }
  }

  @Test
  void anInterruptedCallerStopsTheHelpersAndSaysSo() throws Exception {
    CountDownLatch running = new CountDownLatch(1);
    AtomicInteger done = new AtomicInteger();
    Thread[] caller = new Thread[1];
    Throwable[] thrown = new Throwable[1];
    boolean[] flagAfter = new boolean[1];
    caller[0] =
        new Thread(
            () -> {
              try {
                Blocks.run(
                    1000,
                    2,
                    () -> null,
                    (s, block) -> {
                      running.countDown();
                      if (Thread.currentThread() == caller[0]) {
                        // The caller interrupts itself on its first block, then waits in join.
                        if (block < 2) {
                          Thread.currentThread().interrupt();
                        }
                        return;
                      }
                      try {
                        Thread.sleep(5);
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                      done.incrementAndGet();
                    });
              } catch (Throwable e) {
                thrown[0] = e;
              }
              flagAfter[0] = Thread.currentThread().isInterrupted();
            });
    caller[0].start();
    assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
    caller[0].join(20_000);
    assertThat(caller[0].isAlive()).isFalse();
    assertThat(thrown[0])
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("interrupted while the analysis was running");
    assertThat(flagAfter[0]).isTrue();
    assertThat(done.get()).as("blocks the helper ran before it stopped").isLessThan(1000);
  }
}
