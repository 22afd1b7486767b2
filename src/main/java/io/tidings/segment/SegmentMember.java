package io.tidings.segment;

/** An endpoint in a segment, as the builder's sample shows it. */
public record SegmentMember(String endpointId, String channelType, String address, String userId, String country) {
}
