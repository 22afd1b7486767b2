package io.tidings.channel.accounts;

import io.tidings.channel.DeliveryChannel;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** SQL for the stored channel accounts: one JSON row per configured channel. */
final class ChannelAccountRepository {

    Map<DeliveryChannel, String> rows(Connection connection) throws SQLException {
        Map<DeliveryChannel, String> rows = new EnumMap<>(DeliveryChannel.class);
        try (var query = connection.prepareStatement("SELECT channel, account FROM channel_account");
                var result = query.executeQuery()) {
            while (result.next()) {
                rows.put(DeliveryChannel.valueOf(result.getString(1)), result.getString(2));
            }
        }
        return rows;
    }

    /**
     * Makes the stored rows exactly {@code rows}. The rows replaced are overwritten with zeros ({@code secure_delete}),
     * so that a password typed into the settings cannot be read from the file's free space once it is replaced; only
     * here, as it costs every other write of the workspace (an import's updates) writes it does not need.
     */
    void replace(Connection connection, Map<DeliveryChannel, String> rows, Instant now) throws SQLException {
        secureDelete(connection, true);
        try {
            try (var delete = connection.prepareStatement("DELETE FROM channel_account")) {
                delete.executeUpdate();
            }
            try (var insert = connection.prepareStatement(
                    "INSERT INTO channel_account (channel, account, updated_at) VALUES (?, ?, ?)")) {
                for (Map.Entry<DeliveryChannel, String> row : rows.entrySet()) {
                    insert.setString(1, row.getKey().name());
                    insert.setString(2, row.getValue());
                    insert.setString(3, now.toString());
                    insert.executeUpdate();
                }
            }
        } finally {
            secureDelete(connection, false);
        }
    }

    private static void secureDelete(Connection connection, boolean on) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("PRAGMA secure_delete = " + (on ? "ON" : "OFF"));
        }
    }
}
