package io.tidings.segment;

/** A dynamic segment is evaluated from its criteria; an imported one is a fixed list of endpoints. */
public enum SegmentType {
    DYNAMIC,
    IMPORTED
}
