package io.tidings.audience;

import java.util.Map;

/** Head counts of a workspace's audience. */
public record AudienceSummary(
        long endpoints,
        long users,
        long optedOut,
        long inactive,
        Map<ChannelType, Long> endpointsByChannel) {

    public AudienceSummary {
        endpointsByChannel = Map.copyOf(endpointsByChannel);
    }

    public long endpointsOn(ChannelType channel) {
        return endpointsByChannel.getOrDefault(channel, 0L);
    }

    /** Endpoints on any push channel. */
    public long pushEndpoints() {
        return endpointsByChannel.entrySet().stream()
                .filter(entry -> entry.getKey().isPush())
                .mapToLong(Map.Entry::getValue)
                .sum();
    }
}
