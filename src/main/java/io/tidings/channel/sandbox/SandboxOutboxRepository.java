package io.tidings.channel.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tidings.channel.DeliveryChannel;
import io.tidings.store.SqlText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SQL for the sandbox outbox ({@code sandbox_message}). Runs inside the caller's transaction. */
final class SandboxOutboxRepository {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> STRINGS = new TypeReference<>() { };
    private static final String COLUMNS = "id, channel, address, subject, body, html, attributes, message_id, created_at";
    /** Matches every channel when the channel parameter is null. */
    private static final String OF_CHANNEL = "(?1 IS NULL OR channel = ?1)";
    /**
     * Matches every message when the search parameter is null; else a message whose address, subject or text holds
     * it (LIKE ignores the case of ASCII letters).
     */
    private static String searched(int parameter) {
        String p = "?" + parameter;
        return "(" + p + " IS NULL OR address LIKE " + p + " ESCAPE '\\' OR subject LIKE " + p + " ESCAPE '\\' "
                + "OR body LIKE " + p + " ESCAPE '\\')";
    }

    /** Inserts the message, or finds the one already captured with the same ledger id; returns its id. */
    long insert(Connection connection, Long templateId, DeliveryChannel channel, String address, String subject,
            String body, String html, Map<String, String> attributes, Long messageId, Instant now) throws SQLException {
        if (messageId != null) {
            Optional<Long> existing = idOfSent(connection, messageId);
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        try (var insert = connection.prepareStatement("""
                INSERT INTO sandbox_message (channel, address, template_id, subject, body, html, attributes, message_id,
                    created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
            insert.setString(1, channel.name());
            insert.setString(2, address);
            insert.setObject(3, templateId);
            insert.setString(4, subject);
            insert.setString(5, body);
            insert.setString(6, html);
            insert.setString(7, json(attributes));
            insert.setObject(8, messageId);
            insert.setString(9, now.toString());
            try (var rows = insert.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Optional<Long> idOfSent(Connection connection, long messageId) throws SQLException {
        try (var query = connection.prepareStatement("SELECT id FROM sandbox_message WHERE message_id = ?")) {
            query.setLong(1, messageId);
            try (var rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        }
    }

    /** "%text%" with LIKE's own characters escaped, or null for no search. */
    private static String pattern(String search) {
        if (search == null || search.isBlank()) {
            return null;
        }
        return "%" + search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** The id of the newest message; 0 when there is none. */
    long newestId(Connection connection) throws SQLException {
        try (var query = connection.prepareStatement("SELECT coalesce(max(id), 0) FROM sandbox_message");
                var rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    int count(Connection connection, DeliveryChannel channel, String search, long upToId) throws SQLException {
        try (var query = connection.prepareStatement(
                "SELECT count(*) FROM sandbox_message WHERE " + OF_CHANNEL + " AND id <= ?2 AND " + searched(3))) {
            query.setString(1, channel == null ? null : channel.name());
            query.setLong(2, upToId);
            query.setString(3, pattern(search));
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** Newest first, among the messages up to {@code upToId}, so that pages stay put while messages arrive. */
    List<SandboxMessage> page(Connection connection, DeliveryChannel channel, String search, long upToId, int offset,
            int limit) throws SQLException {
        try (var query = connection.prepareStatement("SELECT " + COLUMNS + " FROM sandbox_message WHERE " + OF_CHANNEL
                + " AND id <= ?2 AND " + searched(5) + " ORDER BY id DESC LIMIT ?3 OFFSET ?4")) {
            query.setString(1, channel == null ? null : channel.name());
            query.setString(5, pattern(search));
            query.setLong(2, upToId);
            query.setInt(3, limit);
            query.setInt(4, offset);
            try (var rows = query.executeQuery()) {
                List<SandboxMessage> messages = new ArrayList<>();
                while (rows.next()) {
                    messages.add(message(rows));
                }
                return messages;
            }
        }
    }

    private static SandboxMessage message(ResultSet rows) throws SQLException {
        long messageId = rows.getLong(8);
        Long ledgerId = rows.wasNull() ? null : messageId;
        return new SandboxMessage(rows.getLong(1), DeliveryChannel.valueOf(rows.getString(2)), rows.getString(3),
                rows.getString(4), rows.getString(5), rows.getString(6), attributes(rows.getString(7)), ledgerId,
                Instant.parse(rows.getString(9)));
    }

    private static String json(Map<String, String> attributes) {
        try {
            return JSON.writeValueAsString(attributes == null ? Map.of() : attributes);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The message's attributes cannot be written: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> attributes(String json) {
        try {
            return JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A captured message's attributes are not a JSON object: " + json, e);
        }
    }

    /**
     * Deletes the captures of messages to these endpoints, and captures that name these addresses (test sends,
     * and captures from before an address changed); returns how many.
     */
    int eraseFor(Connection connection, List<Long> endpointKeys, List<String> addresses) throws SQLException {
        int erased = delete(connection, "DELETE FROM sandbox_message WHERE message_id IN (SELECT id FROM outbox_message"
                + " WHERE endpoint_key IN (" + SqlText.placeholders(endpointKeys.size()) + "))", endpointKeys);
        if (!addresses.isEmpty()) {
            erased += delete(connection, "DELETE FROM sandbox_message WHERE address IN ("
                    + SqlText.placeholders(addresses.size()) + ")", addresses);
        }
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
