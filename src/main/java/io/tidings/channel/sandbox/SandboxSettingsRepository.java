package io.tidings.channel.sandbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** SQL for the one row of {@code sandbox_settings}. Runs inside the caller's transaction. */
final class SandboxSettingsRepository {

    Optional<String> settings(Connection connection) throws SQLException {
        try (var query = connection.prepareStatement("SELECT settings FROM sandbox_settings WHERE id = 1");
                var rows = query.executeQuery()) {
            return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
        }
    }

    void save(Connection connection, String json, Instant now) throws SQLException {
        try (var upsert = connection.prepareStatement("""
                INSERT INTO sandbox_settings (id, settings, updated_at) VALUES (1, ?, ?)
                ON CONFLICT (id) DO UPDATE SET settings = excluded.settings, updated_at = excluded.updated_at""")) {
            upsert.setString(1, json);
            upsert.setString(2, now.toString());
            upsert.executeUpdate();
        }
    }
}
