package io.tidings.channel.sandbox;

import io.tidings.audience.ErasedUser;
import io.tidings.audience.UserRecords;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * What the sandbox keeps about a user, erased with the user: the captured messages to their endpoints and the test
 * sends to their addresses. Erased before the sending ledger, whose rows name the captured messages.
 */
public final class SandboxCaptures implements UserRecords {

    private final SandboxOutboxRepository repository = new SandboxOutboxRepository();

    @Override
    public int erase(Connection connection, ErasedUser user) throws SQLException {
        if (user.endpointKeys().isEmpty()) {
            return 0;
        }
        return repository.eraseFor(connection, user.endpointKeys(), user.addresses());
    }
}
