package io.tidings.delivery;

import io.tidings.channel.DeliveryChannel;
import java.util.List;

/** Messages of one job a worker claimed together; it holds one of the channel's concurrency slots for them. */
record Claim(DeliveryChannel channel, List<ClaimedMessage> messages) {

    long[] endpointKeys() {
        return messages.stream().mapToLong(ClaimedMessage::endpointKey).toArray();
    }
}
