package io.github.thaw.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** How a run uses threads: settings, progress, failures and interrupts on worker threads. */
class ForecastRunTest {

  static Forecast.Builder small() {
    return Forecast.builder(Models.random(5, 1))
        .transitions(Transitions.everyStep(StepDuration.exponential(0.05)))
        .indexFan(false);
  }

  @Test
  void oneThreadIsAcceptedAndFewerAreRefusedWithTheValue() {
    Forecast f = small().threads(1).samples(10).build();
    assertThat(f.threads()).isEqualTo(1);
    assertThat(f.withThreads(3).threads()).isEqualTo(3);
    assertThat(f.withThreads(3).withThreads(1).threads()).isEqualTo(1);
    assertThatThrownBy(() -> f.withThreads(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threads must be >= 1, got 0");
    assertThatThrownBy(() -> small().threads(-2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threads must be >= 1, got -2");
  }

  @Test
  void progressIsReportedOnceAfterEachBlockOf256Paths() {
    Forecast f = small().build();
    List<Long> done = new ArrayList<>();
    f.runShard(1, 0, 600, done::add);
    assertThat(done).containsExactly(256L, 512L, 600L);
    done.clear();
    f.runShard(1, 1000, 512, done::add);
    assertThat(done).as("a whole number of blocks").containsExactly(256L, 512L);
  }

  @Test
  void aFailureOnAWorkerThreadReachesTheCaller() {
    // GIVEN streams that fail on any thread but the caller's; the caller's first path waits until
    // a worker has failed, so that the worker surely takes a block of paths
    Thread caller = Thread.currentThread();
    CountDownLatch failed = new CountDownLatch(1);
    PathStreams real = PathStreams.xoRoShiRo128PlusPlus();
    PathStreams streams =
        (seed, path) -> {
          if (Thread.currentThread() != caller) {
            failed.countDown();
            throw new IllegalStateException("no numbers on this thread");
          }
          await(failed);
          return real.create(seed, path);
        };
    Forecast f = small().streams(streams).threads(2).samples(600).build();
    // THEN the run fails with the worker's exception instead of returning partial counts
    assertThatThrownBy(() -> f.run(1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no numbers on this thread");
    assertThat(failed.getCount()).isZero();
  }

  @Test
  void aCallerInterruptedWhileWaitingForTheWorkersGetsAnErrorAndKeepsItsInterruptStatus() {
    // GIVEN a worker that stays busy until released, and a caller interrupted during its own share
    Thread caller = Thread.currentThread();
    CountDownLatch workerBusy = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    PathStreams real = PathStreams.xoRoShiRo128PlusPlus();
    AtomicBoolean workerStarted = new AtomicBoolean();
    AtomicBoolean callerStarted = new AtomicBoolean();
    PathStreams streams =
        (seed, path) -> {
          if (Thread.currentThread() != caller) {
            if (workerStarted.compareAndSet(false, true)) {
              workerBusy.countDown();
              await(release);
            }
          } else if (callerStarted.compareAndSet(false, true)) {
            await(workerBusy);
            caller.interrupt();
          }
          return real.create(seed, path);
        };
    Forecast f = small().streams(streams).threads(2).samples(600).build();
    try {
      // THEN the run stops waiting with an error rather than returning partial counts
      assertThatThrownBy(() -> f.run(1))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("interrupted while waiting for forecast workers")
          .hasCauseInstanceOf(InterruptedException.class);
      assertThat(caller.isInterrupted()).as("the interrupt is passed on, not swallowed").isTrue();
    } finally {
      Thread.interrupted();
      release.countDown();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
