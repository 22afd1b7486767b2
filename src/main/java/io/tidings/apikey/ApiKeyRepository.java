package io.tidings.apikey;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The api_key table and the workspace settings of migration 017. */
final class ApiKeyRepository {

    /** A key's row with its sealed secret. */
    record StoredKey(ApiKey key, byte[] sealedSecret) {
    }

    private static final String COLUMNS = "access_key_id, name, created_at, last_used_at, revoked_at, secret_sealed";

    void insert(Connection connection, ApiKey key, String secretHash, byte[] sealedSecret) throws SQLException {
        try (var insert = connection.prepareStatement("""
                INSERT INTO api_key (access_key_id, name, secret_hash, secret_sealed, created_at)
                VALUES (?, ?, ?, ?, ?)""")) {
            insert.setString(1, key.accessKeyId());
            insert.setString(2, key.name());
            insert.setString(3, secretHash);
            insert.setBytes(4, sealedSecret);
            insert.setString(5, key.createdAt().toString());
            insert.executeUpdate();
        }
    }

    List<ApiKey> list(Connection connection) throws SQLException {
        List<ApiKey> keys = new ArrayList<>();
        try (var query = connection.prepareStatement("SELECT " + COLUMNS + " FROM api_key ORDER BY created_at, access_key_id");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                keys.add(key(rows));
            }
        }
        return keys;
    }

    Optional<StoredKey> byId(Connection connection, String accessKeyId) throws SQLException {
        return one(connection, "SELECT " + COLUMNS + " FROM api_key WHERE access_key_id = ?", accessKeyId);
    }

    Optional<StoredKey> bySecretHash(Connection connection, String secretHash) throws SQLException {
        return one(connection, "SELECT " + COLUMNS + " FROM api_key WHERE secret_hash = ?", secretHash);
    }

    /** The first key that has not been revoked, if any. */
    Optional<StoredKey> anyActive(Connection connection) throws SQLException {
        try (var query = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM api_key WHERE revoked_at IS NULL ORDER BY created_at LIMIT 1");
                ResultSet rows = query.executeQuery()) {
            return rows.next() ? Optional.of(new StoredKey(key(rows), rows.getBytes("secret_sealed"))) : Optional.empty();
        }
    }

    void revoke(Connection connection, String accessKeyId, Instant at) throws SQLException {
        try (var update = connection.prepareStatement(
                "UPDATE api_key SET revoked_at = ? WHERE access_key_id = ? AND revoked_at IS NULL")) {
            update.setString(1, at.toString());
            update.setString(2, accessKeyId);
            update.executeUpdate();
        }
    }

    void used(Connection connection, String accessKeyId, Instant at) throws SQLException {
        try (var update = connection.prepareStatement("UPDATE api_key SET last_used_at = ? WHERE access_key_id = ?")) {
            update.setString(1, at.toString());
            update.setString(2, accessKeyId);
            update.executeUpdate();
        }
    }

    Optional<String> setting(Connection connection, String key) throws SQLException {
        try (var query = connection.prepareStatement("SELECT value FROM workspace_setting WHERE key = ?")) {
            query.setString(1, key);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    void putSetting(Connection connection, String key, String value) throws SQLException {
        try (var upsert = connection.prepareStatement("""
                INSERT INTO workspace_setting (key, value) VALUES (?, ?)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value""")) {
            upsert.setString(1, key);
            upsert.setString(2, value);
            upsert.executeUpdate();
        }
    }

    private static Optional<StoredKey> one(Connection connection, String sql, String value) throws SQLException {
        try (var query = connection.prepareStatement(sql)) {
            query.setString(1, value);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(new StoredKey(key(rows), rows.getBytes("secret_sealed"))) : Optional.empty();
            }
        }
    }

    private static ApiKey key(ResultSet rows) throws SQLException {
        return new ApiKey(rows.getString("access_key_id"), rows.getString("name"),
                Instant.parse(rows.getString("created_at")), instant(rows.getString("last_used_at")),
                instant(rows.getString("revoked_at")));
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
