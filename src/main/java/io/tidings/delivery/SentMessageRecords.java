package io.tidings.delivery;

import io.tidings.audience.ErasedUser;
import io.tidings.audience.UserRecords;
import io.tidings.store.SqlText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * What sending keeps about a user's endpoints, erased with the user: the sandbox's captured
 * messages (the rendered text names them), their engagement events, and their rows in every send
 * job's ledger (with their SMS parts). Past jobs' counts drop by those messages. The suppression
 * list keeps an address that bounced, complained or opted out, so that it is never messaged again.
 */
public final class SentMessageRecords implements UserRecords {

    @Override
    public int erase(Connection connection, ErasedUser user) throws SQLException {
        if (user.endpointKeys().isEmpty()) {
            return 0;
        }
        String keys = " IN (" + SqlText.placeholders(user.endpointKeys().size()) + ")";
        int erased = delete(connection, "DELETE FROM sandbox_message WHERE message_id IN (SELECT id FROM outbox_message"
                + " WHERE endpoint_key" + keys + ")", user.endpointKeys());
        if (!user.addresses().isEmpty()) {
            // Test sends, and captures from before an address changed, name the address rather than a ledger row.
            erased += delete(connection, "DELETE FROM sandbox_message WHERE address IN ("
                    + SqlText.placeholders(user.addresses().size()) + ")", user.addresses());
        }
        erased += delete(connection, "DELETE FROM event WHERE endpoint_key" + keys, user.endpointKeys());
        erased += delete(connection, "DELETE FROM outbox_message WHERE endpoint_key" + keys, user.endpointKeys());
        return erased;
    }

    private static int delete(Connection connection, String sql, List<?> values) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            for (int index = 0; index < values.size(); index++) {
                delete.setObject(index + 1, values.get(index));
            }
            return delete.executeUpdate();
        }
    }
}
