package io.tidings.segment;

import java.util.List;

/**
 * One group of a segment: its starting population (the source segments, or every endpoint) and
 * the dimensions that filter it, combined by {@code type}.
 */
public record SegmentGroup(
        List<SegmentDimensions> dimensions,
        List<SourceSegment> sourceSegments,
        SourceType sourceType,
        GroupType type) {

    /** How the dimensions of a group combine. */
    public enum GroupType {
        ALL,
        ANY,
        NONE
    }

    /** How several source segments combine: endpoints in all of them, or in any. */
    public enum SourceType {
        ALL,
        ANY
    }

    public SegmentGroup {
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
        sourceSegments = sourceSegments == null ? List.of() : List.copyOf(sourceSegments);
        sourceType = sourceType == null ? SourceType.ANY : sourceType;
        type = type == null ? GroupType.ALL : type;
    }

    public static SegmentGroup of(SegmentDimensions dimensions) {
        return new SegmentGroup(List.of(dimensions), List.of(), SourceType.ANY, GroupType.ALL);
    }

    /** A segment whose members start this group; version null means the latest. */
    public record SourceSegment(String id, Integer version) {
    }
}
