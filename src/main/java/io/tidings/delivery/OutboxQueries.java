package io.tidings.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.Feedback;
import io.tidings.store.SqlText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** SQL the Outbox screen reads: reported outcomes per job, unsent messages, one message's events. */
final class OutboxQueries {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() { };
    /** Event times are ISO-8601 text of varying precision; compare them as instants, not as text. */
    private static final String EVENT_MILLIS = "unixepoch(e.timestamp, 'subsec') * 1000";
    private static final String UNSENT = """
            m.job_id = ? AND m.state IN ('FAILED', 'SUPPRESSED')""";

    /** How many sent messages of a job were reported delivered, and reported failed, by some moment. */
    record Reported(long delivered, long failed, long opened, long clicked) {
    }

    /**
     * The messages of a job reported delivered, reported failed after sending, opened and clicked, up to
     * {@code asOf}.
     */
    Reported reportedOutcomes(Connection connection, long jobId, Instant asOf) throws SQLException {
        List<EventTypes.EventName> deliveries = EventTypes.deliveries();
        List<EventTypes.EventName> failures = EventTypes.failuresAfterSending();
        String opened = EventTypes.feedback(DeliveryChannel.EMAIL, Feedback.OPEN).type();
        String clicked = EventTypes.feedback(DeliveryChannel.EMAIL, Feedback.CLICK).type();
        List<String> types = Stream.concat(Stream.concat(deliveries.stream(), failures.stream())
                .map(EventTypes.EventName::type), Stream.of(opened, clicked)).distinct().toList();
        // The event_type list lets the (job_id, event_type) index skip sends and the rest. Opens and clicks count
        // each message once, however often it was opened: Pinpoint's unique opens and clicks.
        try (var query = connection.prepareStatement("SELECT count(DISTINCT CASE WHEN " + matching(deliveries.size())
                + " THEN e.message_id END), count(DISTINCT CASE WHEN " + matching(failures.size())
                + " THEN e.message_id END), count(DISTINCT CASE WHEN e.event_type = ? THEN e.message_id END), "
                + "count(DISTINCT CASE WHEN e.event_type = ? THEN e.message_id END) "
                + "FROM event e JOIN outbox_message m ON m.id = e.message_id "
                + "WHERE e.job_id = ? AND e.event_type IN (" + SqlText.placeholders(types.size()) + ") "
                + "AND m.state = 'SENT' AND " + EVENT_MILLIS + " <= ?")) {
            int index = bind(query, 1, deliveries);
            index = bind(query, index, failures);
            query.setString(index++, opened);
            query.setString(index++, clicked);
            query.setLong(index++, jobId);
            for (String type : types) {
                query.setString(index++, type);
            }
            query.setLong(index, asOf.toEpochMilli());
            try (var rows = query.executeQuery()) {
                rows.next();
                return new Reported(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4));
            }
        }
    }

    /** "(e.event_type = ? AND …) OR …" for {@code count} event names. */
    private static String matching(int count) {
        List<String> names = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            names.add("(e.event_type = ? AND (? IS NULL OR json_extract(e.attributes, '$.record_status') = ?))");
        }
        return "(" + String.join(" OR ", names) + ")";
    }

    private static int bind(PreparedStatement query, int first, List<EventTypes.EventName> names) throws SQLException {
        int index = first;
        for (EventTypes.EventName name : names) {
            query.setString(index++, name.type());
            query.setString(index++, name.recordStatus());
            query.setString(index++, name.recordStatus());
        }
        return index;
    }

    int unsentCount(Connection connection, long jobId) throws SQLException {
        try (var query = connection.prepareStatement("SELECT count(*) FROM outbox_message m WHERE " + UNSENT)) {
            query.setLong(1, jobId);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    List<UnsentMessage> unsent(Connection connection, long jobId, int offset, int limit) throws SQLException {
        try (var query = connection.prepareStatement("""
                SELECT m.id, e.id, coalesce(m.address, e.address), m.state, m.reason, m.attempts, m.detail
                FROM outbox_message m LEFT JOIN endpoint e ON e.key = m.endpoint_key""" + " WHERE " + UNSENT
                + " ORDER BY m.id LIMIT ? OFFSET ?")) {
            query.setLong(1, jobId);
            query.setInt(2, limit);
            query.setInt(3, offset);
            List<UnsentMessage> messages = new ArrayList<>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    String reason = rows.getString(5);
                    messages.add(new UnsentMessage(rows.getLong(1), rows.getString(2), rows.getString(3),
                            MessageState.valueOf(rows.getString(4)), reason == null ? null : ReasonCode.valueOf(reason),
                            rows.getInt(6), rows.getString(7)));
                }
            }
            return messages;
        }
    }

    /** What happened to a ledger message; empty when it is not in the ledger. */
    Optional<MessageHistory> history(Connection connection, long messageId) throws SQLException {
        try (var query = connection.prepareStatement("""
                SELECT j.name, e.id FROM outbox_message m JOIN send_job j ON j.id = m.job_id
                LEFT JOIN endpoint e ON e.key = m.endpoint_key WHERE m.id = ?""")) {
            query.setLong(1, messageId);
            try (var rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new MessageHistory(rows.getString(1), rows.getString(2), events(connection, messageId)));
            }
        }
    }

    private     List<MessageEvent> events(Connection connection, long messageId) throws SQLException {
        try (var query = connection.prepareStatement("SELECT e.event_type, e.timestamp, e.attributes FROM event e "
                + "WHERE e.message_id = ? ORDER BY " + EVENT_MILLIS + ", e.id")) {
            query.setLong(1, messageId);
            List<MessageEvent> events = new ArrayList<>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    events.add(new MessageEvent(rows.getString(1), Instant.parse(rows.getString(2)),
                            strings(rows.getString(3))));
                }
            }
            return events;
        }
    }

    /** Event attributes as text; the engine writes provider ids and details, reports write Pinpoint's strings. */
    private static Map<String, String> strings(String json) {
        try {
            Map<String, String> attributes = new HashMap<>();
            JSON.readValue(json, OBJECT).forEach((name, value) -> attributes.put(name, String.valueOf(value)));
            return attributes;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An event's attributes are not a JSON object: " + json, e);
        }
    }
}
