package io.tidings.journey.run;

import io.tidings.audience.ChannelType;
import io.tidings.journey.step.EventMatch;
import io.tidings.store.SqlText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reads the executor makes about participants, for a batch at a time: their endpoints, the messages the journey
 * sent them, and the events of those messages.
 */
final class ParticipantReads {

    private static final int CHUNK = 500;
    private static final String ENDPOINT_COLUMNS = "SELECT key, id, user_id, timezone, opt_out, endpoint_status, channel_type FROM endpoint WHERE ";

    /** The endpoints with these keys. */
    List<ParticipantEndpoint> endpointsByKey(Connection connection, long[] keys, int from, int to)
            throws SQLException {
        List<ParticipantEndpoint> endpoints = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(ENDPOINT_COLUMNS + "key IN ("
                + SqlText.placeholders(to - from) + ")")) {
            for (int index = from; index < to; index++) {
                select.setLong(index - from + 1, keys[index]);
            }
            read(select, endpoints);
        }
        return endpoints;
    }

    /** Each participant's endpoints: a user's all, an endpoint itself; a participant with none is left out. */
    Map<String, List<ParticipantEndpoint>> endpointsOf(Connection connection, Collection<String> participants)
            throws SQLException {
        List<String> users = new ArrayList<>();
        List<String> endpointIds = new ArrayList<>();
        for (String participant : participants) {
            if (participant.startsWith("user:")) {
                users.add(participant.substring(5));
            } else {
                endpointIds.add(participant.substring(participant.indexOf(':') + 1));
            }
        }
        List<ParticipantEndpoint> endpoints = new ArrayList<>();
        readIn(connection, "user_id", users, endpoints);
        readIn(connection, "id", endpointIds, endpoints);
        Map<String, List<ParticipantEndpoint>> byParticipant = new HashMap<>();
        for (ParticipantEndpoint endpoint : endpoints) {
            byParticipant.computeIfAbsent(endpoint.participant(), key -> new ArrayList<>()).add(endpoint);
        }
        return byParticipant;
    }

    /** When the journey sent each of these participants a message (milliseconds), over all their entries. */
    Map<String, List<Long>> sentTimes(Connection connection, long journeyId, Collection<String> participants)
            throws SQLException {
        Map<String, List<Long>> sent = new HashMap<>();
        List<String> all = List.copyOf(participants);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            try (PreparedStatement select = connection.prepareStatement("SELECT participant, at FROM journey_step "
                    + "WHERE journey_id = ? AND kind = 'SENT' AND participant IN ("
                    + SqlText.placeholders(chunk.size()) + ")")) {
                select.setLong(1, journeyId);
                for (int index = 0; index < chunk.size(); index++) {
                    select.setString(index + 2, chunk.get(index));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        sent.computeIfAbsent(rows.getString(1), key -> new ArrayList<>()).add(rows.getLong(2));
                    }
                }
            }
        }
        return sent;
    }

    /**
     * Whether an event of one of {@code types} happened between {@code since} and {@code until} (inclusive) for the
     * message the activity sent the participant on this entry: an event of one of its ledger rows (the engine's,
     * the tracking server's), or one recorded with this journey and activity as its attribution (PutEvents).
     */
    boolean hadEvent(Connection connection, long journeyId, String participant, int entry, String activity,
            List<ParticipantEndpoint> endpoints, EventMatch events, Instant since, Instant until) throws SQLException {
        List<String> types = events.eventTypes();
        if (endpoints.isEmpty() || types.isEmpty()) {
            return false;
        }
        List<Long> messages = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT m.id FROM journey_step s JOIN outbox_message m ON m.job_id = s.job_id
                WHERE s.journey_id = ? AND s.participant = ? AND s.entry = ? AND s.activity = ? AND s.kind = 'SENT'
                  AND m.endpoint_key IN (""" + SqlText.placeholders(endpoints.size()) + ")")) {
            select.setLong(1, journeyId);
            select.setString(2, participant);
            select.setInt(3, entry);
            select.setString(4, activity);
            for (int index = 0; index < endpoints.size(); index++) {
                select.setLong(index + 5, endpoints.get(index).key());
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    messages.add(rows.getLong(1));
                }
            }
        }
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT message_id, message_key, journey_id, journey_activity_id, timestamp, event_type, attributes,
                       metrics FROM event
                WHERE endpoint_key IN (""" + SqlText.placeholders(endpoints.size()) + ") AND event_type IN ("
                + SqlText.placeholders(types.size()) + ")")) {
            int index = 1;
            for (ParticipantEndpoint endpoint : endpoints) {
                select.setLong(index++, endpoint.key());
            }
            for (String type : types) {
                select.setString(index++, type);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long messageId = rows.getLong(1);
                    boolean hasMessageId = !rows.wasNull();
                    String messageKey = rows.getString(2);
                    boolean ofMessage = hasMessageId && messages.contains(messageId)
                            || messageKey != null && messages.stream().anyMatch(id -> messageKey.equals(Long.toString(id)));
                    boolean attributed = Long.toString(journeyId).equals(rows.getString(3))
                            && activity.equals(rows.getString(4));
                    if ((ofMessage || attributed) && within(rows.getString(5), since, until)
                            && (!events.hasFilters() || events.matches(rows.getString(6), EventValues.attributes(
                                    rows.getString(7)), EventValues.metrics(rows.getString(8))))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean within(String timestamp, Instant since, Instant until) {
        try {
            Instant at = Instant.parse(timestamp);
            return !at.isBefore(since) && !at.isAfter(until);
        } catch (java.time.format.DateTimeParseException unreadable) {
            return false;
        }
    }

    private static void readIn(Connection connection, String column, List<String> values,
            List<ParticipantEndpoint> into) throws SQLException {
        for (int from = 0; from < values.size(); from += CHUNK) {
            List<String> chunk = values.subList(from, Math.min(values.size(), from + CHUNK));
            try (PreparedStatement select = connection.prepareStatement(ENDPOINT_COLUMNS + column + " IN ("
                    + SqlText.placeholders(chunk.size()) + ")")) {
                for (int index = 0; index < chunk.size(); index++) {
                    select.setString(index + 1, chunk.get(index));
                }
                read(select, into);
            }
        }
    }

    private static void read(PreparedStatement select, List<ParticipantEndpoint> into) throws SQLException {
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                into.add(new ParticipantEndpoint(rows.getLong(1), rows.getString(2), rows.getString(3),
                        rows.getString(4), "ALL".equals(rows.getString(5)) || "INACTIVE".equals(rows.getString(6)),
                        ChannelType.valueOf(rows.getString(7))));
            }
        }
    }
}
