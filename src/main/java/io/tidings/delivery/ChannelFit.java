package io.tidings.delivery;

import io.tidings.audience.ChannelType;
import io.tidings.channel.DeliveryChannel;

/** Which endpoint channel types a send job's channel can reach. */
public final class ChannelFit {

    private ChannelFit() {
    }

    public static boolean fits(DeliveryChannel channel, ChannelType type) {
        return switch (channel) {
            case EMAIL -> type == ChannelType.EMAIL;
            case SMS -> type == ChannelType.SMS;
            // Pinpoint calls SMS numbers too: a phone number takes a voice message.
            case VOICE -> type == ChannelType.VOICE || type == ChannelType.SMS;
            case PUSH -> type.isPush();
            // A webhook is called about any endpoint; a custom message's EndpointTypes choose among them.
            case CUSTOM -> true;
        };
    }
}
