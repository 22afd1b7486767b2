package io.tidings.delivery;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Wakes whoever waits for a job (see {@link DeliveryEngine#await}) when a job finishes or pauses, so that
 * waiting does not mean counting a large ledger many times a second; and tells the engine's per-job memories which
 * jobs ended, so that they keep none of them.
 */
final class JobStateSignal {

    private final Consumer<List<Long>> whenJobsEnd;
    private long changes;

    /** @param whenJobsEnd told which jobs ended (done or cancelled), before the waiting wake */
    JobStateSignal(Consumer<List<Long>> whenJobsEnd) {
        this.whenJobsEnd = whenJobsEnd;
    }

    synchronized long changes() {
        return changes;
    }

    synchronized void announce() {
        changes++;
        notifyAll();
    }

    /** The jobs ended: done, or cancelled. */
    void ended(List<Long> jobIds) {
        whenJobsEnd.accept(jobIds);
        announce();
    }

    /** Waits until something changed after {@code seen} was read, or {@code longest} passed. */
    synchronized void awaitChange(long seen, Duration longest) throws InterruptedException {
        long deadline = System.nanoTime() + longest.toNanos();
        while (changes == seen) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }
}
