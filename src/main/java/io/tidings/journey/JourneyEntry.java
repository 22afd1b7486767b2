package io.tidings.journey;

/**
 * How participants enter, as Pinpoint's {@code StartCondition}: the members of a segment
 * ({@code SegmentStartCondition}), or whoever sends an event ({@code EventStartCondition}), optionally only members
 * of a segment.
 */
public sealed interface JourneyEntry {

    /** The entry's {@code Description}, or null. */
    String description();

    /** The members of the segment enter; with a refresh frequency, new members enter as they join. */
    record FromSegment(long segmentId, String description) implements JourneyEntry {
    }

    /**
     * An endpoint enters when it sends an event matching the filter ({@code EventFilter}: {@code FilterType} SYSTEM or
     * ENDPOINT, and its dimensions); with {@code segmentId}, only a member of that segment.
     */
    record OnEvent(String filterType, EventDimensions dimensions, Long segmentId, String description)
            implements JourneyEntry {
    }
}
