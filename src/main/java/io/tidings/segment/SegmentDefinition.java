package io.tidings.segment;

import java.util.List;

/**
 * A dynamic segment's criteria in Pinpoint's shape (its {@code SegmentGroupList}): groups of
 * dimensions, combined by {@code include}.
 *
 * @param excludeSegments Tidings' extension: endpoints in these segments are left out whatever
 *     the groups say. Pinpoint has no such field; {@link #fitsPinpoint()} says whether a
 *     definition uses it.
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
public record SegmentDefinition(List<SegmentGroup> groups, Include include, List<SegmentGroup.SourceSegment> excludeSegments) {

    /** How groups combine: endpoints in all of them, any of them, or none of them. */
    public enum Include {
        ALL,
        ANY,
        NONE
    }

    public SegmentDefinition {
        groups = groups == null ? List.of() : List.copyOf(groups);
        include = include == null ? Include.ALL : include;
        excludeSegments = excludeSegments == null ? List.of() : List.copyOf(excludeSegments);
    }

    public SegmentDefinition(List<SegmentGroup> groups, Include include) {
        this(groups, include, List.of());
    }

    /** A definition of one group holding one set of dimensions: the simple segment. */
    public static SegmentDefinition of(SegmentDimensions dimensions) {
        return new SegmentDefinition(List.of(SegmentGroup.of(dimensions)), Include.ALL);
    }

    /** Whether Pinpoint could read this definition as it is: it uses none of Tidings' extensions. */
    public boolean fitsPinpoint() {
        return excludeSegments.isEmpty();
    }
}
