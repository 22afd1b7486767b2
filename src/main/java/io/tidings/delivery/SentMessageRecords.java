package io.tidings.delivery;

import io.tidings.audience.ErasedUser;
import io.tidings.audience.UserRecords;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * What sending keeps about a user's endpoints, erased with the user: their engagement events and their rows in
 * every send job's ledger (with their SMS parts); the sandbox erases its captures of those messages before this. Past jobs' counts drop by those messages. The suppression
 * list keeps an address that bounced, complained or opted out, so that it is never messaged again.
 */
public final class SentMessageRecords implements UserRecords {

    private final OutboxRepository repository = new OutboxRepository();

    @Override
    public int erase(Connection connection, ErasedUser user) throws SQLException {
        if (user.endpointKeys().isEmpty()) {
            return 0;
        }
        return repository.eraseMessagesTo(connection, user.endpointKeys());
    }
}
