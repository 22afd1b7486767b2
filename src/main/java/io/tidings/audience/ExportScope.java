package io.tidings.audience;

/** Which endpoints an export writes. */
public sealed interface ExportScope {

    /** Every endpoint in the workspace. */
    record All() implements ExportScope {
    }

    /** The members of a segment, by name. */
    record Segment(String name) implements ExportScope {
    }

    /** Every endpoint of one user (the right of access). */
    record User(String userId) implements ExportScope {
    }
}
