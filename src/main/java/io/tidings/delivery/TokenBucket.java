package io.tidings.delivery;

import java.util.function.LongSupplier;

/**
 * A rate limit of so many messages a second. Each message reserves the next free slot and learns
 * how long to wait for it, so waiting happens outside the lock and the rate holds across threads.
 */
final class TokenBucket {

    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private long nextFreeNanos;

    /** @param perSecond messages a second; zero or less means no limit */
    TokenBucket(double perSecond, LongSupplier nanoTime) {
        this.intervalNanos = perSecond <= 0 ? 0 : (long) (1_000_000_000L / perSecond);
        this.nanoTime = nanoTime;
        this.nextFreeNanos = nanoTime.getAsLong();
    }

    /** Reserves one message's slot; returns the nanoseconds to wait before sending it. */
    synchronized long reserve() {
        if (intervalNanos == 0) {
            return 0;
        }
        long now = nanoTime.getAsLong();
        // An idle bucket does not save up a burst: the first message after a pause goes at once.
        long slot = Math.max(now, nextFreeNanos);
        nextFreeNanos = slot + intervalNanos;
        return slot - now;
    }

    void acquire() throws InterruptedException {
        long wait = reserve();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
