package io.tidings.delivery;

import io.tidings.audience.ChannelType;
import io.tidings.channel.DeliveryChannel;
import java.util.Optional;

/** Decides, just before sending, whether a message must not go out, and why. */
final class Suppression {

    /** What is known about the endpoint and its address when the message is claimed. */
    record Facts(boolean endpointExists, ChannelType channelType, String address, boolean active, boolean optedOut,
            boolean addressSuppressed, boolean addressTakenInJob) {
    }

    private Suppression() {
    }

    static Optional<ReasonCode> reason(DeliveryChannel channel, Facts facts) {
        if (!facts.endpointExists()) {
            return Optional.of(ReasonCode.ENDPOINT_INACTIVE);
        }
        if (!ChannelFit.fits(channel, facts.channelType())) {
            return Optional.of(ReasonCode.ENDPOINT_CHANNEL_MISMATCH);
        }
        if (facts.address() == null || facts.address().isBlank()) {
            return Optional.of(ReasonCode.ENDPOINT_MISSING_ADDRESS);
        }
        if (facts.optedOut()) {
            return Optional.of(ReasonCode.ENDPOINT_OPT_OUT);
        }
        if (!facts.active()) {
            return Optional.of(ReasonCode.ENDPOINT_INACTIVE);
        }
        if (facts.addressSuppressed()) {
            return Optional.of(ReasonCode.SUPPRESSED_ADDRESS);
        }
        if (facts.addressTakenInJob()) {
            return Optional.of(ReasonCode.DUPLICATE_ENDPOINT);
        }
        return Optional.empty();
    }
}
