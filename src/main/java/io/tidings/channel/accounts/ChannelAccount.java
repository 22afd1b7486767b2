package io.tidings.channel.accounts;

import io.tidings.channel.DeliveryChannel;
import java.util.Objects;

/**
 * How one channel sends.
 *
 * @param provider the provider's account, or null for the sandbox
 * @param ratePerSecond the most messages a second the engine sends on this channel, or null for no limit
 */
public record ChannelAccount(DeliveryChannel channel, ProviderAccount provider, Double ratePerSecond) {

    public ChannelAccount {
        Objects.requireNonNull(channel, "channel");
        if (provider != null && provider.channel() != channel) {
            throw new IllegalArgumentException(Providers.nameOf(provider) + " cannot send " + channel + " messages.");
        }
    }

    public static ChannelAccount sandbox(DeliveryChannel channel) {
        return new ChannelAccount(channel, null, null);
    }

    public boolean isSandbox() {
        return provider == null;
    }

    public String providerName() {
        return Providers.nameOf(provider);
    }

    /** Where this channel's messages go, in the user's words. */
    public String describe() {
        if (provider != null) {
            return provider.describe();
        }
        return channel == DeliveryChannel.CUSTOM ? "the sandbox (webhook calls stay in this workspace, not made)"
                : "the sandbox (messages stay in this workspace)";
    }

    public ChannelAccount withProvider(ProviderAccount other) {
        return new ChannelAccount(channel, other, ratePerSecond);
    }

    public ChannelAccount withRate(Double perSecond) {
        return new ChannelAccount(channel, provider, perSecond);
    }
}
