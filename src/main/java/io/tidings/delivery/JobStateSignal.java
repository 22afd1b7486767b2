package io.tidings.delivery;

import java.time.Duration;

/**
 * Wakes whoever waits for a job (see {@link DeliveryEngine#await}) when a job finishes or pauses, so that
 * waiting does not mean counting a large ledger many times a second.
 */
final class JobStateSignal {

    private long changes;

    synchronized long changes() {
        return changes;
    }

    synchronized void announce() {
        changes++;
        notifyAll();
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
