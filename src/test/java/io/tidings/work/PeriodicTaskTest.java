package io.tidings.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A periodic task runs again after a failed run, on a daemon thread of its own, and stops when closed. */
class PeriodicTaskTest {

    @Test
    void aFailedRunIsFollowedByTheNextOneAndCloseStopsIt() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch threeRuns = new CountDownLatch(3);
        Thread[] runner = new Thread[1];
        PeriodicTask task = new PeriodicTask("tidings-test-task", Thread.MIN_PRIORITY, "The test task failed", () -> {
            runner[0] = Thread.currentThread();
            runs.incrementAndGet();
            threeRuns.countDown();
            throw new IllegalStateException("every run fails");
        });

        task.start(Duration.ZERO, Duration.ofMillis(20));
        task.start(Duration.ZERO, Duration.ofMillis(20));

        assertThat(threeRuns.await(60, TimeUnit.SECONDS)).as("runs after failed runs").isTrue();
        task.close();
        assertThat(runner[0].getName()).isEqualTo("tidings-test-task");
        assertThat(runner[0].isDaemon()).isTrue();
        assertThat(runner[0].getPriority()).isEqualTo(Thread.MIN_PRIORITY);
        runner[0].join(60_000);
        assertThat(runner[0].isAlive()).as("the thread ends with close").isFalse();
    }

    @Test
    void closeLetsARunUnderWayFinish() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        AtomicInteger finished = new AtomicInteger();
        PeriodicTask task = new PeriodicTask("tidings-test-task", Thread.NORM_PRIORITY, "The test task failed", () -> {
            started.countDown();
            long end = System.nanoTime() + Duration.ofMillis(200).toNanos();
            while (System.nanoTime() < end) {
                Thread.onSpinWait();
            }
            finished.incrementAndGet();
        });
        task.start(Duration.ZERO, Duration.ofHours(1));
        assertThat(started.await(60, TimeUnit.SECONDS)).isTrue();

        task.close();

        assertThat(finished.get()).isEqualTo(1);
    }
}
