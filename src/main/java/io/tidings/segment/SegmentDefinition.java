package io.tidings.segment;

import java.util.List;

/**
 * A dynamic segment's criteria in Pinpoint's shape (its {@code SegmentGroupList}): groups of
 * dimensions, combined by {@code include}.
 */
public record SegmentDefinition(List<SegmentGroup> groups, Include include) {

    /** How groups combine: endpoints in all of them, any of them, or none of them. */
    public enum Include {
        ALL,
        ANY,
        NONE
    }

    public SegmentDefinition {
        groups = groups == null ? List.of() : List.copyOf(groups);
        include = include == null ? Include.ALL : include;
    }

    /** A definition of one group holding one set of dimensions: the simple segment. */
    public static SegmentDefinition of(SegmentDimensions dimensions) {
        return new SegmentDefinition(List.of(SegmentGroup.of(dimensions)), Include.ALL);
    }
}
