package io.tidings.segment;

/** How many endpoints a segment holds, and how many distinct users they belong to. */
public record SegmentCount(long endpoints, long users) {
}
