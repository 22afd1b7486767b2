package io.tidings.delivery;

import io.tidings.channel.DeliveryChannel;

/** Told how long each channel took to answer a message the engine handed it, for monitoring. */
@FunctionalInterface
public interface SendTimings {

    SendTimings NONE = (channel, nanos) -> { };

    void answered(DeliveryChannel channel, long nanos);
}
