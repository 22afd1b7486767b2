package io.tidings.audience;

/** Which endpoints an export writes. */
public sealed interface ExportScope {

    /** Every endpoint in the workspace. */
    record All() implements ExportScope {
    }

    /** The members of a segment, by name. */
    record Segment(String name) implements ExportScope {
    }

    /**
     * The endpoints with these keys, such as the members of a dynamic segment that another
     * feature evaluated; {@code description} names them in messages.
     */
    record Keys(String description, long[] keys) implements ExportScope {
    }

    /** Every endpoint of one user (the right of access). */
    record User(String userId) implements ExportScope {
    }
}
