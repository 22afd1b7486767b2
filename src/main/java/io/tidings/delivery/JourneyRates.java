package io.tidings.delivery;

import io.tidings.store.Database;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The journeys' own sending rates (their {@code MessagesPerSecond}): a journey writes a send job for each activity's
 * messages to each batch of participants, and all the jobs of one journey take their messages' slots from one token
 * bucket, so that the rate holds for the journey as a whole, whichever of its activities and channels the messages
 * are on. The channel's own bucket (its account's rate) applies beside it. Which journey a job belongs to, and the
 * journey's rate, are read once a job, and forgotten when the job ends (the journey's bucket stays, for its next jobs).
 */
final class JourneyRates {

    /** A job of no journey, or of a journey without a rate of its own. */
    private static final TokenBucket UNLIMITED = new TokenBucket(0, () -> 0);

    private final Database database;
    private final LongSupplier nanoTime;
    private final Map<Long, TokenBucket> byJob = new ConcurrentHashMap<>();
    private final Map<Long, TokenBucket> byJourney = new ConcurrentHashMap<>();

    JourneyRates(Database database, LongSupplier nanoTime) {
        this.database = database;
        this.nanoTime = nanoTime;
    }

    /** The bucket the job's messages take their slots from: their journey's, or one without a limit. */
    TokenBucket of(long jobId) {
        return byJob.computeIfAbsent(jobId, this::read);
    }

    /** Forgets the jobs, which ended: the engine sends none of their messages any more. */
    void forget(Collection<Long> jobIds) {
        byJob.keySet().removeAll(jobIds);
    }

    /** The jobs whose bucket is remembered. */
    Collection<Long> jobsRemembered() {
        return byJob.keySet();
    }

    private TokenBucket read(long jobId) {
        return database.read(connection -> {
            try (var query = connection.prepareStatement(
                    "SELECT journey_id, journey_rate FROM send_job WHERE id = ? AND journey_id IS NOT NULL")) {
                query.setLong(1, jobId);
                try (var rows = query.executeQuery()) {
                    if (!rows.next()) {
                        return UNLIMITED;
                    }
                    long journeyId = rows.getLong(1);
                    double perSecond = rows.getDouble(2);
                    if (rows.wasNull() || perSecond <= 0) {
                        return UNLIMITED;
                    }
                    return byJourney.computeIfAbsent(journeyId, journey -> new TokenBucket(perSecond, nanoTime));
                }
            }
        });
    }
}
