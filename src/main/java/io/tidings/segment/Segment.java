package io.tidings.segment;

import java.time.Instant;

/**
 * A saved segment. {@code definition} is null for an imported segment; {@code version} counts the
 * saves of a dynamic segment's criteria. {@code problem} says, in words, why a dynamic segment's saved
 * criteria cannot be used (a file written by another program, say; its definition is then null); null
 * when they can.
 */
public record Segment(
        long id,
        String name,
        SegmentType type,
        SegmentDefinition definition,
        int version,
        Instant createdAt,
        Instant updatedAt,
        String problem) {

    /** The id a definition's SourceSegments uses for this segment. */
    public String sourceId() {
        return Long.toString(id);
    }
}
