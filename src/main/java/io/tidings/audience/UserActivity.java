package io.tidings.audience;

import java.nio.file.Path;

/**
 * What other parts of the workspace recorded about a user (the messages sent to their endpoints, their engagement
 * events), written to a file for a right-of-access request. Implemented where those records live; the audience's
 * screens only call it.
 */
public interface UserActivity {

    /** Writes the user's activity to {@code file}, whole or not at all; returns how many records it wrote. */
    long export(String userId, Path file);
}
