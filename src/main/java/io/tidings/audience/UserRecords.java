package io.tidings.audience;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What another part of the workspace keeps about a user's endpoints (the messages sent to them,
 * their engagement events), erased with the user: the right to erasure leaves nothing that names
 * or reaches them. Implemented where those records live; the audience only calls it.
 */
public interface UserRecords {

    /** Deletes what is kept about the erased user's endpoints, in the caller's transaction; returns how many records. */
    int erase(Connection connection, ErasedUser user) throws SQLException;
}
