package io.tidings.segment;

import java.time.Instant;

/**
 * A saved segment. {@code definition} is null for an imported segment; {@code version} counts the
 * saves of a dynamic segment's criteria.
 */
public record Segment(
        long id,
        String name,
        SegmentType type,
        SegmentDefinition definition,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    /** The id a definition's SourceSegments uses for this segment. */
    public String sourceId() {
        return Long.toString(id);
    }
}
