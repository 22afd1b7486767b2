package io.tidings.analytics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The event table: inserts (the triggers of migration 015 keep the rollups current), the purge and erasure. */
final class EventRepository {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INSERT = """
            INSERT INTO event (event_type, endpoint_key, timestamp, attributes, endpoint_id, user_id, session_id,
                               metrics, campaign_id, campaign_activity_id, treatment_id, journey_id,
                               journey_activity_id, channel, message_key)
            VALUES (?, (SELECT key FROM endpoint WHERE id = ?2), ?, ?, ?2, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** The statement that inserts events on {@code connection}; the caller closes it. */
    PreparedStatement inserting(Connection connection) throws SQLException {
        return connection.prepareStatement(INSERT);
    }

    void insert(PreparedStatement insert, Event event) throws SQLException {
        Attribution attribution = event.attribution();
        insert.setString(1, event.eventType());
        setText(insert, 2, event.endpointId());
        insert.setString(3, event.timestamp().toString());
        insert.setString(4, json(event.attributes()));
        setText(insert, 5, event.userId());
        setText(insert, 6, event.sessionId());
        insert.setString(7, json(event.metrics()));
        setText(insert, 8, attribution.campaignId());
        setText(insert, 9, attribution.campaignRunId());
        setText(insert, 10, attribution.treatmentId());
        setText(insert, 11, attribution.journeyId());
        setText(insert, 12, attribution.journeyActivityId());
        setText(insert, 13, attribution.channel());
        setText(insert, 14, messageKey(event));
        insert.executeUpdate();
    }

    /**
     * What tells one message from another for "opened in the same hour": its message id, or else the endpoint and
     * the campaign run or journey activity that sent it.
     */
    private static String messageKey(Event event) {
        Attribution attribution = event.attribution();
        if (attribution.messageId() != null) {
            return attribution.messageId();
        }
        if (event.endpointId() == null) {
            return null;
        }
        return event.endpointId() + "|" + nullToEmpty(attribution.campaignRunId()) + "|"
                + nullToEmpty(attribution.journeyActivityId());
    }

    /** The app's own event types the workspace has seen (not Pinpoint's, which begin with an underscore). */
    Set<String> customEventTypes(Connection connection) throws SQLException {
        Set<String> types = new HashSet<>();
        try (var query = connection.prepareStatement(
                "SELECT event_type FROM event_type_seen WHERE event_type NOT LIKE '\\_%' ESCAPE '\\'");
                var rows = query.executeQuery()) {
            while (rows.next()) {
                types.add(rows.getString(1));
            }
        }
        return types;
    }

    /** Deletes up to {@code limit} events of days before {@code firstKeptDay} (yyyy-MM-dd); returns how many. */
    int deleteBefore(Connection connection, String firstKeptDay, int limit) throws SQLException {
        int deleted;
        try (var delete = connection.prepareStatement(
                "DELETE FROM event WHERE id IN (SELECT id FROM event WHERE timestamp < ? LIMIT ?)")) {
            delete.setString(1, firstKeptDay);
            delete.setInt(2, limit);
            deleted = delete.executeUpdate();
        }
        try (var delete = connection.prepareStatement("DELETE FROM event_hourly_message WHERE day < ?")) {
            delete.setString(1, firstKeptDay);
            delete.executeUpdate();
        }
        return deleted;
    }

    /** Deletes the events of these endpoints and of this user, and the endpoints from the unique counts. */
    int erase(Connection connection, String userId, List<Long> endpointKeys) throws SQLException {
        int erased = 0;
        for (long key : endpointKeys) {
            erased += delete(connection, "DELETE FROM event WHERE endpoint_key = ?", key);
            erased += delete(connection, "DELETE FROM event_endpoint_daily WHERE endpoint = ?", "k" + key);
        }
        if (userId != null) {
            erased += delete(connection, "DELETE FROM event_endpoint_daily WHERE endpoint IN (SELECT 'i' || endpoint_id"
                    + " FROM event WHERE user_id = ? AND endpoint_key IS NULL AND endpoint_id IS NOT NULL)", userId);
            erased += delete(connection, "DELETE FROM event WHERE user_id = ?", userId);
        }
        return erased;
    }

    private static int delete(Connection connection, String sql, Object value) throws SQLException {
        try (var delete = connection.prepareStatement(sql)) {
            delete.setObject(1, value);
            return delete.executeUpdate();
        }
    }

    private static String json(Map<String, ?> values) {
        if (values.isEmpty()) {
            return "{}";
        }
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A map of text and numbers is always JSON", e);
        }
    }

    private static void setText(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
