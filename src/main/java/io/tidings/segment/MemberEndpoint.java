package io.tidings.segment;

/**
 * A member of a segment with the fields sending decides on: for expanding a send and for its pre-flight.
 *
 * @param channelType the endpoint's ChannelType name
 * @param timezone its Demographic.Timezone as stored, or null
 */
public record MemberEndpoint(long key, String id, String channelType, String address, boolean active,
        boolean optedOut, String timezone) {
}
