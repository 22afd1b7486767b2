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
 * @param claimBatch the most messages a worker claims in one transaction and then sends one after another;
 *     on a rate-limited channel, no more than a tenth of a second's worth
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
        Duration idlePoll,
        int claimBatch) {

    public static final int DEFAULT_CLAIM_BATCH = 64;

    public DeliverySettings {
        ratePerSecond = Map.copyOf(ratePerSecond);
        if (workers < 1) {
            throw new IllegalArgumentException("The sending engine needs at least one worker.");
        }
        if (claimBatch < 1) {
            throw new IllegalArgumentException("The claim batch must hold at least one message, not " + claimBatch + ".");
        }
    }

    /** Settings with the default claim batch. */
    public DeliverySettings(int workers, Map<DeliveryChannel, Double> ratePerSecond, int maxAttempts,
            Duration retryDeadline, Duration retryBase, Duration retryCeiling, int errorWindow, double errorCeiling,
            Duration idlePoll) {
        this(workers, ratePerSecond, maxAttempts, retryDeadline, retryBase, retryCeiling, errorWindow, errorCeiling,
                idlePoll, DEFAULT_CLAIM_BATCH);
    }

    public static DeliverySettings defaults() {
        return new DeliverySettings(4, Map.of(), 5, Duration.ofHours(1), Duration.ofSeconds(2),
                Duration.ofMinutes(5), 100, 0.5, Duration.ofMillis(50));
    }

    /** How many messages a worker claims at once on {@code channel}. */
    public int claimBatch(DeliveryChannel channel) {
        double rate = ratePerSecond.getOrDefault(channel, 0.0);
        return rate <= 0 ? claimBatch : (int) Math.max(1, Math.min(claimBatch, Math.ceil(rate / 10)));
    }

    public DeliverySettings withClaimBatch(int size) {
        return new DeliverySettings(workers, ratePerSecond, maxAttempts, retryDeadline, retryBase, retryCeiling,
                errorWindow, errorCeiling, idlePoll, size);
    }

    public DeliverySettings withWorkers(int count) {
        return new DeliverySettings(count, ratePerSecond, maxAttempts, retryDeadline, retryBase, retryCeiling,
                errorWindow, errorCeiling, idlePoll, claimBatch);
    }

    public DeliverySettings withRate(DeliveryChannel channel, double perSecond) {
        var rates = new java.util.EnumMap<DeliveryChannel, Double>(DeliveryChannel.class);
        rates.putAll(ratePerSecond);
        rates.put(channel, perSecond);
        return new DeliverySettings(workers, rates, maxAttempts, retryDeadline, retryBase, retryCeiling,
                errorWindow, errorCeiling, idlePoll, claimBatch);
    }

    public DeliverySettings withRetries(int attempts, Duration base, Duration ceiling, Duration deadline) {
        return new DeliverySettings(workers, ratePerSecond, attempts, deadline, base, ceiling,
                errorWindow, errorCeiling, idlePoll, claimBatch);
    }

    /** These settings with the rate limits in {@code perSecond} (the channel accounts' rates, say). */
    public DeliverySettings withRates(Map<DeliveryChannel, Double> perSecond) {
        DeliverySettings settings = this;
        for (var rate : perSecond.entrySet()) {
            settings = settings.withRate(rate.getKey(), rate.getValue());
        }
        return settings;
    }

    /** Settings whose idle workers look for due messages every {@code interval}. */
    public DeliverySettings withIdlePoll(Duration interval) {
        return new DeliverySettings(workers, ratePerSecond, maxAttempts, retryDeadline, retryBase, retryCeiling,
                errorWindow, errorCeiling, interval, claimBatch);
    }

    public DeliverySettings withErrorCeiling(int window, double ceiling) {
        return new DeliverySettings(workers, ratePerSecond, maxAttempts, retryDeadline, retryBase, retryCeiling,
                window, ceiling, idlePoll, claimBatch);
    }
}
