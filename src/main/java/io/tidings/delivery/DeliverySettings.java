package io.tidings.delivery;

import io.tidings.channel.DeliveryChannel;
import java.time.Duration;
import java.util.Map;

/**
 * How the sending engine works.
 *
 * @param workers worker threads; also the most messages that can be in flight at once
 * @param ratePerSecond messages a second per channel; a channel not listed is not limited
 * @param maxAttempts attempts of one message before it fails with RETRY_DEADLINE_EXCEEDED
 * @param retryDeadline how long after its first attempt a message may still be retried
 * @param retryBase the first retry's delay; each later one doubles it
 * @param retryCeiling the longest delay between two attempts
 * @param errorWindow how many recent results of a job the error ceiling looks at
 * @param errorCeiling the share of errors (0 to 1) in that window that pauses the job
 * @param idlePoll how long a worker waits when no message is due
 */
public record DeliverySettings(
        int workers,
        Map<DeliveryChannel, Double> ratePerSecond,
        int maxAttempts,
        Duration retryDeadline,
        Duration retryBase,
        Duration retryCeiling,
        int errorWindow,
        double errorCeiling,
        Duration idlePoll) {

    public DeliverySettings {
        ratePerSecond = Map.copyOf(ratePerSecond);
        if (workers < 1) {
            throw new IllegalArgumentException("The sending engine needs at least one worker.");
        }
    }

    public static DeliverySettings defaults() {
        return new DeliverySettings(4, Map.of(), 5, Duration.ofHours(1), Duration.ofSeconds(2),
                Duration.ofMinutes(5), 100, 0.5, Duration.ofMillis(50));
    }

    public DeliverySettings withWorkers(int count) {
        return new DeliverySettings(count, ratePerSecond, maxAttempts, retryDeadline, retryBase, retryCeiling,
                errorWindow, errorCeiling, idlePoll);
    }

    public DeliverySettings withRate(DeliveryChannel channel, double perSecond) {
        var rates = new java.util.EnumMap<DeliveryChannel, Double>(DeliveryChannel.class);
        rates.putAll(ratePerSecond);
        rates.put(channel, perSecond);
        return new DeliverySettings(workers, rates, maxAttempts, retryDeadline, retryBase, retryCeiling,
                errorWindow, errorCeiling, idlePoll);
    }

    public DeliverySettings withRetries(int attempts, Duration base, Duration ceiling, Duration deadline) {
        return new DeliverySettings(workers, ratePerSecond, attempts, deadline, base, ceiling,
                errorWindow, errorCeiling, idlePoll);
    }

    public DeliverySettings withErrorCeiling(int window, double ceiling) {
        return new DeliverySettings(workers, ratePerSecond, maxAttempts, retryDeadline, retryBase, retryCeiling,
                window, ceiling, idlePoll);
    }
}
