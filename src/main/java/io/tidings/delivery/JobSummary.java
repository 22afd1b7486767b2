package io.tidings.delivery;

/**
 * A send job with its counts as the Outbox shows them.
 *
 * @param queued waiting to be sent, or being sent right now
 * @param sent accepted by the provider (or the sandbox)
 * @param delivered sent and reported delivered by now
 * @param failed failed when sending, or sent and reported bounced or failed by now
 * @param suppressed not sent on purpose (opted out, inactive, suppressed address, ...)
 */
public record JobSummary(SendJob job, long queued, long sent, long delivered, long failed, long suppressed) {
}
