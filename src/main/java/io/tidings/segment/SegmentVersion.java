package io.tidings.segment;

import java.time.Instant;

/** One saved version of a dynamic segment's criteria. */
public record SegmentVersion(int version, SegmentDefinition definition, Instant savedAt) {
}
