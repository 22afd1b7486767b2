package io.tidings.segment;

import java.util.List;

/**
 * What else in the workspace still needs a segment (a campaign that has not finished, say), so that deleting it is
 * refused with their names. Implemented outside the segment feature and handed over by the composition root, so
 * segments do not depend on what uses them.
 */
@FunctionalInterface
public interface SegmentUsers {

    /** Each user in words, such as {@code the campaign "Spring sale"}; empty when nothing needs the segment. */
    List<String> usersOf(long segmentId);

    SegmentUsers NONE = segmentId -> List.of();
}
