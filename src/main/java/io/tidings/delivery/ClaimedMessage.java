package io.tidings.delivery;

import io.tidings.channel.DeliveryChannel;

/** A ledger row a worker holds (SENDING): the message to render and send. */
record ClaimedMessage(long id, long jobId, int treatment, DeliveryChannel channel, long endpointKey,
        String endpointId, String address, int attempts, long firstAttemptAt) {
}
