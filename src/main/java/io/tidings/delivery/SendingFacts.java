package io.tidings.delivery;

import io.tidings.channel.DeliveryChannel;
import java.sql.SQLException;

/**
 * What {@link SendingRules} needs to know beyond the message and its endpoint. The engine answers from the ledger
 * inside its claim transaction ({@link LedgerFacts}); the pre-flight answers from what it loaded and what it has
 * decided so far ({@link Preflight}), so both decide with the same rules.
 */
interface SendingFacts {

    /** Whether the address is on the workspace's suppression list for the channel. */
    boolean addressSuppressed(DeliveryChannel channel, String address) throws SQLException;

    /** Whether another endpoint's message in the job goes, or went, to the same address. */
    boolean addressTakenInJob(long jobId, long endpointKey, String address) throws SQLException;

    /**
     * Messages that count towards the job's {@code Limits.Total} for the endpoint: those of the job sent or being sent,
     * or, for a campaign run, those of every run of the campaign sent, being sent or dropped for quiet time (Pinpoint
     * counts what it targeted).
     */
    long countedTowardsTotal(SendJob job, long endpointKey) throws SQLException;

    /** Messages of any job sent, or being sent, to the endpoint from {@code fromMillis} up to {@code toMillis}. */
    long sentToEndpointBetween(long endpointKey, long fromMillis, long toMillis) throws SQLException;
}
