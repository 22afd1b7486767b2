package io.tidings.analytics;

import io.tidings.audience.ErasedUser;
import io.tidings.audience.UserRecords;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A user's events, erased with the user: those of their endpoints and those naming their user id, and their
 * endpoints in the unique counts. The daily counts stay: they name no one.
 */
public final class EventUserRecords implements UserRecords {

    private final EventRepository events = new EventRepository();

    @Override
    public int erase(Connection connection, ErasedUser user) throws SQLException {
        return events.erase(connection, user.userId(), user.endpointKeys());
    }
}
