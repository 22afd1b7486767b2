package io.tidings.delivery;

import java.time.Duration;
import java.util.random.RandomGenerator;

/** When to try a message again: exponential backoff with jitter, or the provider's own wish. */
final class Backoff {

    private final Duration base;
    private final Duration ceiling;
    private final RandomGenerator random;

    Backoff(Duration base, Duration ceiling, RandomGenerator random) {
        this.base = base;
        this.ceiling = ceiling;
        this.random = random;
    }

    /**
     * The wait before attempt {@code attempts + 1}, after {@code attempts} failed ones: between half
     * and all of base × 2^(attempts-1), capped; the jitter keeps retries of many messages apart.
     */
    Duration delay(int attempts, Duration retryAfter) {
        if (retryAfter != null && !retryAfter.isNegative()) {
            return retryAfter;
        }
        long exponential = base.toMillis() << Math.min(Math.max(attempts - 1, 0), 30);
        long capped = Math.min(exponential, ceiling.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + (long) (random.nextDouble() * (capped - half + 1)));
    }
}
